// SPDX-License-Identifier: MIT
// The event log's replays in the app: an event sent again to the user's handler as received, re-signed with the
// secret of the webhook it came from, or with an edited body; each answer joins the event's history in the log
// (Events::HandlerAnswer). Several may run at once; nothing waits for them (docs/architecture.md §6 "Replay").
#pragma once

#include "events/eventrecord.h"
#include "receiver/forwardroute.h"
#include "signature/secret.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <optional>

namespace Events {
class EventLogModel;
}

namespace Http {
struct OutgoingRequest;
}

namespace Workbench {

class ReplayActions : public QObject
{
    Q_OBJECT

public:
    // log is not owned and must outlive this.
    explicit ReplayActions(Events::EventLogModel *log, QObject *parent = nullptr);

    // The secrets the receiver verifies with (ProfileSession::webhookSecrets): re-signing takes the one of the
    // webhook an event names.
    void setWebhookSecrets(const Signature::SecretList &secrets) { m_secrets = secrets; }
    // Where the active profile forwards deliveries, by event type.
    void setForwardRoutes(const Receiver::ForwardRoutes &routes) { m_routes = routes; }
    // The first route's URL for the record's event type; empty when none is set for it.
    QUrl forwardTarget(const Events::EventRecord &record) const;

    // Only deliveries are replayed: a request the receiver refused as no delivery (a 405) has nothing to replay.
    static bool canReplay(const Events::EventRecord &record);
    // The secret of the webhook the record names, which re-signing uses; nullopt with the reason, for people,
    // when the app holds none.
    std::optional<QByteArray> signingSecret(const Events::EventRecord &record, QString *why) const;

    // Each sends the record to `to` and returns at once; the answer comes as answered(). false with the reason,
    // for people, when it cannot be sent (not a delivery, not an http URL, no secret to sign with).
    bool replayAsReceived(const Events::EventRecord &record, const QUrl &to, QString *error);
    bool replayResigned(const Events::EventRecord &record, const QUrl &to, QString *error);
    bool replayEdited(const Events::EventRecord &record, const QByteArray &body, const QUrl &to, QString *error);

    // Replays sent whose answer has not come.
    int running() const { return m_running; }

signals:
    // A replay's answer, already added to the log (EventLogModel::addHandlerAnswer).
    void answered(const Events::HandlerAnswer &answer);

private:
    bool resign(const Events::EventRecord &record, const QUrl &to, Events::HandlerAnswer::Kind kind,
                const std::optional<QByteArray> &body, QString *error);
    bool check(const Events::EventRecord &record, const QUrl &to, QString *error) const;
    void send(qint64 seq, Events::HandlerAnswer::Kind kind, const Http::OutgoingRequest &request);

    Events::EventLogModel *m_log;
    Signature::SecretList m_secrets;
    Receiver::ForwardRoutes m_routes;
    int m_running = 0;
};

} // namespace Workbench
