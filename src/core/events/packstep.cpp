// SPDX-License-Identifier: MIT
#include "events/packstep.h"

#include "events/replay.h"
#include "journal/redaction.h"

namespace Events {

PackExpectation PackStep::defaultExpectation(Kind kind)
{
    switch (kind) {
    case Kind::Tampered:
    case Kind::WrongSecret:
    case Kind::Stale: return PackExpectation::ofClass(4);
    case Kind::Valid:
    case Kind::Duplicate:
    case Kind::OutOfOrder: break;
    }
    return PackExpectation::ofClass(2);
}

QString PackStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tampered: return QStringLiteral("tampered");
    case Kind::WrongSecret: return QStringLiteral("wrong-secret");
    case Kind::Stale: return QStringLiteral("stale");
    case Kind::Duplicate: return QStringLiteral("duplicate");
    case Kind::OutOfOrder: return QStringLiteral("out-of-order");
    case Kind::Valid: break;
    }
    return QStringLiteral("valid");
}

QList<PackStep::Kind> PackStep::kinds()
{
    return {Kind::Valid, Kind::Tampered, Kind::WrongSecret, Kind::Stale, Kind::Duplicate, Kind::OutOfOrder};
}

std::optional<PackStep::Kind> PackStep::kindFromName(QStringView name)
{
    for (const Kind kind : kinds()) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString PackStep::rule(Kind kind)
{
    switch (kind) {
    case Kind::Valid: return tr("a valid delivery must be acknowledged with a 2xx within 10 s, or Vipps retries it");
    case Kind::Tampered: return tr("a body that differs from what was signed must be refused");
    case Kind::WrongSecret: return tr("a delivery signed with another secret must be refused");
    case Kind::Stale: return tr("a delivery signed long ago must be refused (a replayed capture)");
    case Kind::Duplicate:
        return tr("a repeated delivery must be acknowledged with a 2xx (and handled once), or Vipps keeps retrying it");
    case Kind::OutOfOrder:
        return tr("an event that arrives before an earlier one must still be acknowledged with a 2xx, or Vipps "
                  "retries it and holds back the payment's later events");
    }
    return {};
}

bool PackStep::isSignedField(QByteArrayView name)
{
    static const QByteArrayView fields[] = {"host", "x-ms-date", "x-ms-content-sha256", "authorization",
                                            "x-vipps-authorization"};
    for (const QByteArrayView field : fields) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

PackStep PackStep::fromEntry(const Journal::Entry &entry, Kind kind)
{
    PackStep step;
    step.kind = kind;
    step.seq = entry.seq;
    step.method = entry.method;
    step.path = Replay::receivedPath(entry);
    step.body = entry.body;
    for (const Http::Header &header : entry.headers) {
        if (!isSignedField(header.name) && !Replay::isConnectionField(header.name))
            step.headers.append(
                Http::Header{header.name, Journal::Redaction::redactedValue(header.name, header.value)});
    }
    return step;
}

} // namespace Events
