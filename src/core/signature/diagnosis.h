// SPDX-License-Identifier: MIT
// Explains why a signature did not match by trying the usual mistakes.
#pragma once

#include "signature/secret.h"
#include "signature/verification.h"

namespace Http {
struct Request;
}

namespace Signature {

// Who reads a reason: where the remedy is something to do, the command line names its options and the app its
// own buttons.
enum class Audience { CommandLine, App };

struct Mismatch
{
    Phrase reason;
    // The delivery's Webhook-Id names a registration none of the secrets belongs to, and nothing else explains the
    // signature: that registration's secret is what is missing.
    bool webhookSecretUnknown = false;
};

// Called only when the content hash matched and no secret produced the received signature.
// Tries, with every known secret, the usual signer mistakes: another host (Host header, X-Forwarded-Host,
// with or without a port), another path (target as received, no query, "/", trailing slash, percent-decoded),
// a base64-decoded secret, CRLF or a trailing newline, a hex or URL-safe signature; then a Webhook-Id naming
// no known secret. Gives the first cause that reproduces the signature, else a general sentence, worded for the
// command line. Never includes a secret's value.
Mismatch diagnoseMismatch(const Http::Request &request, const Verification &attempt, const SecretList &secrets);

// A delivery for webhook webhookId whose secret is not among the knownSecrets tried, none of which matched.
Phrase unknownWebhookReason(const QString &webhookId, qsizetype knownSecrets, Audience audience);
// A signed delivery with no secret at all to check it with.
Phrase noSecretReason(Audience audience);
// The verifier words its reasons for the command line; for another audience, the reasons whose remedy is an
// option are worded anew (a missing secret: NoSecret, or Invalid with webhookSecretUnknown).
void addressReason(Verification *verification, Audience audience);

} // namespace Signature
