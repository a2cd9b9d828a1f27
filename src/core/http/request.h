// SPDX-License-Identifier: MIT
// A complete HTTP/1.1 request as it arrived on the wire.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Http {

struct Request
{
    QByteArray method;  // as received, e.g. "POST"
    QByteArray target;  // request-target exactly as received (RFC 9112 §3.2), e.g. "/hook?x=1" or "http://h/hook"
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HeaderList headers; // original order, case and duplicates
    QByteArray body;    // raw body bytes (after removing chunked framing), never re-encoded

    // Filled in by the connection, not the parser.
    QString remote;       // "ip:port" of the peer
    QDateTime receivedAt; // UTC, when the request line started arriving

    // RFC 9112 §9.3: HTTP/1.1 persists unless "Connection: close"; HTTP/1.0 closes unless keep-alive.
    bool wantsKeepAlive() const;
    // RFC 9110 §10.1.1: an HTTP/1.1 request with "Expect: 100-continue" waits for a go-ahead before its body
    // (an HTTP/1.0 one is not told: the expectation is ignored there).
    bool expectsContinue() const;
    // The method whose answer this request gets: GET for HEAD (RFC 9110 §9.3.2: the same header fields, no
    // content, which the connection leaves out), else its own.
    QByteArray answeredMethod() const { return method == "HEAD" ? QByteArrayLiteral("GET") : method; }
    // RFC 9112 §3.2.2: an absolute-form target ("http://host:port/path?query", as sent to a proxy) names the host
    // itself. These give the parts of either form, for routing and for the signed string:
    // the path and query ("/" when an absolute-form target has no path), the target itself in origin form;
    QByteArray pathAndQuery() const;
    // pathAndQuery() without the query;
    QByteArray path() const;
    // host[:port] of an absolute-form http(s) target, a null QByteArray for any other form.
    QByteArray authority() const;
};

} // namespace Http
