// SPDX-License-Identifier: MIT
#include "workbench/profilesession.h"

#include "api/tokenprovider.h"
#include "credentials/profilestore.h"
#include "credentials/profilewithsecrets.h"
#include "credentials/secretresolver.h"
#include "credentials/storagelocations.h"

#include <QNetworkAccessManager>

namespace Workbench {

using Credentials::SecretResult;
using Credentials::StorageLocations;

ProfileSession::ProfileSession(QNetworkAccessManager *network, Credentials::ProfileStore *profiles,
                               Credentials::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_network(network), m_profiles(profiles), m_secrets(secrets)
{}

// The APIs go before the client they use, the client before anything it calls back into.
ProfileSession::~ProfileSession()
{
    m_payments.reset();
    m_webhooks.reset();
    m_client.reset();
}

void ProfileSession::activate(const Credentials::Profile &profile)
{
    m_answers.dropPending();
    m_profile = profile;
    m_payments.reset();
    m_webhooks.reset();
    m_client.reset();
    m_webhookSecrets.clear();
    m_missing.clear();
    m_keychainProblem.clear();
    setState(State::Loading);
    load();
}

void ProfileSession::load()
{
    Credentials::SecretRequest request;
    request.webhookIds = m_profiles->webhookIds(m_profile.name);
    Credentials::SecretResolver::resolve(
        m_secrets, m_profile, request,
        m_answers.guard([this](const Credentials::ResolvedSecrets &secrets) { loaded(secrets); }));
}

void ProfileSession::loaded(const Credentials::ResolvedSecrets &secrets)
{
    for (const Credentials::ResolvedWebhookSecret &webhook : secrets.webhookSecrets) {
        if (webhook.secret.found())
            m_webhookSecrets.append(Signature::Secret::ofWebhook(webhook.webhookId, webhook.secret.value));
    }
    noteMissing(secrets.clientSecret, tr("client secret"));
    noteMissing(secrets.subscriptionKey, tr("subscription key"));
    build(secrets.clientSecret.text(), secrets.subscriptionKey.text());
    emit webhookSecretsChanged(m_webhookSecrets);
}

// "Not found" is only missing; anything else is also the keychain's problem, which the first one explains.
void ProfileSession::noteMissing(const Credentials::ResolvedSecret &secret, const QString &label)
{
    if (!secret.isMissing())
        return;
    m_missing.append(label);
    if (secret.status != SecretResult::Status::NotFound && m_keychainProblem.isEmpty())
        m_keychainProblem = secret.message;
}

void ProfileSession::build(const QString &clientSecret, const QString &subscriptionKey)
{
    m_clientSecret = clientSecret;
    m_subscriptionKey = subscriptionKey;
    Api::ClientConfig config = Api::ClientConfig::fromProfile(m_profile, clientSecret, subscriptionKey);
    if (m_profile.environment == Credentials::Environment::Simulator && m_simulatorUrl.isValid())
        config.baseUrl = m_simulatorUrl;
    m_payments.reset();
    m_webhooks.reset();
    m_client = std::make_unique<Api::ApiClient>(m_network, config);
    connect(m_client.get(), &Api::ApiClient::callFinished, this, &ProfileSession::callFinished);
    connect(m_client->tokens(), &Api::TokenProvider::tokenChanged, this, &ProfileSession::tokenChanged);
    m_webhooks = std::make_unique<Api::WebhooksApi>(m_client.get());
    m_payments = std::make_unique<Api::EPaymentApi>(m_client.get());
    setState(State::Ready);
}

void ProfileSession::setSimulatorUrl(const QUrl &url)
{
    if (url == m_simulatorUrl)
        return;
    m_simulatorUrl = url;
    if (m_state == State::Ready && m_profile.environment == Credentials::Environment::Simulator)
        build(m_clientSecret, m_subscriptionKey);
}

void ProfileSession::saveKeys(const QString &clientSecret, const QString &subscriptionKey,
                              std::function<void(const QString &error)> done)
{
    auto rebuild = m_answers.guard([this, clientSecret, subscriptionKey] {
        m_missing.clear();
        build(clientSecret, subscriptionKey);
    });
    Credentials::ProfileWithSecrets::writeKeys(m_secrets, m_profile.name, clientSecret.toUtf8(),
                                               subscriptionKey.toUtf8(),
                                               [rebuild, done = std::move(done)](const QString &error) {
                                                   if (error.isEmpty())
                                                       rebuild();
                                                   done(error);
                                               });
}

void ProfileSession::rememberWebhook(const QString &webhookId, const QByteArray &secret)
{
    m_secrets->write(StorageLocations::webhookSecretKey(m_profile.name, webhookId), secret,
                     [](const SecretResult &) {});
    m_profiles->addWebhookId(m_profile.name, webhookId);
    m_webhookSecrets.append(Signature::Secret::ofWebhook(webhookId, secret));
    emit webhookSecretsChanged(m_webhookSecrets);
}

void ProfileSession::forgetWebhook(const QString &webhookId)
{
    m_secrets->remove(StorageLocations::webhookSecretKey(m_profile.name, webhookId), [](const SecretResult &) {});
    m_profiles->removeWebhookId(m_profile.name, webhookId);
    m_webhookSecrets.removeIf([&webhookId](const Signature::Secret &secret) { return secret.webhookId == webhookId; });
    emit webhookSecretsChanged(m_webhookSecrets);
}

QString ProfileSession::storageNotice() const
{
    if (!secretsInMemoryOnly())
        return {};
    return tr("No keychain was found on this computer, so the keys and webhook secrets you enter are kept in memory "
              "until the app quits.");
}

bool ProfileSession::holdsSecretFor(const QString &webhookId) const
{
    return std::any_of(m_webhookSecrets.cbegin(), m_webhookSecrets.cend(),
                       [&webhookId](const Signature::Secret &secret) { return secret.webhookId == webhookId; });
}

bool ProfileSession::canTakeSecretFor(const Signature::Verification &verification) const
{
    return m_state == State::Ready && verification.webhookSecretUnknown && !verification.webhookId.isEmpty() &&
           !holdsSecretFor(verification.webhookId);
}

void ProfileSession::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace Workbench
