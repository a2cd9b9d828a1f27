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
    const QByteArray phrase = standardReasonPhrase(status);
    return phrase.isEmpty() ? QByteArrayLiteral("Status") : phrase;
}

// RFC 9110 §15, with 423 (RFC 4918 §11.3), 429 and 431 (RFC 6585 §4, §5): every status the project sends or shows.
QByteArray Response::standardReasonPhrase(int status)
{
    struct Phrase
    {
        int status;
        const char *text;
    };
    static constexpr Phrase phrases[] = {
        {100, "Continue"},
        {101, "Switching Protocols"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {203, "Non-Authoritative Information"},
        {204, "No Content"},
        {205, "Reset Content"},
        {206, "Partial Content"},
        {300, "Multiple Choices"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {402, "Payment Required"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {407, "Proxy Authentication Required"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {416, "Range Not Satisfiable"},
        {417, "Expectation Failed"},
        {421, "Misdirected Request"},
        {422, "Unprocessable Content"},
        {423, "Locked"},
        {426, "Upgrade Required"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {505, "HTTP Version Not Supported"},
    };
    for (const Phrase &phrase : phrases) {
        if (phrase.status == status)
            return QByteArray(phrase.text);
    }
    return {};
}

QByteArray Response::serialize(const Framing &framing) const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += standardReasonPhrase(status); // RFC 9112 §4: may be empty, for a status without one
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
    else if (framing.http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (status != 204 && !framing.headersOnly)
        out += body;
    return out;
}

} // namespace Http
