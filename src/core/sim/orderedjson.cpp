// SPDX-License-Identifier: MIT
// JSON objects written with their members in a given order.
#include "sim/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sim {

QByteArray OrderedJson::value(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray OrderedJson::object(const QList<JsonMember> &members)
{
    QByteArray out = "{";
    for (const JsonMember &member : members) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += QByteArray(member.first.data(), member.first.size());
        out += "\":";
        out += value(member.second);
    }
    return out + '}';
}

} // namespace Sim
