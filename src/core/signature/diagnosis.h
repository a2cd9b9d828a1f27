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
// Tries other host/path choices (Host header vs public URL, with/without port, "/" path),
// a base64-decoded secret, and CRLF separators; returns the most likely cause as a sentence.
QString diagnoseMismatch(const Http::Request &request, const Verification &attempt, const SecretList &secrets);

} // namespace Signature
