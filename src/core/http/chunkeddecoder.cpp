// SPDX-License-Identifier: MIT
#include "http/chunkeddecoder.h"

#include "http/syntax.h"

#include <limits>

namespace Http {

namespace {

using Syntax::isTchar;

// Longest chunk-size line (size, extensions and CRLF) we accept; extensions are checked and ignored.
constexpr qsizetype kMaxSizeLineBytes = 1024;

bool isBws(char c)
{
    return c == ' ' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

qsizetype skipBws(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isBws(text[i]))
        ++i;
    return i;
}

qsizetype skipToken(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isTchar(text[i]))
        ++i;
    return i;
}

// RFC 9110 §5.6.4: qdtext and the escaped byte of a quoted-pair (HTAB, SP, VCHAR, obs-text).
bool isQuotedTextByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '\t' || (u >= 0x20 && u != 0x7f);
}

// RFC 9110 §5.6.4: quoted-string starting at text[i] == '"'; index after it, or -1.
qsizetype skipQuotedString(QByteArrayView text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text[i] == '"')
            return i + 1;
        if (text[i] == '\\')
            ++i;
        if (i >= text.size() || !isQuotedTextByte(text[i]))
            return -1;
    }
    return -1;
}

// RFC 9112 §7.1.1: chunk-ext-val = token / quoted-string; index after it, or -1.
qsizetype skipExtensionValue(QByteArrayView text, qsizetype i)
{
    if (i < text.size() && text[i] == '"')
        return skipQuotedString(text, i);
    const qsizetype end = skipToken(text, i);
    return end == i ? -1 : end;
}

// RFC 9112 §7.1.1: chunk-ext-name [ BWS "=" BWS chunk-ext-val ]; index after it, or -1.
qsizetype skipExtension(QByteArrayView text, qsizetype i)
{
    const qsizetype nameEnd = skipToken(text, i);
    if (nameEnd == i)
        return -1;
    const qsizetype equals = skipBws(text, nameEnd);
    if (equals >= text.size() || text[equals] != '=')
        return nameEnd;
    return skipExtensionValue(text, skipBws(text, equals + 1));
}

// RFC 9112 §7.1.1: chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ).
bool isExtensionList(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        i = skipBws(text, i);
        if (i >= text.size() || text[i] != ';')
            return false;
        i = skipExtension(text, skipBws(text, i + 1));
        if (i < 0)
            return false;
    }
    return true;
}

// RFC 9112 §7.1: chunk-size = 1*HEXDIG. Returns the number of digits; *size saturates instead of overflowing.
qsizetype parseHexSize(QByteArrayView text, qint64 *size)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qsizetype i = 0;
    *size = 0;
    for (; i < text.size() && hexValue(text[i]) >= 0; ++i) {
        const int digit = hexValue(text[i]);
        *size = *size > (max - digit) / 16 ? max : *size * 16 + digit;
    }
    return i;
}

// RFC 9112 §7.1.2: a trailer field has the syntax of a header field; obs-fold and controls are refused.
bool isTrailerField(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || skipToken(line, 0) != colon)
        return false;
    for (char c : line.sliced(colon + 1)) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

void ChunkedDecoder::reset(qint64 maxBodyBytes, qint64 maxTrailerBytes)
{
    m_phase = Phase::Size;
    m_error = ParseError::None;
    m_maxBody = maxBodyBytes;
    m_maxTrailer = maxTrailerBytes;
    m_trailerBytes = 0;
    m_chunkRemaining = 0;
    m_bodyBytes = 0;
    m_scanned = 0;
}

ChunkedDecoder::Status ChunkedDecoder::feed(const QByteArray &data, qsizetype *pos, QByteArray *body)
{
    Status status = Status::NeedMore;
    bool progressed = false;
    do {
        const Phase phase = m_phase;
        const qsizetype before = *pos;
        status = step(data, pos, body);
        progressed = m_phase != phase || *pos != before;
    } while (status == Status::NeedMore && progressed);
    return status;
}

ChunkedDecoder::Status ChunkedDecoder::fail(ParseError error)
{
    m_phase = Phase::Error;
    m_error = error;
    return Status::Failed;
}

// One unit of work in the current phase; feed() repeats it while it makes progress.
ChunkedDecoder::Status ChunkedDecoder::step(const QByteArray &data, qsizetype *pos, QByteArray *body)
{
    switch (m_phase) {
    case Phase::Size: return parseSizeLine(data, pos);
    case Phase::Data: return copyData(data, pos, body);
    case Phase::DataEnd: return parseDataEnd(data, pos);
    case Phase::Trailer: return parseTrailerLine(data, pos);
    case Phase::Done: return Status::Complete;
    case Phase::Error: return Status::Failed;
    }
    return Status::Failed;
}

// Index of the LF that ends the line starting at pos, or -1. Bytes already searched are not searched again.
qsizetype ChunkedDecoder::findLineEnd(const QByteArray &data, qsizetype pos)
{
    const qsizetype lf = data.indexOf('\n', pos + m_scanned);
    m_scanned = (lf < 0 ? data.size() : lf) - pos;
    return lf;
}

void ChunkedDecoder::advance(qsizetype *pos, qsizetype bytes)
{
    *pos += bytes;
    m_scanned = 0;
}

// RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF.
ChunkedDecoder::Status ChunkedDecoder::parseSizeLine(const QByteArray &data, qsizetype *pos)
{
    const qsizetype lf = findLineEnd(data, *pos);
    if (lf < 0)
        return data.size() - *pos >= kMaxSizeLineBytes ? fail(ParseError::MalformedChunk) : Status::NeedMore;
    const qsizetype length = lf + 1 - *pos;
    if (length > kMaxSizeLineBytes)
        return fail(ParseError::MalformedChunk);
    const QByteArrayView line(data.constData() + *pos, length);
    if (!line.endsWith("\r\n"))
        return fail(ParseError::MalformedChunk);
    advance(pos, length);
    return parseSizeText(line.chopped(2));
}

ChunkedDecoder::Status ChunkedDecoder::parseSizeText(QByteArrayView line)
{
    qint64 size = 0;
    const qsizetype digits = parseHexSize(line, &size);
    if (digits == 0 || !isExtensionList(line.sliced(digits)))
        return fail(ParseError::MalformedChunk);
    // Refused as soon as the size is known, before the data arrives.
    if (size > m_maxBody - m_bodyBytes)
        return fail(ParseError::BodyTooLarge);
    m_chunkRemaining = size;
    m_phase = size == 0 ? Phase::Trailer : Phase::Data;
    return Status::NeedMore;
}

ChunkedDecoder::Status ChunkedDecoder::copyData(const QByteArray &data, qsizetype *pos, QByteArray *body)
{
    const qsizetype bytes = qMin<qint64>(m_chunkRemaining, data.size() - *pos);
    body->append(data.constData() + *pos, bytes);
    advance(pos, bytes);
    m_chunkRemaining -= bytes;
    m_bodyBytes += bytes;
    if (m_chunkRemaining == 0)
        m_phase = Phase::DataEnd;
    return Status::NeedMore;
}

// The CRLF after chunk-data; a wrong byte fails at once, without waiting for the second one.
ChunkedDecoder::Status ChunkedDecoder::parseDataEnd(const QByteArray &data, qsizetype *pos)
{
    const QByteArrayView rest = QByteArrayView(data).sliced(*pos);
    if (!QByteArrayView("\r\n").startsWith(rest.first(qMin<qsizetype>(rest.size(), 2))))
        return fail(ParseError::MalformedChunk);
    if (rest.size() < 2)
        return Status::NeedMore;
    advance(pos, 2);
    m_phase = Phase::Size;
    return Status::NeedMore;
}

// RFC 9112 §7.1.2: trailer fields are checked for syntax and discarded; the empty line ends the body.
// Field lines count against the trailer budget, and fail it before their line end arrives.
ChunkedDecoder::Status ChunkedDecoder::parseTrailerLine(const QByteArray &data, qsizetype *pos)
{
    const qsizetype lf = findLineEnd(data, *pos);
    const QByteArrayView line = QByteArrayView(data).sliced(*pos, (lf < 0 ? data.size() : lf + 1) - *pos);
    const bool lastLine = QByteArrayView("\r\n").startsWith(line);
    if (!lastLine && m_trailerBytes + line.size() > m_maxTrailer)
        return fail(ParseError::HeadersTooLarge);
    if (lf < 0)
        return Status::NeedMore;
    if (!line.endsWith("\r\n") || (!lastLine && !isTrailerField(line.chopped(2))))
        return fail(ParseError::MalformedChunk);
    advance(pos, line.size());
    if (lastLine)
        m_phase = Phase::Done;
    else
        m_trailerBytes += line.size();
    return Status::NeedMore;
}

} // namespace Http
