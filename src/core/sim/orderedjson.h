// SPDX-License-Identifier: MIT
// JSON objects written with their members in a given order, which QJsonObject cannot do (it sorts them).
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>

#include <utility>

namespace Sim {

using JsonMember = std::pair<QLatin1String, QJsonValue>;

namespace OrderedJson {

// One JSON value as compact text ("text", 12, null, [...]), with QJsonDocument's escaping.
QByteArray value(const QJsonValue &value);
// {"first":...,"second":...} with the members in the order given.
QByteArray object(const QList<JsonMember> &members);

} // namespace OrderedJson

} // namespace Sim
