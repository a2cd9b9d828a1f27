// SPDX-License-Identifier: MIT
#include "workbench/webhookactions.h"

#include "base/visibletext.h"
#include "sim/webhookregistry.h"
#include "workbench/webhooklistmodel.h"

#include <QTime>

#include <algorithm>

namespace Workbench {

namespace {

// One spelling per endpoint: QUrl has lower-cased the scheme and host; the default port, a trailing slash, dot
// segments and a fragment make no difference to where a delivery goes.
QUrl endpointOf(const QUrl &url)
{
    QUrl endpoint = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveFragment);
    const int defaultPort = endpoint.scheme() == QLatin1String("https") ? 443 : 80;
    if (endpoint.port() == defaultPort)
        endpoint.setPort(-1);
    return endpoint;
}

} // namespace

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
    m_move = {};
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

QList<Api::Webhook> WebhookActions::registrationsAt(const QUrl &receiverUrl) const
{
    QList<Api::Webhook> found;
    if (receiverUrl.isEmpty())
        return found;
    for (const Api::Webhook &webhook : m_model->webhooks()) {
        const QUrl &url = webhook.url;
        if (Sim::WebhookRegistry::isThisMachine(url.host()) &&
            url.scheme().compare(receiverUrl.scheme(), Qt::CaseInsensitive) == 0 &&
            url.port(80) == receiverUrl.port(80))
            found.append(webhook);
    }
    return found;
}

QList<Api::Webhook> WebhookActions::duplicatesOf(const QUrl &url, const QStringList &events) const
{
    QList<Api::Webhook> found;
    const QUrl endpoint = endpointOf(url);
    for (const Api::Webhook &webhook : m_model->webhooks()) {
        if (endpointOf(webhook.url) == endpoint && !sharedEvents({webhook}, events).isEmpty())
            found.append(webhook);
    }
    return found;
}

QStringList WebhookActions::sharedEvents(const QList<Api::Webhook> &webhooks, const QStringList &events)
{
    QStringList shared;
    for (const QString &event : events) {
        const bool sent = std::any_of(webhooks.cbegin(), webhooks.cend(),
                                      [&event](const Api::Webhook &webhook) { return webhook.events.contains(event); });
        if (sent && !shared.contains(event))
            shared.append(event);
    }
    return shared;
}

bool WebhookActions::alreadySends(const QUrl &url, const QStringList &events) const
{
    const QStringList shared = sharedEvents(duplicatesOf(url, events), events);
    return std::all_of(events.cbegin(), events.cend(),
                       [&shared](const QString &event) { return shared.contains(event); });
}

void WebhookActions::moveWebhooks(const QList<Api::Webhook> &webhooks, const QUrl &url)
{
    if (webhooks.isEmpty() || !canCall())
        return;
    const QString action =
        (webhooks.size() == 1
             ? tr("Register the webhook again at %1 and delete the old registration")
             : tr("Register %n webhooks again at %1 and delete the old registrations", "", int(webhooks.size())))
            .arg(url.toDisplayString());
    if (!m_guard.allows(m_session->profile(), action)) {
        emit statusChanged(tr("Not moved"));
        return;
    }
    m_move = Move{webhooks, url, 0};
    setBusy(true);
    moveNext();
}

// docs/vipps-wire.md §3 "Limits and scoping": the new registration first, so no event is lost in between.
void WebhookActions::moveNext()
{
    if (m_move.pending.isEmpty()) {
        const Move done = std::exchange(m_move, {});
        finish();
        emit moved(done.done, done.url);
        refresh();
        return;
    }
    const QStringList events = m_move.pending.constFirst().events;
    if (alreadySends(m_move.url, events)) {
        deleteMoved(); // registering it again would send each of its events there twice
        return;
    }
    emit statusChanged(tr("Registering %1 again…").arg(m_move.url.toDisplayString()));
    m_session->webhooks()->registerWebhook(
        m_move.url, events, m_answers.guard([this](const Api::RegisteredWebhook &webhook, const Api::ApiError &error) {
            onMoveRegistered(webhook, error);
        }));
}

void WebhookActions::onMoveRegistered(const Api::RegisteredWebhook &webhook, const Api::ApiError &error)
{
    if (!error.ok()) {
        failMove(tr("Could not register the webhook again at %1").arg(m_move.url.toDisplayString()), error);
        return;
    }
    m_session->rememberWebhook(webhook.id, webhook.secret);
    deleteMoved();
}

void WebhookActions::deleteMoved()
{
    const Api::Webhook &old = m_move.pending.constFirst();
    emit statusChanged(tr("Deleting the webhook to %1…").arg(old.url.toDisplayString()));
    m_session->webhooks()->remove(old.id,
                                  m_answers.guard([this](const Api::ApiError &error) { onMoveDeleted(error); }));
}

void WebhookActions::onMoveDeleted(const Api::ApiError &error)
{
    const Api::Webhook old = m_move.pending.takeFirst();
    if (!error.ok()) {
        failMove(tr("Could not delete the webhook to %1").arg(old.url.toDisplayString()), error);
        return;
    }
    m_session->forgetWebhook(old.id);
    ++m_move.done;
    emit deleted(old);
    moveNext();
}

void WebhookActions::failMove(const QString &what, const Api::ApiError &error)
{
    m_move = {};
    finish();
    emit failed(what, error);
    refresh();
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
    // The details are the API's words: shown with their control characters escaped, as summary() does.
    QStringList lines{error.summary()};
    for (const Api::ExtraDetail &item : error.extraDetails)
        lines.append(Base::visibleText(tr("%1: %2").arg(item.name, item.reason)));
    for (const Base::FieldError &item : error.fieldErrors)
        lines.append(tr("%1: %2").arg(item.field, item.message));
    if (!error.traceId.isEmpty())
        lines.append(tr("Trace id: %1").arg(Base::visibleText(error.traceId)));
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
