// SPDX-License-Identifier: MIT
// The active profile as the app's panels use it: its keys read from the keychain (Credentials::SecretResolver
// says when the simulator's public demo keys stand in), one API client with the Webhooks and ePayment APIs on it,
// and the webhook secrets this app holds for the profile, which the receiver verifies with.
#pragma once

#include "api/apiclient.h"
#include "api/epaymentapi.h"
#include "api/webhooksapi.h"
#include "base/answerguard.h"
#include "credentials/profile.h"
#include "credentials/secretstore.h"
#include "signature/secret.h"
#include "signature/verification.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Credentials {
class ProfileStore;
struct ResolvedSecret;
struct ResolvedSecrets;
} // namespace Credentials

namespace Workbench {

class ProfileSession : public QObject
{
    Q_OBJECT

public:
    enum class State { NoProfile, Loading, Ready };

    // None of the three is owned; all must outlive the session.
    ProfileSession(QNetworkAccessManager *network, Credentials::ProfileStore *profiles,
                   Credentials::SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileSession() override;

    // Reads the profile's keys and webhook secrets, then builds its client: Loading, then Ready.
    void activate(const Credentials::Profile &profile);
    // Where a Simulator-environment profile calls in this app: the in-process simulator's address.
    void setSimulatorUrl(const QUrl &url);

    State state() const { return m_state; }
    const Credentials::Profile &profile() const { return m_profile; }
    Api::ApiClient *client() const { return m_client.get(); }       // null unless Ready
    Api::WebhooksApi *webhooks() const { return m_webhooks.get(); }  // null unless Ready
    Api::EPaymentApi *payments() const { return m_payments.get(); } // null unless Ready
    // "client secret", "subscription key": what the keychain did not have (empty for a complete profile).
    QStringList missingSecrets() const { return m_missing; }
    // Why the keychain could not be used, for the user; empty when it could.
    QString keychainProblem() const { return m_keychainProblem; }
    // Without a keychain the secrets are kept in memory until the app quits (Credentials::FallbackSecretStore).
    bool secretsInMemoryOnly() const { return m_secrets->isMemoryFallback(); }
    // That, said once in plain words for a banner; empty while there is a keychain.
    QString storageNotice() const;
    // Where the profiles' secrets are, for renaming and deleting a profile with them (ProfileWithSecrets).
    Credentials::SecretStore *secretStore() const { return m_secrets; }

    // Saves both keys for the profile and rebuilds the client with them; done(error) with an empty error on success.
    void saveKeys(const QString &clientSecret, const QString &subscriptionKey,
                  std::function<void(const QString &error)> done);
    // After a register call: keeps the secret in the keychain and the id in the profile, and hands it to the receiver.
    void rememberWebhook(const QString &webhookId, const QByteArray &secret);
    // After a delete call.
    void forgetWebhook(const QString &webhookId);
    const Signature::SecretList &webhookSecrets() const { return m_webhookSecrets; }
    bool holdsSecretFor(const QString &webhookId) const;
    // A delivery was checked without the secret of the webhook it names, and this session could keep that secret
    // (rememberWebhook): the inspector offers to add it.
    bool canTakeSecretFor(const Signature::Verification &verification) const;

signals:
    void stateChanged(Workbench::ProfileSession::State state);
    void callFinished(const Api::CallRecord &record);
    void tokenChanged(const QDateTime &expiresOn);
    void webhookSecretsChanged(const Signature::SecretList &secrets);

private:
    void load();
    void loaded(const Credentials::ResolvedSecrets &secrets);
    void noteMissing(const Credentials::ResolvedSecret &secret, const QString &label);
    void build(const QString &clientSecret, const QString &subscriptionKey);
    void setState(State state);

    QNetworkAccessManager *m_network;
    Credentials::ProfileStore *m_profiles;
    Credentials::SecretStore *m_secrets;
    Credentials::Profile m_profile;
    QUrl m_simulatorUrl;
    State m_state = State::NoProfile;
    Base::AnswerGuard m_answers; // answers for an earlier activate() are dropped
    QStringList m_missing;
    QString m_keychainProblem;
    QString m_clientSecret;
    QString m_subscriptionKey;
    Signature::SecretList m_webhookSecrets;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::WebhooksApi> m_webhooks;
    std::unique_ptr<Api::EPaymentApi> m_payments;
};

} // namespace Workbench
