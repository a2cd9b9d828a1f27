// SPDX-License-Identifier: MIT
#include "http/hopbyhop.h"

namespace Http::HopByHop {

namespace {
QList<QByteArray> namedByConnection(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const QByteArray &value : headers.values("Connection")) {
        for (const QByteArray &name : value.split(','))
            names.append(name.trimmed().toLower());
    }
    return names;
}
} // namespace

bool isConnectionField(QByteArrayView name)
{
    static const QByteArrayView fields[] = {"connection", "proxy-connection",  "keep-alive",
                                            "te",         "transfer-encoding", "upgrade",
                                            "trailer",    "content-length",    "expect"};
    for (const QByteArrayView field : fields) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeaderList endToEnd(const HeaderList &headers)
{
    const QList<QByteArray> connectionOnly = namedByConnection(headers);
    HeaderList passedOn;
    for (const Header &header : headers) {
        if (!isConnectionField(header.name) && !connectionOnly.contains(header.name.toLower()))
            passedOn.append(header);
    }
    return passedOn;
}

} // namespace Http::HopByHop
