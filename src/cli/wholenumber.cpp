// SPDX-License-Identifier: MIT
#include "cli/wholenumber.h"

#include <algorithm>

namespace Cli::WholeNumber {

namespace {
constexpr qsizetype kMostDigits = 18; // every such number fits in a qint64

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

std::optional<qint64> parse(QStringView text, qint64 min, qint64 max)
{
    const bool negative = min < 0 && text.startsWith(QLatin1Char('-'));
    const QStringView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > kMostDigits || !std::all_of(digits.begin(), digits.end(), isAsciiDigit))
        return std::nullopt;
    const qint64 magnitude = digits.toLongLong();
    const qint64 number = negative ? -magnitude : magnitude;
    if (number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace Cli::WholeNumber
