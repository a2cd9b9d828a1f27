// SPDX-License-Identifier: MIT
#include "http/parseerror.h"

namespace Http {

int statusFor(ParseError error)
{
    switch (error) {
    case ParseError::None: return 200;
    case ParseError::UnsupportedVersion: return 505;
    case ParseError::RequestLineTooLong: return 414;
    case ParseError::HeadersTooLarge: return 431;
    case ParseError::UnsupportedTransferCoding: return 501;
    case ParseError::BodyTooLarge: return 413;
    case ParseError::MalformedRequestLine:
    case ParseError::MalformedHeader:
    case ParseError::InvalidContentLength:
    case ParseError::ConflictingContentLength:
    case ParseError::LengthAndChunked:
    case ParseError::MalformedChunk: return 400;
    }
    return 400;
}

QString describe(ParseError error)
{
    switch (error) {
    case ParseError::None: return QStringLiteral("no error");
    case ParseError::MalformedRequestLine: return QStringLiteral("The request line is not 'METHOD target HTTP/1.x'.");
    case ParseError::UnsupportedVersion: return QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported.");
    case ParseError::RequestLineTooLong: return QStringLiteral("The request line is longer than the configured limit.");
    case ParseError::MalformedHeader:
        return QStringLiteral(
            "A header line is malformed (invalid name, missing colon, line folding or stray control character).");
    case ParseError::HeadersTooLarge: return QStringLiteral("The header block is larger than the configured limit.");
    case ParseError::InvalidContentLength:
        return QStringLiteral("Content-Length is not a valid non-negative decimal number.");
    case ParseError::ConflictingContentLength: return QStringLiteral("Several Content-Length headers disagree.");
    case ParseError::LengthAndChunked: return QStringLiteral("Both Content-Length and Transfer-Encoding were sent.");
    case ParseError::UnsupportedTransferCoding:
        return QStringLiteral("Only 'Transfer-Encoding: chunked' is supported.");
    case ParseError::MalformedChunk: return QStringLiteral("The chunked body framing is malformed.");
    case ParseError::BodyTooLarge: return QStringLiteral("The body is larger than the configured limit.");
    }
    return {};
}

} // namespace Http
