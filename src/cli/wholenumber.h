// SPDX-License-Identifier: MIT
// A whole number given on the command line, read strictly.
#pragma once

#include <QStringView>

#include <optional>

namespace Cli::WholeNumber {

// The number text spells when it is only ASCII digits (a '-' first when min is below zero) and lies in
// [min, max]; nothing else: no spaces, no '+', no other digits, no exponent. QString::toLongLong would also
// take " 18795" and "+5", which a typo in a script should not slip through as.
std::optional<qint64> parse(QStringView text, qint64 min, qint64 max);

} // namespace Cli::WholeNumber
