// SPDX-License-Identifier: MIT
#include "http/requestparser.h"

#include "http/syntax.h"

#include <limits>

// Where RFC 9112 leaves a choice, this parser is strict:
// - lines end in CRLF; a bare LF or a stray CR anywhere is an error (§2.2);
// - obs-fold and whitespace before a header colon are errors (§5.1, §5.2);
// - the header block limit counts the request line, every field line and the empty line, CRLFs included;
// - several Content-Length values are accepted only when all are equal (RFC 9110 §8.6);
// - Transfer-Encoding must be exactly one "chunked", and only in HTTP/1.1 (§6.1).

namespace Http {

namespace {

using Syntax::isDigit;
using Syntax::isFieldValue;
using Syntax::isOws;
using Syntax::isToken;

// RFC 9112 §2.2 lets a server ignore empty lines before the request line; we ignore a few.
constexpr int kMaxLeadingEmptyLines = 8;
// Reserve at most this much for a Content-Length body before its bytes arrive.
constexpr qint64 kMaxBodyReserve = 64 * 1024;
// Consumed bytes are always dropped once this many have piled up at the front of the buffer.
constexpr qsizetype kCompactAbove = 64 * 1024;

// RFC 9112 §3.2: the target is taken as received; we only refuse empty ones, spaces and controls.
bool isTarget(QByteArrayView target)
{
    if (target.isEmpty())
        return false;
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

// RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive.
bool isHttpVersion(QByteArrayView version)
{
    return version.size() == 8 && version.startsWith("HTTP/") && isDigit(version[5]) && version[6] == '.' &&
           isDigit(version[7]);
}

QByteArrayView trimOws(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

// A line without its CRLF, or without the bare LF that is refused right after.
QByteArrayView withoutLineEnd(QByteArrayView line)
{
    return line.chopped(line.endsWith("\r\n") ? 2 : 1);
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Decimal digits to a number, saturating at the qint64 maximum instead of overflowing.
qint64 saturatingDecimal(QByteArrayView digits)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (char c : digits) {
        const int digit = c - '0';
        if (value > (max - digit) / 10)
            return max;
        value = value * 10 + digit;
    }
    return value;
}

// RFC 9110 §8.6: Content-Length = 1*DIGIT. Several fields or a comma list are accepted only when
// every element has the same value; *length stays -1 when there is no Content-Length at all.
ParseError contentLength(const QList<QByteArray> &fields, qint64 *length)
{
    *length = -1;
    for (const QByteArray &field : fields) {
        for (const QByteArray &element : field.split(',')) {
            const QByteArrayView digits = trimOws(element);
            if (!isDigits(digits))
                return ParseError::InvalidContentLength;
            const qint64 value = saturatingDecimal(digits);
            if (*length >= 0 && value != *length)
                return ParseError::ConflictingContentLength;
            *length = value;
        }
    }
    return ParseError::None;
}

} // namespace

RequestParser::RequestParser(const Limits &limits) : m_limits(limits) {}

void RequestParser::append(QByteArrayView bytes)
{
    // A failed parser never recovers, so there is no point in keeping what follows.
    if (m_phase != Phase::Error)
        m_buffer.append(bytes);
}

RequestParser::Status RequestParser::parse()
{
    Status status = Status::NeedMore;
    bool progressed = false;
    do {
        const Phase phase = m_phase;
        const qsizetype pos = m_pos;
        status = parseStep();
        progressed = m_phase != phase || m_pos != pos;
    } while (status == Status::NeedMore && progressed);
    compact();
    return status;
}

Request RequestParser::takeRequest()
{
    if (m_phase != Phase::Done)
        return {};
    Request request = std::move(m_current);
    m_current = Request();
    m_phase = Phase::RequestLine;
    m_emptyLines = 0;
    m_headerBytes = 0;
    m_remainingBody = 0;
    m_scanned = 0;
    compact();
    return request;
}

bool RequestParser::inProgress() const
{
    switch (m_phase) {
    case Phase::RequestLine: return bufferedBytes() > 0;
    case Phase::Done: return false;
    default: return true;
    }
}

bool RequestParser::inHeaders() const
{
    return inProgress() && (m_phase == Phase::RequestLine || m_phase == Phase::Headers);
}

RequestParser::Status RequestParser::fail(ParseError error)
{
    m_phase = Phase::Error;
    m_error = error;
    m_buffer.clear();
    m_pos = 0;
    m_scanned = 0;
    return Status::Failed;
}

// One unit of work in the current phase; parse() repeats it while it makes progress.
RequestParser::Status RequestParser::parseStep()
{
    switch (m_phase) {
    case Phase::RequestLine: return parseRequestLine();
    case Phase::Headers: return parseHeaders();
    case Phase::FixedBody: return parseFixedBody();
    case Phase::ChunkedBody: return parseChunkedBody();
    case Phase::Done: return Status::Complete;
    case Phase::Error: return Status::Failed;
    }
    return Status::Failed;
}

// Index of the LF that ends the line starting at m_pos, or -1. Bytes already searched are not searched again.
qsizetype RequestParser::findLineEnd()
{
    const qsizetype lf = m_buffer.indexOf('\n', m_pos + m_scanned);
    m_scanned = (lf < 0 ? m_buffer.size() : lf) - m_pos;
    return lf;
}

void RequestParser::consume(qsizetype bytes)
{
    m_pos += bytes;
    m_scanned = 0;
}

// Bytes that cannot begin a method (a TLS handshake, binary noise) fail at once instead of
// waiting for a line end or the header timeout. Only the first few bytes are looked at.
bool RequestParser::cannotBeMethod() const
{
    constexpr qsizetype kLookAhead = 16;
    const QByteArrayView rest(m_buffer.constData() + m_pos, qMin(bufferedBytes(), kLookAhead));
    if (rest.startsWith('\r'))
        return false; // possibly an empty line before the request (RFC 9112 §2.2)
    for (char c : rest) {
        if (c == ' ')
            return false;
        if (!Syntax::isTchar(c))
            return true;
    }
    return false;
}

RequestParser::Status RequestParser::parseRequestLine()
{
    if (cannotBeMethod())
        return fail(ParseError::MalformedRequestLine);
    const qsizetype lf = findLineEnd();
    if (lf < 0) {
        // The line so far may end in the CR of its CRLF; anything longer is already too long.
        return bufferedBytes() > m_limits.maxRequestLineBytes + 1 ? fail(ParseError::RequestLineTooLong)
                                                                  : Status::NeedMore;
    }
    const QByteArrayView line(m_buffer.constData() + m_pos, lf + 1 - m_pos);
    if (withoutLineEnd(line).size() > m_limits.maxRequestLineBytes)
        return fail(ParseError::RequestLineTooLong);
    // RFC 9112 §2.2: CRLF only; we reject a bare LF rather than accept it as a line end.
    if (!line.endsWith("\r\n"))
        return fail(ParseError::MalformedRequestLine);
    consume(line.size());
    if (line.size() == 2)
        return skipEmptyLine();
    m_headerBytes = line.size();
    if (m_headerBytes > m_limits.maxHeaderBytes)
        return fail(ParseError::HeadersTooLarge);
    return parseRequestLineText(line.chopped(2));
}

// RFC 9112 §2.2: empty lines before a request line are ignored, up to a few.
RequestParser::Status RequestParser::skipEmptyLine()
{
    ++m_emptyLines;
    return m_emptyLines > kMaxLeadingEmptyLines ? fail(ParseError::MalformedRequestLine) : Status::NeedMore;
}

// RFC 9112 §3: request-line = method SP request-target SP HTTP-version, single spaces only.
RequestParser::Status RequestParser::parseRequestLineText(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0)
        return fail(ParseError::MalformedRequestLine);
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (!isToken(method) || !isTarget(target) || !isHttpVersion(version))
        return fail(ParseError::MalformedRequestLine);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(ParseError::UnsupportedVersion);
    m_current.method = method.toByteArray();
    m_current.target = target.toByteArray();
    m_current.version = version.toByteArray();
    m_phase = Phase::Headers;
    return Status::NeedMore;
}

// One header line per call. The header block limit counts every byte from the request line to the
// empty line, so it also holds for a line whose end has not arrived yet.
RequestParser::Status RequestParser::parseHeaders()
{
    const qsizetype lf = findLineEnd();
    const qint64 pending = (lf < 0 ? m_buffer.size() : lf + 1) - m_pos;
    if (m_headerBytes + pending > m_limits.maxHeaderBytes)
        return fail(ParseError::HeadersTooLarge);
    if (lf < 0)
        return Status::NeedMore;
    const QByteArrayView line(m_buffer.constData() + m_pos, pending);
    if (!line.endsWith("\r\n"))
        return fail(ParseError::MalformedHeader);
    m_headerBytes += pending;
    consume(pending);
    return line.size() == 2 ? finishHeaders() : parseHeaderLine(line.chopped(2));
}

// RFC 9112 §5: field-line = field-name ":" OWS field-value OWS.
RequestParser::Status RequestParser::parseHeaderLine(QByteArrayView line)
{
    // RFC 9112 §5.2: obs-fold may be rejected, and is; so is whitespace before the first field (§2.2).
    if (isOws(line.front()))
        return fail(ParseError::MalformedHeader);
    const qsizetype colon = line.indexOf(':');
    // RFC 9112 §5.1: no whitespace between the name and the colon; isToken() refuses it.
    if (colon < 0 || !isToken(line.first(colon)))
        return fail(ParseError::MalformedHeader);
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(ParseError::MalformedHeader);
    m_current.headers.append(Header{line.first(colon).toByteArray(), value.toByteArray()});
    return Status::NeedMore;
}

// RFC 9112 §6.3: how the body is delimited.
RequestParser::Status RequestParser::finishHeaders()
{
    const bool hasTransferEncoding = m_current.headers.contains("Transfer-Encoding");
    if (hasTransferEncoding && m_current.headers.contains("Content-Length"))
        return fail(ParseError::LengthAndChunked);
    return hasTransferEncoding ? startChunkedBody() : startFixedBody();
}

RequestParser::Status RequestParser::startChunkedBody()
{
    // RFC 9112 §6.1: chunked must be the final coding; we support it alone, sent once.
    const QList<QByteArray> codings = m_current.headers.values("Transfer-Encoding");
    if (codings.size() != 1 || codings.front().compare("chunked", Qt::CaseInsensitive) != 0)
        return fail(ParseError::UnsupportedTransferCoding);
    // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means faulty framing.
    if (m_current.version == "HTTP/1.0")
        return fail(ParseError::MalformedChunk);
    // Trailer fields share what is left of the header block budget.
    m_chunked.reset(m_limits.maxBodyBytes, m_limits.maxHeaderBytes - m_headerBytes);
    m_phase = Phase::ChunkedBody;
    return Status::NeedMore;
}

RequestParser::Status RequestParser::startFixedBody()
{
    qint64 length = -1;
    const ParseError error = contentLength(m_current.headers.values("Content-Length"), &length);
    if (error != ParseError::None)
        return fail(error);
    // Refused before any of the body arrives.
    if (length > m_limits.maxBodyBytes)
        return fail(ParseError::BodyTooLarge);
    // RFC 9112 §6.3 rule 7: a request without either has no body.
    m_remainingBody = qMax<qint64>(length, 0);
    m_current.body.reserve(qMin(m_remainingBody, kMaxBodyReserve));
    m_phase = m_remainingBody > 0 ? Phase::FixedBody : Phase::Done;
    return Status::NeedMore;
}

RequestParser::Status RequestParser::parseFixedBody()
{
    const qsizetype bytes = qMin<qint64>(m_remainingBody, bufferedBytes());
    m_current.body.append(m_buffer.constData() + m_pos, bytes);
    consume(bytes);
    m_remainingBody -= bytes;
    if (m_remainingBody == 0)
        m_phase = Phase::Done;
    return Status::NeedMore;
}

RequestParser::Status RequestParser::parseChunkedBody()
{
    switch (m_chunked.feed(m_buffer, &m_pos, &m_current.body)) {
    case ChunkedDecoder::Status::NeedMore: return Status::NeedMore;
    case ChunkedDecoder::Status::Complete: m_phase = Phase::Done; return Status::NeedMore;
    case ChunkedDecoder::Status::Failed: return fail(m_chunked.error());
    }
    return fail(ParseError::MalformedChunk);
}

// Drops consumed bytes once they are at least half the buffer (or many), so the cost stays linear
// and a long keep-alive session does not grow the buffer.
void RequestParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
    } else if (m_pos >= kCompactAbove || m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
    } else {
        return;
    }
    m_pos = 0;
}

} // namespace Http
