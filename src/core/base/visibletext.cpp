// SPDX-License-Identifier: MIT
#include "base/visibletext.h"

#include <algorithm>

namespace Base {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// What visibleText() escapes among the characters from DEL up: DEL, C1, bidi controls, line and paragraph
// separators.
bool isHiddenAbove7e(char32_t c)
{
    return (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

bool isHidden(char32_t c, LineBreaks lineBreaks)
{
    if (c == U'\n')
        return lineBreaks == LineBreaks::Escaped;
    return c < 0x20 || isHiddenAbove7e(c);
}

// "\x1b" for a character up to 0xff, "\u202e" above; as a JSON escape always "\u009b".
QByteArray escapeOf(char32_t c, bool json = false)
{
    const bool wide = json || c > 0xff;
    QByteArray escape = wide ? "\\u" : "\\x";
    for (int shift = wide ? 12 : 4; shift >= 0; shift -= 4)
        escape += kHexDigits[(c >> shift) & 0xf];
    return escape;
}

// The length of the well-formed UTF-8 sequence at bytes[i] and its code point (Unicode Table 3-7), or 0.
qsizetype wellFormedLength(QByteArrayView bytes, qsizetype i, char32_t *codePoint)
{
    const uchar lead = uchar(bytes[i]);
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    char32_t value = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        value = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        value = lead & 0x0f;
        low = lead == 0xe0 ? 0xa0 : low;   // no overlong forms
        high = lead == 0xed ? 0x9f : high; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        value = lead & 0x07;
        low = lead == 0xf0 ? 0x90 : low;
        high = lead == 0xf4 ? 0x8f : high; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const uchar next = uchar(bytes[i + k]);
        if (next < low || next > high)
            return 0;
        low = 0x80;
        high = 0xbf;
        value = (value << 6) | (next & 0x3f);
    }
    *codePoint = value;
    return length;
}

// Copies bytes, escaping each character hide() names and each byte outside well-formed UTF-8.
template<typename Hide> QByteArray rewriteUtf8(QByteArrayView bytes, Hide hide, bool json)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t c = 0;
        const qsizetype length = wellFormedLength(bytes, i, &c);
        if (length == 0) {
            out += escapeOf(uchar(bytes[i]));
            ++i;
            continue;
        }
        if (hide(c))
            out += escapeOf(c, json);
        else
            out.append(bytes.sliced(i, length));
        i += length;
    }
    return out;
}

} // namespace

QString visibleText(QStringView text, LineBreaks lineBreaks)
{
    const auto hidden = [lineBreaks](QChar c) { return isHidden(c.unicode(), lineBreaks); };
    if (std::none_of(text.begin(), text.end(), hidden))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (hidden(c))
            out += QLatin1StringView(escapeOf(c.unicode()));
        else
            out += c;
    }
    return out;
}

QByteArray visibleUtf8(QByteArrayView bytes, LineBreaks lineBreaks)
{
    const auto plain = [lineBreaks](char c) {
        return uchar(c) >= 0x20 ? uchar(c) < 0x7f : c == '\n' && lineBreaks == LineBreaks::Kept;
    };
    if (std::all_of(bytes.begin(), bytes.end(), plain))
        return bytes.toByteArray();
    return rewriteUtf8(
        bytes, [lineBreaks](char32_t c) { return isHidden(c, lineBreaks); }, false);
}

QByteArray visibleJson(QByteArrayView json)
{
    if (std::all_of(json.begin(), json.end(), [](char c) { return uchar(c) < 0x7f; }))
        return json.toByteArray();
    return rewriteUtf8(json, isHiddenAbove7e, true);
}

} // namespace Base
