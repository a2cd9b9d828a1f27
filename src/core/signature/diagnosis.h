// SPDX-License-Identifier: MIT
// Explains why a signature did not match by trying the usual mistakes.
#pragma once

#include "signature/secret.h"
#include "signature/verification.h"

namespace Http {
struct Request;
}

namespace Signature {

// Called only when the content hash matched and no secret produced the received signature.
// Tries, with every known secret, the usual signer mistakes: another host (Host header, X-Forwarded-Host,
// with or without a port), another path (target as received, no query, "/", trailing slash, percent-decoded),
// a base64-decoded secret, CRLF or a trailing newline, a hex or URL-safe signature; then a Webhook-Id naming
// no known secret. Returns the first cause that reproduces the signature, else a general sentence.
// Never includes a secret's value.
QString diagnoseMismatch(const Http::Request &request, const Verification &attempt, const SecretList &secrets);

} // namespace Signature
