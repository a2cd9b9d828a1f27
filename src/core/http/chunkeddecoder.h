// SPDX-License-Identifier: MIT
// Decoder for the chunked transfer coding (RFC 9112 §7.1), including chunk extensions and trailers.
#pragma once

#include "http/parseerror.h"

#include <QByteArray>

namespace Http {

class ChunkedDecoder
{
public:
    enum class Status { NeedMore, Complete, Failed };

    void reset(qint64 maxBodyBytes, qint64 maxTrailerBytes);
    // Consumes bytes from data starting at *pos, appending decoded payload to *body.
    // Advances *pos past what it consumed.
    Status feed(const QByteArray &data, qsizetype *pos, QByteArray *body);
    ParseError error() const { return m_error; }

private:
    enum class Phase { Size, Data, DataEnd, Trailer, Done, Error };

    Status fail(ParseError error);
    Status step(const QByteArray &data, qsizetype *pos, QByteArray *body);
    qsizetype findLineEnd(const QByteArray &data, qsizetype pos);
    void advance(qsizetype *pos, qsizetype bytes);
    Status parseSizeLine(const QByteArray &data, qsizetype *pos);
    Status parseSizeText(QByteArrayView line);
    Status copyData(const QByteArray &data, qsizetype *pos, QByteArray *body);
    Status parseDataEnd(const QByteArray &data, qsizetype *pos);
    Status parseTrailerLine(const QByteArray &data, qsizetype *pos);

    Phase m_phase = Phase::Size;
    ParseError m_error = ParseError::None;
    qint64 m_maxBody = 0;
    qint64 m_maxTrailer = 0;
    qint64 m_trailerBytes = 0;
    qint64 m_chunkRemaining = 0;
    qint64 m_bodyBytes = 0;  // decoded payload so far
    qsizetype m_scanned = 0; // bytes after *pos already searched for a line end
};

} // namespace Http
