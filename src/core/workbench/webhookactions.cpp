// SPDX-License-Identifier: MIT
#include "workbench/webhookactions.h"

#include "workbench/webhooklistmodel.h"

#include <QTime>

namespace Workbench {

WebhookActions::WebhookActions(ProfileSession *session, Confirmer *confirmer, QObject *parent)
    : QObject(parent), m_session(session), m_guard(confirmer), m_model(new WebhookListModel(this))
{
    m_model->setSecretCheck([this](const QString &id) { return m_session->holdsSecretFor(id); });
    connect(m_session, &ProfileSession::stateChanged, this, &WebhookActions::onSessionState);
    connect(m_session, &ProfileSession::webhookSecretsChanged, m_model, &WebhookListModel::refreshSecretColumn);
    onSessionState(m_session->state());
}

WebhookActions::~WebhookActions() = default;

QString WebhookActions::eventsInWords(const QStringList &events)
{
    if (events.size() == 1)
        return events.constFirst();
    return tr("%n event types", "", int(events.size()));
}

// Any new state means another client: the one the calls went out on is gone, and its answers with it.
void WebhookActions::onSessionState(ProfileSession::State state)
{
    m_answers.dropPending();
    setBusy(false);
    if (state == ProfileSession::State::Ready) {
        refresh();
        return;
    }
    m_model->setWebhooks({});
    emit statusChanged({});
}

void WebhookActions::refresh()
{
    start(tr("Listing…"), [this](Api::WebhooksApi *api) {
        api->list(m_answers.guard(
            [this](const QList<Api::Webhook> &webhooks, const Api::ApiError &error) { onListed(webhooks, error); }));
    });
}

void WebhookActions::registerWebhook(const QUrl &url, const QStringList &events)
{
    if (!canCall())
        return;
    const QString action =
        tr("Register a webhook that sends %1 to %2").arg(eventsInWords(events), url.toDisplayString());
    if (!m_guard.allows(m_session->profile(), action)) {
        emit statusChanged(tr("Not registered"));
        return;
    }
    start(tr("Registering…"), [this, url, events](Api::WebhooksApi *api) {
        api->registerWebhook(
            url, events,
            m_answers.guard([this, url](const Api::RegisteredWebhook &webhook, const Api::ApiError &error) {
                onRegistered(url, webhook, error);
            }));
    });
}

void WebhookActions::deleteWebhook(const Api::Webhook &webhook)
{
    if (!canCall())
        return;
    const QString action = tr("Delete the webhook to %1 (id %2)").arg(webhook.url.toDisplayString(), webhook.id);
    if (!m_guard.allows(m_session->profile(), action)) {
        emit statusChanged(tr("Not deleted"));
        return;
    }
    start(tr("Deleting…"), [this, webhook](Api::WebhooksApi *api) {
        api->remove(webhook.id,
                    m_answers.guard([this, webhook](const Api::ApiError &error) { onDeleted(webhook, error); }));
    });
}

void WebhookActions::start(const QString &status, const Call &call)
{
    if (!canCall())
        return;
    setBusy(true);
    emit statusChanged(status);
    call(m_session->webhooks());
}

void WebhookActions::finish()
{
    setBusy(false);
    emit statusChanged({});
}

void WebhookActions::onListed(const QList<Api::Webhook> &webhooks, const Api::ApiError &error)
{
    finish();
    if (!error.ok()) {
        emit failed(tr("Could not list the webhooks"), error);
        return;
    }
    m_model->setWebhooks(webhooks);
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    emit statusChanged(webhooks.size() == 1 ? tr("1 webhook, listed at %1").arg(time)
                                            : tr("%n webhooks, listed at %1", "", int(webhooks.size())).arg(time));
    emit listed();
}

void WebhookActions::onRegistered(const QUrl &url, const Api::RegisteredWebhook &webhook, const Api::ApiError &error)
{
    finish();
    if (!error.ok()) {
        emit failed(tr("Could not register the webhook"), error);
        return;
    }
    m_session->rememberWebhook(webhook.id, webhook.secret);
    emit registered(webhook, url);
    refresh();
}

void WebhookActions::onDeleted(const Api::Webhook &webhook, const Api::ApiError &error)
{
    finish();
    if (!error.ok()) {
        emit failed(tr("Could not delete the webhook to %1").arg(webhook.url.toDisplayString()), error);
        return;
    }
    m_session->forgetWebhook(webhook.id);
    emit deleted(webhook);
    refresh();
}

QString WebhookActions::errorHint(const Api::ApiError &error) const
{
    const QString profile = m_session->profile().name;
    const QUrl baseUrl =
        m_session->client() ? m_session->client()->config().baseUrl : m_session->profile().effectiveBaseUrl();
    const bool simulator = m_session->profile().environment == Credentials::Environment::Simulator;
    switch (error.kind) {
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Timeout:
        return simulator ? tr("Is the simulator running? This profile calls it at %1.").arg(baseUrl.toDisplayString())
                         : tr("Check that %1 can be reached from this machine (network, proxy, VPN).")
                               .arg(baseUrl.toDisplayString());
    case Api::ApiError::Kind::Configuration: return tr("Complete profile %1 under Credentials.").arg(profile);
    case Api::ApiError::Kind::Http:
        if (error.status == 401 || error.status == 403)
            return tr("Check the client id, client secret, subscription key and MSN of profile %1.").arg(profile);
        return {};
    default: return {};
    }
}

QStringList WebhookActions::errorDetails(const Api::ApiError &error) const
{
    QStringList lines{error.summary()};
    for (const Api::ExtraDetail &item : error.extraDetails)
        lines.append(tr("%1: %2").arg(item.name, item.reason));
    for (const Base::FieldError &item : error.fieldErrors)
        lines.append(tr("%1: %2").arg(item.field, item.message));
    if (!error.traceId.isEmpty())
        lines.append(tr("Trace id: %1").arg(error.traceId));
    if (const QString hint = errorHint(error); !hint.isEmpty())
        lines.append(hint);
    return lines;
}

QString WebhookActions::secretNote() const
{
    if (m_session->secretsInMemoryOnly())
        return tr("Vipps shows this secret only once. No keychain was found, so the app keeps it in memory only until "
                  "it quits; copy it now to keep it.");
    const QString problem = m_session->keychainProblem();
    if (problem.isEmpty())
        return tr("Vipps shows this secret only once. The app keeps it in the keychain and verifies this webhook's "
                  "deliveries with it; copy it now if your own server verifies them too.");
    return tr("Vipps shows this secret only once. The keychain cannot be used (%1), so the app keeps it in memory only "
              "until it quits; copy it now to keep it.")
        .arg(problem);
}

void WebhookActions::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Workbench
