// SPDX-License-Identifier: MIT
// Secrets in request headers, as the journal stores them (docs/architecture.md §4).
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Journal::Redaction {

// The value of header `name` as the journal stores it. Names compare case-insensitively.
// - Authorization, X-Vipps-Authorization: an "HMAC-SHA256 ..." value is a signature, not a secret,
//   and is kept verbatim (signature explanations need it). Any other scheme keeps only the scheme
//   word: "Bearer [redacted]", "Basic [redacted]"; a bare credential becomes "[redacted]".
// - Proxy-Authorization, Ocp-Apim-Subscription-Key, client_secret, Cookie, Set-Cookie (a handler's answer,
//   forward.h): "[redacted]".
// - Any other header whose value starts with "Bearer " (any case): "Bearer [redacted]".
// Empty values stay empty; everything else (client_id included) is kept.
QByteArray redactedValue(QByteArrayView name, const QByteArray &value);
// Every header with its value as redactedValue() gives it; order, case and duplicates kept.
Http::HeaderList redactedHeaders(const Http::HeaderList &headers);

} // namespace Journal::Redaction
