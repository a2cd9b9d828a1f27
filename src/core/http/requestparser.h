// SPDX-License-Identifier: MIT
// Incremental HTTP/1.1 request parser (RFC 9112). Pure: bytes in, requests or a precise error out.
// No sockets, no timers, no allocation proportional to anything but the limits.
#pragma once

#include "http/chunkeddecoder.h"
#include "http/limits.h"
#include "http/parseerror.h"
#include "http/request.h"

#include <QByteArray>

namespace Http {

class RequestParser
{
public:
    enum class Status {
        NeedMore, // feed more bytes
        Complete, // takeRequest() returns the next request
        Failed,   // error() says why; the parser stays failed
    };

    explicit RequestParser(const Limits &limits = {});

    // Appends received bytes. Pipelined requests may arrive in one call.
    void append(QByteArrayView bytes);
    // Advances over the buffered bytes; call again after takeRequest() for pipelined requests.
    Status parse();
    // Moves the completed request out and resets for the next one (keeping unconsumed bytes).
    Request takeRequest();

    ParseError error() const { return m_error; }
    // The request being read: its request line once parsed, its header fields once the block is complete, and
    // after a failure what was read of it.
    const Request &current() const { return m_current; }
    // True once any byte of a request that is not yet complete has been seen (for 408 vs silent close).
    bool inProgress() const;
    // True while the request line and headers are not yet complete.
    bool inHeaders() const;
    // True once the header block is complete and the body is not.
    bool inBody() const { return m_phase == Phase::FixedBody || m_phase == Phase::ChunkedBody; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class Phase { RequestLine, Headers, FixedBody, ChunkedBody, Done, Error };

    Status fail(ParseError error);
    Status parseStep();
    qsizetype findLineEnd();
    void consume(qsizetype bytes);
    bool cannotBeMethod() const;
    Status parseRequestLine();
    Status skipEmptyLine();
    Status parseRequestLineText(QByteArrayView line);
    Status parseHeaders();
    Status parseHeaderLine(QByteArrayView line);
    Status finishHeaders();
    Status startChunkedBody();
    Status startFixedBody();
    Status parseFixedBody();
    Status parseChunkedBody();
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;     // start of the unconsumed bytes in m_buffer
    qsizetype m_scanned = 0; // bytes after m_pos already searched for a line end
    Phase m_phase = Phase::RequestLine;
    ParseError m_error = ParseError::None;
    int m_emptyLines = 0;     // empty lines skipped before the request line
    qint64 m_headerBytes = 0; // request line, header fields and the empty line, CRLFs included
    qint64 m_remainingBody = 0;
    ChunkedDecoder m_chunked;
    Request m_current;
};

} // namespace Http
