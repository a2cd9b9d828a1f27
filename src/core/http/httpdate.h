// SPDX-License-Identifier: MIT
// IMF-fixdate, e.g. "Thu, 30 Mar 2023 08:38:32 GMT" (RFC 9110 §5.6.7). Used for the Date header
// and for Vipps' x-ms-date. Hand-written: no locale, no time zone database, no allocation beyond the result.
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Http::HttpDate {

// Empty for an invalid date or a year outside 1..9999.
QByteArray format(const QDateTime &time);
// Strict: exactly the fixed format with English names (any letter case), a weekday that matches the date,
// two-digit fields and "GMT". Surrounding whitespace is ignored. Invalid QDateTime when malformed.
QDateTime parse(QByteArrayView text);

// The current time formatted, recomputed at most once per second.
QByteArray now();

} // namespace Http::HttpDate
