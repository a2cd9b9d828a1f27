// SPDX-License-Identifier: MIT
#include "http/request.h"

namespace Http {

namespace {
bool connectionHas(const HeaderList &headers, QByteArrayView token)
{
    // RFC 9110 §7.6.1: Connection is a comma-separated list of case-insensitive options.
    for (const QByteArray &value : headers.values("Connection")) {
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

bool Request::wantsKeepAlive() const
{
    if (version == "HTTP/1.0")
        return connectionHas(headers, "keep-alive");
    return !connectionHas(headers, "close");
}

QByteArray Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

} // namespace Http
