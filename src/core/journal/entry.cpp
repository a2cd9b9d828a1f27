// SPDX-License-Identifier: MIT
#include "journal/entry.h"

namespace Journal {

Http::Request Entry::toRequest() const
{
    Http::Request request;
    request.method = method;
    request.target = target;
    request.version = QByteArrayLiteral("HTTP/1.1");
    request.headers = headers;
    request.body = body;
    request.remote = remote;
    request.receivedAt = receivedAt;
    return request;
}

} // namespace Journal
