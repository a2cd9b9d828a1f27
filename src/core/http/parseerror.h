// SPDX-License-Identifier: MIT
// Why a request could not be parsed, and the status that answers it.
#pragma once

#include <QString>

namespace Http {

enum class ParseError {
    None,
    MalformedRequestLine,      // 400
    UnsupportedVersion,        // 505
    RequestLineTooLong,        // 414
    MalformedHeader,           // 400 (bad name, missing colon, obs-fold, bare CR, NUL)
    HeadersTooLarge,           // 431
    InvalidContentLength,      // 400
    ConflictingContentLength,  // 400 (duplicates with different values)
    LengthAndChunked,          // 400 (both Content-Length and Transfer-Encoding)
    UnsupportedTransferCoding, // 501 (RFC 9112 §6.1)
    MalformedChunk,            // 400
    BodyTooLarge,              // 413
};

int statusFor(ParseError error);
// A short English explanation for logs and the problem+json body.
QString describe(ParseError error);

} // namespace Http
