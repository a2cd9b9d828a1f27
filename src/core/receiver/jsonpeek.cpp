// SPDX-License-Identifier: MIT
#include "receiver/jsonpeek.h"

namespace Receiver {

namespace {
constexpr int kMaxDepth = 32;

bool isLiteralByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E';
}

qsizetype skipDigits(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    return i;
}

// RFC 8259 §6: number = [ minus ] int [ frac ] [ exp ].
bool isNumber(QByteArrayView text)
{
    qsizetype i = text.startsWith('-') ? 1 : 0;
    const qsizetype intStart = i;
    i = skipDigits(text, i);
    if (i == intStart || (text[intStart] == '0' && i - intStart > 1))
        return false;
    if (i < text.size() && text[i] == '.') {
        const qsizetype fracStart = ++i;
        i = skipDigits(text, i);
        if (i == fracStart)
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        const qsizetype expStart = i;
        i = skipDigits(text, i);
        if (i == expStart)
            return false;
    }
    return i == text.size();
}

bool isLiteral(QByteArrayView text)
{
    return text == "true" || text == "false" || text == "null" || isNumber(text);
}
} // namespace

bool JsonPeek::scan(QByteArrayView json, std::span<Field> wanted)
{
    JsonPeek peek(json, wanted);
    if (!peek.object({}, 0))
        return false;
    peek.skipSpace();
    return peek.atEnd();
}

JsonPeek::Field *JsonPeek::find(QByteArrayView prefix, QByteArrayView key) const
{
    for (Field &field : m_wanted) {
        const QByteArrayView path = field.path;
        if (prefix.isEmpty() ? path == key
                             : path.size() == prefix.size() + 1 + key.size() && path.startsWith(prefix) &&
                                   path[prefix.size()] == '.' && path.endsWith(key))
            return &field;
    }
    return nullptr;
}

bool JsonPeek::isNestedWanted(QByteArrayView key) const
{
    for (const Field &field : m_wanted) {
        if (field.path.size() > key.size() && field.path.startsWith(key) && field.path[key.size()] == '.')
            return true;
    }
    return false;
}

void JsonPeek::skipSpace()
{
    // RFC 8259 §2: insignificant whitespace.
    while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
        ++m_pos;
}

bool JsonPeek::consume(char c)
{
    skipSpace();
    if (atEnd() || peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool JsonPeek::object(QByteArrayView prefix, int depth)
{
    if (!consume('{'))
        return false;
    if (consume('}'))
        return true;
    do {
        if (!member(prefix, depth))
            return false;
    } while (consume(','));
    return consume('}');
}

bool JsonPeek::member(QByteArrayView prefix, int depth)
{
    QByteArrayView key;
    skipSpace();
    if (!plainString(&key) || !consume(':'))
        return false;
    skipSpace();
    if (atEnd())
        return false;
    if (peek() == '{' && prefix.isEmpty() && isNestedWanted(key))
        return object(key, depth + 1);
    Field *field = find(prefix, key);
    if (!field)
        return skipValue(depth + 1);
    field->quoted = peek() == '"';
    const bool read = field->quoted ? plainString(&field->value) : literal(&field->value);
    // An escaped string or a nested value where a scalar was wanted: let the full parser decide.
    field->found = read;
    return read;
}

// A string without escapes (RFC 8259 §7); false for escapes, control characters or no closing quote.
bool JsonPeek::plainString(QByteArrayView *out)
{
    if (atEnd() || peek() != '"')
        return false;
    const qsizetype start = ++m_pos;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            *out = m_text.sliced(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
            return false;
        ++m_pos;
    }
    return false;
}

bool JsonPeek::skipString()
{
    ++m_pos; // the opening quote
    while (!atEnd()) {
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        m_pos += c == '\\' ? 2 : 1;
        if (c == '"')
            return true;
    }
    return false;
}

bool JsonPeek::literal(QByteArrayView *out)
{
    const qsizetype start = m_pos;
    while (!atEnd() && isLiteralByte(peek()))
        ++m_pos;
    *out = m_text.sliced(start, m_pos - start);
    return isLiteral(*out);
}

bool JsonPeek::skipValue(int depth)
{
    skipSpace();
    if (atEnd() || depth > kMaxDepth)
        return false;
    const char c = peek();
    if (c == '"')
        return skipString();
    if (c == '{' || c == '[')
        return skipNested(depth);
    QByteArrayView ignored;
    return literal(&ignored);
}

// Skips an object or array, checking only that brackets balance and strings close.
bool JsonPeek::skipNested(int depth)
{
    const char close = peek() == '{' ? '}' : ']';
    ++m_pos;
    skipSpace();
    if (!atEnd() && peek() == close) {
        ++m_pos;
        return true;
    }
    while (!atEnd()) {
        if (close == '}') {
            skipSpace();
            if (atEnd() || peek() != '"' || !skipString() || !consume(':'))
                return false;
        }
        if (!skipValue(depth + 1))
            return false;
        if (consume(close))
            return true;
        if (!consume(','))
            return false;
    }
    return false;
}

} // namespace Receiver
