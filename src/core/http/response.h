// SPDX-License-Identifier: MIT
// An HTTP/1.1 response and its serialisation (RFC 9112 §4, §6).
#pragma once

#include "http/header.h"

#include <QByteArray>

namespace Http {

struct Response
{
    // How an answer goes on the wire for the request it answers.
    struct Framing
    {
        bool keepAlive = false; // the connection stays open after it (RFC 9112 §9.3)
        // It answers HEAD: GET's header fields, Content-Length too, and no content (RFC 9110 §9.3.2).
        bool headersOnly = false;
        // It answers HTTP/1.0, whose connections persist only when the answer says so too (RFC 9112 §9.3,
        // Appendix C.2.2): a kept connection gets "Connection: keep-alive".
        bool http10 = false;
    };

    int status = 200;
    HeaderList headers; // Content-Length, Date and Connection are added by serialize()
    QByteArray body;
    bool closeConnection = false;

    static Response text(int status, const QByteArray &body);
    static Response json(int status, const QByteArray &body, const QByteArray &contentType = "application/json");

    // The reason phrase of a status, "Status" for one the table does not know.
    static QByteArray reasonPhrase(int status);
    // The reason phrase of a status, empty for one the table does not know.
    static QByteArray standardReasonPhrase(int status);
    QByteArray serialize(const Framing &framing) const;
};

} // namespace Http
