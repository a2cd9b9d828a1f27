// SPDX-License-Identifier: MIT
#include "workbench/replayactions.h"

#include "events/eventlogmodel.h"
#include "events/replay.h"
#include "http/requestsender.h"

#include <QDateTime>

namespace Workbench {

using Kind = Events::HandlerAnswer::Kind;

namespace {

// What the log keeps of an answer to a replay: the same fields a forward line keeps (docs/architecture.md §4
// "Forward lines"), the body already bounded by the sender.
Journal::Forward answerOf(qint64 seq, const QDateTime &sentAt, const QUrl &to, const Http::PeerAnswer &peer)
{
    Journal::Forward answer;
    answer.forwardOf = seq;
    answer.sentAt = sentAt;
    answer.to = to.toString(QUrl::RemovePassword);
    answer.status = peer.status;
    answer.elapsedMs = peer.elapsedMs;
    answer.timedOut = peer.timedOut;
    answer.headers = peer.headers;
    answer.body = peer.body;
    answer.bodyTruncated = peer.cut();
    answer.error = peer.error;
    return answer;
}

} // namespace

ReplayActions::ReplayActions(Events::EventLogModel *log, QObject *parent) : QObject(parent), m_log(log)
{
    qRegisterMetaType<Events::HandlerAnswer>();
}

QUrl ReplayActions::forwardTarget(const Events::EventRecord &record) const
{
    const QList<QUrl> targets = Receiver::forwardTargets(m_routes, record.summary.name);
    return targets.isEmpty() ? QUrl() : targets.constFirst();
}

bool ReplayActions::canReplay(const Events::EventRecord &record)
{
    return record.verified && !record.lost; // a lost one has no request left to send
}

std::optional<QByteArray> ReplayActions::signingSecret(const Events::EventRecord &record, QString *why) const
{
    const QString &webhookId = record.verification.webhookId;
    if (!canReplay(record)) {
        *why = tr("Only a webhook delivery can be signed afresh.");
    } else if (webhookId.isEmpty()) {
        *why = tr("The delivery names no webhook, so there is no secret to sign it with.");
    } else {
        for (const Signature::Secret &secret : m_secrets) {
            if (secret.webhookId == webhookId)
                return secret.value;
        }
        *why = tr("The app holds no secret for webhook %1 to sign it with.").arg(webhookId);
    }
    return std::nullopt;
}

bool ReplayActions::check(const Events::EventRecord &record, const QUrl &to, QString *error) const
{
    if (!canReplay(record)) {
        *error = tr("Only webhook deliveries can be replayed.");
        return false;
    }
    const bool http = to.scheme() == QLatin1String("http") || to.scheme() == QLatin1String("https");
    if (!to.isValid() || !http || to.host().isEmpty()) {
        *error = tr("%1 is not an http or https URL.").arg(to.toString());
        return false;
    }
    return true;
}

bool ReplayActions::replayAsReceived(const Events::EventRecord &record, const QUrl &to, QString *error)
{
    if (!check(record, to, error))
        return false;
    send(record.entry.seq, Kind::Replayed, Events::Replay::asReceived(record.entry, to));
    return true;
}

bool ReplayActions::replayResigned(const Events::EventRecord &record, const QUrl &to, QString *error)
{
    return resign(record, to, Kind::Resigned, std::nullopt, error);
}

bool ReplayActions::replayEdited(const Events::EventRecord &record, const QByteArray &body, const QUrl &to,
                                 QString *error)
{
    return resign(record, to, Kind::Edited, body, error);
}

bool ReplayActions::resign(const Events::EventRecord &record, const QUrl &to, Kind kind,
                           const std::optional<QByteArray> &body, QString *error)
{
    if (!check(record, to, error))
        return false;
    const std::optional<QByteArray> secret = signingSecret(record, error);
    if (!secret)
        return false;
    send(record.entry.seq, kind,
         Events::Replay::resigned(record.entry, to, *secret, QDateTime::currentDateTimeUtc(), body));
    return true;
}

// One sender per replay, so replays run side by side; it goes when its answer is in.
void ReplayActions::send(qint64 seq, Kind kind, const Http::OutgoingRequest &request)
{
    auto *sender = new Http::RequestSender(this);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    connect(sender, &Http::RequestSender::finished, this,
            [this, sender, seq, kind, sentAt, to = request.url](const Http::PeerAnswer &peer) {
                --m_running;
                sender->deleteLater();
                const Events::HandlerAnswer answer{kind, answerOf(seq, sentAt, to, peer)};
                m_log->addHandlerAnswer(answer);
                emit answered(answer);
            });
    ++m_running;
    sender->send(request);
}

} // namespace Workbench
