// SPDX-License-Identifier: MIT
// An HTTP/1.1 response and its serialisation (RFC 9112 §4, §6).
#pragma once

#include "http/header.h"

#include <QByteArray>

namespace Http {

struct Response
{
    int status = 200;
    HeaderList headers; // Content-Length, Date and Connection are added by serialize()
    QByteArray body;
    bool closeConnection = false;

    static Response text(int status, const QByteArray &body);
    static Response json(int status, const QByteArray &body, const QByteArray &contentType = "application/json");

    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool keepAlive) const;
};

} // namespace Http
