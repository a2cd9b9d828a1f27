// SPDX-License-Identifier: MIT
// Entry <-> one JSON Lines line (docs/architecture.md §4).
//
// Line layout, keys always in this order, compact, UTF-8, ending in '\n':
//   {"seq":1,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"127.0.0.1:50000","method":"POST",
//    "target":"/hook?x=1","headers":[["Host","localhost"],...],"body":"{...}",
//    "verification":{"result":"valid","reason":"","webhookId":"wh-1"},"duplicate":false,
//    "response":{"status":200}}
//
// Bytes and text:
// - "body", "method", "target" hold the raw bytes as a JSON string when they are valid UTF-8
//   (strict: no overlong forms, no surrogates, nothing above U+10FFFF). Otherwise the key becomes
//   "bodyBase64", "methodBase64" or "targetBase64" (standard alphabet with padding), in the same
//   place. An empty body is "body":"".
// - A header is ["Name","value"] when both name and value are valid UTF-8. Otherwise it is
//   ["Name","value","latin1"]: both strings then map one character U+0000..U+00FF to one byte, so
//   any byte sequence round-trips losslessly and stays readable for ISO-8859-1 senders.
// - Control characters are escaped (\n, \t, \u0000, ...); other non-ASCII text is written as is.
// - "receivedAt" is UTC with milliseconds, or null when the entry has no valid time (or a year outside
//   1..9999). decode() accepts any ISO 8601 offset and converts to UTC.
// - U+FEFF is written as \ufeff (Qt's UTF-8 decoding would drop it at the start of a string).
// - "verification" is null when the request was not a delivery (empty result, e.g. 405 or healthz).
//   Otherwise it always has all three keys; an unknown webhook id is written as "".
//   decode() also accepts a missing "reason" or "webhookId", and a missing "verification".
// - "imported":true follows "response" only for an entry read back from an export file (Entry::imported); the
//   receiver never writes it, so its lines end with "response". decode() reads a missing "imported" as false.
//
// A line with a "forwardOf" key is a forward line (forwardcodec.h): decode() never takes it for an entry.
//
// Secrets: see Redaction::redactedValue() (redaction.h); the redacted form is what the journal holds,
// so decode() returns it.
#pragma once

#include "journal/entry.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Journal::Codec {

// One line including the trailing '\n'. Secrets in headers are redacted (see redaction.h).
QByteArray encode(const Entry &entry);
// Parses one line (with or without '\n'); nullopt when it is not a journal object.
std::optional<Entry> decode(QByteArrayView line);
// The seq of a line as encode() starts it ({"seq":N,...), read without decoding the rest; nullopt for a line
// laid out any other way (decode() then tells).
std::optional<qint64> leadingSeq(QByteArrayView line);

} // namespace Journal::Codec
