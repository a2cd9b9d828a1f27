// SPDX-License-Identifier: MIT
// The webhooks workflow of the active profile (docs/vipps-wire.md §3): list, register (the secret kept by the
// session, which hands it to the receiver), delete, move registrations to a new URL; one call at a time; register,
// delete and move asked of the production guard first. The list is model(); it is listed anew whenever the profile is
// ready, and answers that arrive after the profile changed are dropped. The app's webhooks panel shows what this says.
#pragma once

#include "api/apierror.h"
#include "api/webhooksapi.h"
#include "base/answerguard.h"
#include "workbench/productionguard.h"
#include "workbench/profilesession.h"

#include <QObject>

#include <functional>

namespace Workbench {

class WebhookListModel;

class WebhookActions : public QObject
{
    Q_OBJECT

public:
    // The session is not owned and must outlive this; nor is the confirmer.
    WebhookActions(ProfileSession *session, Confirmer *confirmer, QObject *parent = nullptr);
    ~WebhookActions() override;

    ProfileSession *session() const { return m_session; }
    WebhookListModel *model() const { return m_model; }
    bool isBusy() const { return m_busy; } // a call is on its way
    // A profile is ready and no call is on its way.
    bool canCall() const { return m_session->webhooks() != nullptr && !m_busy; }

    void refresh();
    // Asks the production guard, then registers; then lists again.
    void registerWebhook(const QUrl &url, const QStringList &events);
    // Asks the production guard, then deletes; then lists again.
    void deleteWebhook(const Api::Webhook &webhook);
    // The listed registrations that deliver to a receiver at that address: this machine (localhost or loopback),
    // the same scheme and port, any path (the receiver answers on every path). Empty for an empty address.
    QList<Api::Webhook> registrationsAt(const QUrl &receiverUrl) const;
    // Asks the production guard once, then for each registration: registers url for its events, then deletes it
    // (docs/vipps-wire.md §3 "Limits and scoping": register the new endpoint, then delete the old). When url
    // already gets every event of one, that one is only deleted. Stops at the first error; lists again at the end.
    void moveWebhooks(const QList<Api::Webhook> &webhooks, const QUrl &url);
    // The listed registrations a new one for url and events would duplicate: the same endpoint (scheme, host, port,
    // path without a trailing slash, query) and at least one event type in common, which Vipps would then deliver
    // there twice (docs/vipps-wire.md §5). Duplicates may be wanted (to try an idempotent handler): ask, not refuse.
    QList<Api::Webhook> duplicatesOf(const QUrl &url, const QStringList &events) const;
    // The event types of events that these registrations already send, in the order of events.
    static QStringList sharedEvents(const QList<Api::Webhook> &webhooks, const QStringList &events);

    // What to check next after an error, naming the profile and where it calls; empty when there is no hint.
    QString errorHint(const Api::ApiError &error) const;
    // The error's summary, then one line per extra detail or field error, the trace id to quote to Vipps support
    // (docs/vipps-wire.md §7), and the hint.
    QStringList errorDetails(const Api::ApiError &error) const;
    // Said next to a new webhook's secret, the one time it is shown: where the app keeps it.
    QString secretNote() const;
    // "epayments.payment.captured.v1", or "3 event types".
    static QString eventsInWords(const QStringList &events);

signals:
    void busyChanged(bool busy);
    // "Listing…", "2 webhooks, listed at 14:05:09", "Not registered"; empty to clear.
    void statusChanged(const QString &text);
    void listed();
    // what failed ("Could not register the webhook"), and the error as the API answered it.
    void failed(const QString &what, const Api::ApiError &error);
    // The secret is shown only now (the list call never returns it).
    void registered(const Api::RegisteredWebhook &webhook, const QUrl &url);
    void deleted(const Api::Webhook &webhook);
    // Every registration given to moveWebhooks() now delivers to url, under a new id whose secret the session holds.
    void moved(int count, const QUrl &url);

private:
    using Call = std::function<void(Api::WebhooksApi *api)>;
    struct Move
    {
        QList<Api::Webhook> pending; // the first one is being moved
        QUrl url;
        int done = 0;
    };

    void onSessionState(ProfileSession::State state);
    void start(const QString &status, const Call &call);
    void finish();
    void onListed(const QList<Api::Webhook> &webhooks, const Api::ApiError &error);
    void onRegistered(const QUrl &url, const Api::RegisteredWebhook &webhook, const Api::ApiError &error);
    void onDeleted(const Api::Webhook &webhook, const Api::ApiError &error);
    bool alreadySends(const QUrl &url, const QStringList &events) const; // listed registrations send them all there
    void moveNext();
    void deleteMoved();
    void onMoveRegistered(const Api::RegisteredWebhook &webhook, const Api::ApiError &error);
    void onMoveDeleted(const Api::ApiError &error);
    void failMove(const QString &what, const Api::ApiError &error);
    void setBusy(bool busy);

    ProfileSession *m_session;
    ProductionGuard m_guard;
    WebhookListModel *m_model;
    Base::AnswerGuard m_answers; // answers for an earlier profile state are dropped
    bool m_busy = false;
    Move m_move;
};

} // namespace Workbench
