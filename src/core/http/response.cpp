// SPDX-License-Identifier: MIT
#include "http/response.h"

#include "http/httpdate.h"

namespace Http {

Response Response::text(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.headers.append(Header{"Content-Type", "text/plain; charset=utf-8"});
    r.body = body;
    return r;
}

Response Response::json(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.headers.append(Header{"Content-Type", contentType});
    r.body = body;
    return r;
}

QByteArray Response::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QByteArray Response::serialize(const Framing &framing) const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nDate: ";
    out += HttpDate::now();
    out += "\r\n";
    for (const Header &h : headers) {
        out += h.name;
        out += ": ";
        out += h.value;
        out += "\r\n";
    }
    // RFC 9110 §8.6: no Content-Length on 204 or 1xx; on an answer to HEAD, the one GET would get (§9.3.2).
    if (status != 204 && status >= 200) {
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    }
    if (!framing.keepAlive || closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (status != 204 && !framing.headersOnly)
        out += body;
    return out;
}

} // namespace Http
