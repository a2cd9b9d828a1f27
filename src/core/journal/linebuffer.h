// SPDX-License-Identifier: MIT
// Building one compact JSON line (RFC 8259) for the journal codec: the buffer and the value writers.
// The escaping rules are the ones codec.h documents for the line layout.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QtGlobal>

#include <cstring>
#include <utility>

namespace Journal::Json {

// The line being built. Inline appends into a buffer sized up front: QByteArray::append is an
// out-of-line call per piece, which dominated the cost of encode().
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype capacity)
    {
        m_data.resize(capacity);
        m_cursor = m_data.data();
        m_end = m_cursor + capacity;
    }

    void append(char c)
    {
        reserve(1);
        *m_cursor++ = c;
    }
    void append(const char *data, qsizetype size)
    {
        reserve(size);
        if (size > 0)
            std::memcpy(m_cursor, data, size_t(size));
        m_cursor += size;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }

    QByteArray take()
    {
        m_data.truncate(m_cursor - m_data.constData());
        return std::move(m_data);
    }

private:
    void reserve(qsizetype size)
    {
        if (m_end - m_cursor < size)
            grow(size);
    }
    void grow(qsizetype size)
    {
        const qsizetype used = m_cursor - m_data.constData();
        m_data.resize(qMax(used + size, 2 * m_data.size()));
        m_cursor = m_data.data() + used;
        m_end = m_data.data() + m_data.size();
    }

    QByteArray m_data;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
};

// Valid UTF-8 in, JSON string out (control characters, '"', '\\' and U+FEFF escaped).
void appendString(LineBuffer &out, QByteArrayView utf8);
void appendNumber(LineBuffer &out, qint64 value);
// "2026-11-26T10:56:22.123Z", or null (no time, or a year ISO 8601 cannot write in four digits).
void appendTime(LineBuffer &out, const QDateTime &time);
// "key":"text" when the bytes are valid UTF-8, else "keyBase64":"...".
void appendBytesField(LineBuffer &out, QByteArrayView key, const QByteArray &bytes);
// ,"headers":[...] with redacted values; a header that is not valid UTF-8 is written as latin1.
void appendHeaders(LineBuffer &out, const Http::HeaderList &headers);

} // namespace Journal::Json
