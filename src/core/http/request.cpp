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

// Where the authority of an absolute-form http(s) target starts (RFC 9112 §3.2.2), or -1 for any other form.
qsizetype authorityStart(const QByteArray &target)
{
    for (const QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (QByteArrayView(target).first(qMin(target.size(), scheme.size())).compare(scheme, Qt::CaseInsensitive) == 0)
            return scheme.size();
    }
    return -1;
}

// Where the authority that starts at start ends: at the path, the query, or the end of the target.
qsizetype authorityEnd(const QByteArray &target, qsizetype start)
{
    qsizetype end = start;
    while (end < target.size() && target.at(end) != '/' && target.at(end) != '?')
        ++end;
    return end;
}
} // namespace

bool Request::wantsKeepAlive() const
{
    if (version == "HTTP/1.0")
        return connectionHas(headers, "keep-alive");
    return !connectionHas(headers, "close");
}

bool Request::expectsContinue() const
{
    return version == "HTTP/1.1" && headers.value("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

QByteArray Request::pathAndQuery() const
{
    const qsizetype start = authorityStart(target);
    if (start < 0)
        return target;
    const QByteArray rest = target.mid(authorityEnd(target, start));
    return rest.startsWith('/') ? rest : '/' + rest; // RFC 9110 §4.2.3: an empty path is "/"
}

QByteArray Request::path() const
{
    const QByteArray pathAndQuery = this->pathAndQuery();
    const qsizetype q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.left(q);
}

QByteArray Request::authority() const
{
    const qsizetype start = authorityStart(target);
    if (start < 0)
        return {};
    const QByteArray authority = target.mid(start, authorityEnd(target, start) - start);
    return authority.mid(authority.lastIndexOf('@') + 1); // RFC 9110 §4.2.4: userinfo is not part of the host
}

} // namespace Http
