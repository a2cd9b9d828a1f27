// SPDX-License-Identifier: MIT
// The building blocks of Vipps webhook request authentication
// (docs/vipps-wire.md §5 "Signing algorithm", Vipps Webhooks API "Request authentication").
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Signature::Scheme {

// Step 1: Base64(SHA-256(raw body bytes)), standard alphabet with padding.
QByteArray contentHash(const QByteArray &body);

// Step 2: "POST\n" + pathAndQuery + "\n" + xMsDate + ";" + host + ";" + contentHash. LF only, no trailing newline.
QByteArray stringToSign(const QByteArray &pathAndQuery, const QByteArray &xMsDate, const QByteArray &host,
                        const QByteArray &contentHash);

// Step 3: Base64(HMAC-SHA256(key = UTF-8 bytes of the secret as given, never base64-decoded)).
QByteArray signature(const QByteArray &secretUtf8, const QByteArray &stringToSign);

// Step 4: the full Authorization header value.
QByteArray authorizationValue(const QByteArray &signature);

// Extracts the Signature= part from an Authorization value ("HMAC-SHA256 SignedHeaders=...&Signature=...").
// Tolerant: scheme name in any case, parts in any order, whitespace trimmed.
// Returns a null QByteArray when the value is not of that scheme, and an empty (not null) one when it is
// but carries no Signature= part.
QByteArray signatureFromAuthorization(const QByteArray &authorizationValue);

// Host as Vipps signs it: host of the registered URL plus ":port" when the port is not the scheme default.
QByteArray hostOf(const QUrl &url);
// Path plus "?query" as in the registered URL; "/" for a bare host.
QByteArray pathAndQueryOf(const QUrl &url);

// x-ms-date format: RFC 1123, e.g. "Thu, 30 Mar 2023 08:38:32 GMT".
QByteArray formatDate(const QDateTime &utc);
// Parses an x-ms-date value (English names, two-digit day, "GMT", weekday matching the date); returns an
// invalid QDateTime when malformed.
QDateTime parseDate(const QByteArray &value);

// Constant-time comparison of two byte strings (time depends only on the lengths).
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace Signature::Scheme
