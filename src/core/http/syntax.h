// SPDX-License-Identifier: MIT
// Character classes shared by the request parser and the chunked decoder (RFC 9110 §5.5, §5.6).
#pragma once

#include <QByteArrayView>

namespace Http::Syntax {

// RFC 9110 §5.6.2: tchar.
inline bool isTchar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= '0' && u <= '9')
        return true;
    if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z')
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// RFC 9110 §5.6.3: OWS / BWS are spaces and horizontal tabs.
inline bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 §5.6.2: token = 1*tchar.
inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// RFC 9110 §5.5: field-vchar / SP / HTAB; obs-text (0x80-0xFF) is kept as bytes. No CR, LF, NUL or DEL.
inline bool isFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace Http::Syntax
