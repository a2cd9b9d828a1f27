// SPDX-License-Identifier: MIT
#include "workbench/profilesession.h"

#include "credentials/profilestore.h"
#include "credentials/secretbatch.h"
#include "credentials/secretstore.h"
#include "api/tokenprovider.h"
#include "sim/simulatorprofile.h"

#include <QNetworkAccessManager>

namespace Workbench {

using Credentials::SecretResult;
using Credentials::SecretStore;

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
    m_profile = profile;
    m_payments.reset();
    m_webhooks.reset();
    m_client.reset();
    m_webhookSecrets.clear();
    m_missing.clear();
    m_keychainProblem.clear();
    setState(State::Loading);
    load(++m_generation);
}

void ProfileSession::load(quint64 generation)
{
    const QString name = m_profile.name;
    const QStringList webhookIds = m_profiles->webhookIds(name);
    QStringList keys{SecretStore::clientSecretKey(name), SecretStore::subscriptionKeyKey(name)};
    for (const QString &id : webhookIds)
        keys.append(SecretStore::webhookSecretKey(name, id));
    Credentials::SecretBatch::read(m_secrets, keys, [this, generation, name, webhookIds](const auto &results) {
        if (generation != m_generation)
            return;
        for (const QString &id : webhookIds) {
            const SecretResult result = results.value(SecretStore::webhookSecretKey(name, id));
            if (result.ok())
                m_webhookSecrets.append({id, result.value, tr("webhook %1").arg(id)});
        }
        const QString clientSecret =
            secretOrDemo(SecretStore::clientSecretKey(name), tr("client secret"),
                         results.value(SecretStore::clientSecretKey(name)));
        const QString subscriptionKey =
            secretOrDemo(SecretStore::subscriptionKeyKey(name), tr("subscription key"),
                         results.value(SecretStore::subscriptionKeyKey(name)));
        build(clientSecret, subscriptionKey);
        emit webhookSecretsChanged(m_webhookSecrets);
    });
}

QString ProfileSession::secretOrDemo(const QString &key, const QString &label, const SecretResult &result)
{
    if (result.ok())
        return QString::fromUtf8(result.value);
    if (const std::optional<QString> demo = Sim::SimulatorProfile::demoSecret(m_profile, key))
        return *demo;
    m_missing.append(label);
    if (result.status != SecretResult::Status::NotFound && m_keychainProblem.isEmpty())
        m_keychainProblem = result.message;
    return {};
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
    const QString name = m_profile.name;
    const quint64 generation = m_generation;
    auto finish = [this, generation, clientSecret, subscriptionKey, done](const SecretResult &result) {
        if (generation == m_generation && result.ok()) {
            m_missing.clear();
            build(clientSecret, subscriptionKey);
        }
        done(result.ok() ? QString() : result.message);
    };
    m_secrets->write(SecretStore::clientSecretKey(name), clientSecret.toUtf8(),
                     [this, name, subscriptionKey, finish, done](const SecretResult &result) {
                         if (!result.ok()) {
                             done(result.message);
                             return;
                         }
                         m_secrets->write(SecretStore::subscriptionKeyKey(name), subscriptionKey.toUtf8(), finish);
                     });
}

void ProfileSession::rememberWebhook(const QString &webhookId, const QByteArray &secret)
{
    m_secrets->write(SecretStore::webhookSecretKey(m_profile.name, webhookId), secret, [](const SecretResult &) {});
    m_profiles->addWebhookId(m_profile.name, webhookId);
    m_webhookSecrets.append({webhookId, secret, tr("webhook %1").arg(webhookId)});
    emit webhookSecretsChanged(m_webhookSecrets);
}

void ProfileSession::forgetWebhook(const QString &webhookId)
{
    m_secrets->remove(SecretStore::webhookSecretKey(m_profile.name, webhookId), [](const SecretResult &) {});
    m_profiles->removeWebhookId(m_profile.name, webhookId);
    m_webhookSecrets.removeIf([&webhookId](const Signature::Secret &secret) { return secret.webhookId == webhookId; });
    emit webhookSecretsChanged(m_webhookSecrets);
}

bool ProfileSession::holdsSecretFor(const QString &webhookId) const
{
    return std::any_of(m_webhookSecrets.cbegin(), m_webhookSecrets.cend(),
                       [&webhookId](const Signature::Secret &secret) { return secret.webhookId == webhookId; });
}

void ProfileSession::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace Workbench
