// SPDX-License-Identifier: MIT
// Test helper: a request handler that answers with the request's method, target and body, so the order and
// content of answers on one connection can be checked; and the bytes of a plain POST.
#pragma once

#include "http/irequesthandler.h"
#include "http/request.h"

class EchoHandler : public Http::IRequestHandler
{
public:
    Http::Response handle(const Http::Request &request) override
    {
        ++calls;
        return Http::Response::text(200, request.method + ' ' + request.target + '|' + request.body);
    }
    int calls = 0;
};

inline QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: test\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
