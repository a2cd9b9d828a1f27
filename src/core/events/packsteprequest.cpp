// SPDX-License-Identifier: MIT
#include "events/packsteprequest.h"

#include "events/replay.h"
#include "journal/utf8.h"

#include <QRegularExpression>
#include <QUuid>

namespace Events {

PackStepRequest PackStepRequest::build(const PackStep &step, const QUrl &to, const QByteArray &secret,
                                       const QDateTime &nowUtc)
{
    using Kind = PackStep::Kind;
    PackStepRequest out;
    out.request.method = step.method;
    out.request.url = Replay::targetUrl(step.path, to);
    out.request.headers = step.headers;
    out.request.body = step.body;
    switch (step.kind) {
    case Kind::WrongSecret:
        // Any other secret will do; a fresh one each time, so no handler can know it.
        Replay::sign(out.request, QUuid::createUuid().toByteArray(QUuid::WithoutBraces), nowUtc);
        out.note = tr("signed with another secret");
        return out;
    case Kind::Stale:
        Replay::sign(out.request, secret, nowUtc.addSecs(-PackStep::StaleSeconds));
        out.note = tr("signed correctly, with an x-ms-date %1 minutes old").arg(PackStep::StaleSeconds / 60);
        return out;
    case Kind::Tampered:
        Replay::sign(out.request, secret, nowUtc);
        out.request.body = tamperedBody(step.body, &out.note);
        return out;
    case Kind::Duplicate: out.note = tr("sent again, re-signed with a new x-ms-date as Vipps' retries are"); break;
    case Kind::OutOfOrder: out.note = tr("sent before an event that happened earlier"); break;
    case Kind::Valid: out.note = tr("signed correctly"); break;
    }
    Replay::sign(out.request, secret, nowUtc);
    return out;
}

QByteArray PackStepRequest::tamperedBody(const QByteArray &body, QString *note)
{
    static const QRegularExpression amount(QStringLiteral("\"value\"\\s*:\\s*(\\d{1,15})"));
    const QString text = QString::fromUtf8(body);
    const QRegularExpressionMatch match = Journal::Utf8::isValid(body) ? amount.match(text) : QRegularExpressionMatch();
    if (!match.hasMatch()) {
        *note = tr("a space added to the body after signing");
        return body + ' ';
    }
    const qint64 was = match.captured(1).toLongLong();
    *note = tr("the amount changed from %1 to %2 after signing").arg(was).arg(was + 1);
    return QString(text).replace(match.capturedStart(1), match.capturedLength(1), QString::number(was + 1)).toUtf8();
}

} // namespace Events
