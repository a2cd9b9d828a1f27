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
    };

    int status = 200;
    HeaderList headers; // Content-Length, Date and Connection are added by serialize()
    QByteArray body;
    bool closeConnection = false;

    static Response text(int status, const QByteArray &body);
    static Response json(int status, const QByteArray &body, const QByteArray &contentType = "application/json");

    static QByteArray reasonPhrase(int status);
    QByteArray serialize(const Framing &framing) const;
};

} // namespace Http
