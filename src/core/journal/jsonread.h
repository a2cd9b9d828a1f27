// SPDX-License-Identifier: MIT
// Reading the values of a journal line back (docs/architecture.md §4): the counterpart of linebuffer.h's writers,
// shared by the entry's and the forward line's codecs. Each returns false when the value breaks the layout.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace Journal::JsonRead {

// JSON numbers are exact up to 2^53 (RFC 8259 §6).
constexpr qint64 MaxExactInteger = qint64(1) << 53;

// The object one line holds (with or without its '\n'); nullopt when it is not valid JSON or not an object.
std::optional<QJsonObject> objectOf(QByteArrayView line);
// A JSON number that is a whole number from min to max (exact up to 2^53, RFC 8259 §6).
bool readInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out);
// An ISO 8601 time, converted to UTC; null or missing leaves out unchanged.
bool readTime(const QJsonValue &value, QDateTime *out);
// Missing means empty; present must be a string.
bool readOptionalString(const QJsonObject &object, QLatin1String key, QString *out);
// Missing means false; present must be true or false.
bool readFlag(const QJsonValue &value, bool *out);
// Exactly one of "key" (text) and "keyBase64" must be present.
bool readBytesField(const QJsonObject &object, QLatin1String key, QLatin1String base64Key, QByteArray *out);
// [["Name","value"], ["Name","value","latin1"], ...].
bool readHeaders(const QJsonValue &value, Http::HeaderList *headers);

// The number a line starts with when its writer laid it out as `prefix` then digits then ',' ({"seq":12,...), read
// without decoding the rest; nullopt for a line laid out any other way or a number above max.
std::optional<qint64> leadingInteger(QByteArrayView line, QByteArrayView prefix, qint64 max);

} // namespace Journal::JsonRead
