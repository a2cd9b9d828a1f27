// SPDX-License-Identifier: MIT
// Reads the top-level string fields and one nested object of a JSON object without building a document.
// Made for the hot path (a one-line summary per delivery); anything unusual (escaped strings in wanted
// fields, deep nesting, malformed text) makes it give up, and the caller uses QJsonDocument instead.
#pragma once

#include <QByteArrayView>

#include <span>

namespace Receiver {

class JsonPeek
{
public:
    struct Field
    {
        QByteArrayView path = {};  // "name" for a top-level member, "amount.value" for a member one level down
        QByteArrayView value = {}; // the string's text or the literal as written; points into the scanned JSON
        bool found = false;
        bool quoted = false; // a JSON string rather than a number, true, false or null
    };

    // Fills the wanted fields (string or literal values; the last occurrence wins).
    // Returns false to ask for the full parser. Allocates nothing.
    static bool scan(QByteArrayView json, std::span<Field> wanted);

private:
    JsonPeek(QByteArrayView json, std::span<Field> wanted) : m_text(json), m_wanted(wanted) {}

    bool object(QByteArrayView prefix, int depth);
    bool member(QByteArrayView prefix, int depth);
    Field *find(QByteArrayView prefix, QByteArrayView key) const;
    bool isNestedWanted(QByteArrayView key) const;
    bool plainString(QByteArrayView *out);
    bool skipString();
    bool skipValue(int depth);
    bool skipNested(int depth);
    bool literal(QByteArrayView *out);
    void skipSpace();
    bool consume(char c);
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    std::span<Field> m_wanted;
};

} // namespace Receiver
