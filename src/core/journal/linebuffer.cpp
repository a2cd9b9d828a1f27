// SPDX-License-Identifier: MIT
#include "journal/linebuffer.h"

#include "journal/redaction.h"
#include "journal/utf8.h"

#include <array>
#include <charconv>

namespace Journal::Json {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

bool needsEscape(uchar c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void appendEscaped(LineBuffer &out, uchar c)
{
    switch (c) {
    case '"': out.append("\\\""); return;
    case '\\': out.append("\\\\"); return;
    case '\b': out.append("\\b"); return;
    case '\f': out.append("\\f"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    default: break;
    }
    const char escape[] = {'\\', 'u', '0', '0', HexDigits[c >> 4], HexDigits[c & 0xF]};
    out.append(escape, sizeof escape);
}

// The bytes appendString() has to look at: escapes and the first byte of U+FEFF. A table keeps the scan tight.
constexpr std::array<bool, 256> MayNeedEscape = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = table['\\'] = table[0xEF] = true;
    return table;
}();

bool mayNeedEscape(uchar c)
{
    return MayNeedEscape[c];
}

// U+FEFF is written as \ufeff: Qt's UTF-8 decoding drops it at the start of a string.
bool isByteOrderMark(const char *p, const char *end)
{
    return end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF;
}

// Any bytes in, one character U+0000..U+00FF per byte out.
void appendLatin1String(LineBuffer &out, QByteArrayView bytes)
{
    out.append('"');
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c >= 0x80) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (needsEscape(c)) {
            appendEscaped(out, c);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

void appendDigits(LineBuffer &out, int value, int width)
{
    char buffer[4];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

void appendHeader(LineBuffer &out, const Http::Header &header)
{
    const QByteArray value = Redaction::redactedValue(header.name, header.value);
    out.append('[');
    if (Utf8::isValid(header.name) && Utf8::isValid(value)) {
        appendString(out, header.name);
        out.append(',');
        appendString(out, value);
    } else {
        appendLatin1String(out, header.name);
        out.append(',');
        appendLatin1String(out, value);
        out.append(",\"latin1\"");
    }
    out.append(']');
}

} // namespace

// Unescaped runs are copied in one go.
void appendString(LineBuffer &out, QByteArrayView utf8)
{
    out.append('"');
    const char *run = utf8.data();
    const char *end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const uchar c = uchar(*p);
        if (!mayNeedEscape(c))
            continue;
        if (needsEscape(c)) {
            out.append(run, p - run);
            appendEscaped(out, c);
            run = p + 1;
        } else if (c == 0xEF && isByteOrderMark(p, end)) {
            out.append(run, p - run);
            out.append("\\ufeff");
            p += 2;
            run = p + 1;
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void appendNumber(LineBuffer &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendTime(LineBuffer &out, const QDateTime &time)
{
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 1 || date.year() > 9999) {
        out.append("null");
        return;
    }
    const QTime t = utc.time();
    out.append('"');
    appendDigits(out, date.year(), 4);
    out.append('-');
    appendDigits(out, date.month(), 2);
    out.append('-');
    appendDigits(out, date.day(), 2);
    out.append('T');
    appendDigits(out, t.hour(), 2);
    out.append(':');
    appendDigits(out, t.minute(), 2);
    out.append(':');
    appendDigits(out, t.second(), 2);
    out.append('.');
    appendDigits(out, t.msec(), 3);
    out.append("Z\"");
}

void appendBytesField(LineBuffer &out, QByteArrayView key, const QByteArray &bytes)
{
    out.append('"');
    out.append(key);
    if (Utf8::isValid(bytes)) {
        out.append("\":");
        appendString(out, bytes);
        return;
    }
    out.append("Base64\":\"");
    out.append(bytes.toBase64());
    out.append('"');
}

void appendHeaders(LineBuffer &out, const Http::HeaderList &headers)
{
    out.append(",\"headers\":[");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendHeader(out, headers.at(i));
    }
    out.append(']');
}

} // namespace Journal::Json
