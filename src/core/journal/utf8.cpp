// SPDX-License-Identifier: MIT
#include "journal/utf8.h"

#include <cstring>

namespace Journal::Utf8 {

namespace {

bool isAsciiWord(const uchar *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

bool isContinuation(const uchar *p, qsizetype available, int index)
{
    return index < available && (p[index] & 0xC0) == 0x80;
}

// Length of the well-formed sequence starting at p, or 0 when it is not well-formed.
int sequenceLength(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return isContinuation(p, available, 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        const uchar high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        const bool ok = available >= 3 && p[1] >= low && p[1] <= high && isContinuation(p, available, 2);
        return ok ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
        const uchar high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        const bool ok = available >= 4 && p[1] >= low && p[1] <= high && isContinuation(p, available, 2) &&
                        isContinuation(p, available, 3);
        return ok ? 4 : 0;
    }
    return 0;
}

} // namespace

bool isValid(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8 && isAsciiWord(p)) {
            p += 8;
            continue;
        }
        const int length = sequenceLength(p, end - p);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

} // namespace Journal::Utf8
