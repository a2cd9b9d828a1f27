// SPDX-License-Identifier: MIT
// Forward <-> one JSON Lines line of the journal (docs/architecture.md §4 "Forward lines").
//
// Line layout, keys always in this order, compact, UTF-8, ending in '\n':
//   {"forwardOf":12,"sentAt":"2026-12-08T10:56:22.135Z","to":"http://127.0.0.1:3000/vipps","status":200,
//    "elapsedMs":12,"timedOut":false,"headers":[["Content-Type","application/json"]],"body":"{\"ok\":true}",
//    "bodyTruncated":false,"error":""}
//
// It starts with "forwardOf", never with "seq": it takes no seq of its own and no entry reader mistakes it for an
// entry. Headers, body and time follow the entry's rules (codec.h): "bodyBase64" for a body that is not valid
// UTF-8, ["Name","value","latin1"] for such a header, secrets in headers redacted (redaction.h), "sentAt" UTC with
// milliseconds. decode() accepts the keys in any order and a missing "headers", "body", "bodyTruncated",
// "timedOut" or "error".
#pragma once

#include "journal/forward.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Journal::ForwardCodec {

// One line including the trailing '\n'.
QByteArray encode(const Forward &forward);
// Parses one line (with or without '\n'); nullopt when it is not a forward line.
std::optional<Forward> decode(QByteArrayView line);
// The forwardOf of a line as encode() starts it ({"forwardOf":N,...), read without decoding the rest; nullopt for
// a line laid out any other way.
std::optional<qint64> leadingForwardOf(QByteArrayView line);

} // namespace Journal::ForwardCodec
