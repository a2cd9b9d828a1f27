// SPDX-License-Identifier: MIT
// The app's active profile: keys from the keychain or, for a simulator profile with none, the demo keys; a client
// that reaches the in-process simulator; saved keys; webhook secrets remembered and forgotten; and answers
// for a profile the user already left are dropped.
#include "api/accesstoken.h"
#include "api/tokenprovider.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "faultysecretstore.h"
#include "http/server.h"
#include "markingtranslator.h"
#include "nokeychain.h"
#include "sim/simulator.h"
#include "sim/simulatorprofile.h"
#include "workbench/profilesession.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Credentials::SecretStore;
using Workbench::ProfileSession;

class TstProfileSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void simulatorProfileNeedsNoKeys();
    void realProfileWithoutKeysSaysWhatIsMissing();
    void refusedKeychainIsReportedEvenForTheSimulator();
    void withoutAKeychainItSaysMemoryInPlainWords();
    void savedKeysAreUsed();
    void webhookSecretsRememberedAndReloaded();
    void webhookSecretNamedInEnglishAndInTheUserLanguage();
    void forgottenWebhookIsGone();
    void secretOfAnUnknownWebhookCanBeTaken();
    void laterActivationWins();

private:
    Credentials::Profile testProfile() const;
    bool activate(const Credentials::Profile &profile);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfileSession> m_session;
};

void TstProfileSession::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    QVERIFY(m_profiles->save(testProfile()));
    QVERIFY(m_profiles->save(Sim::SimulatorProfile::defaultProfile()));
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<ProfileSession>(m_network.get(), m_profiles.get(), m_secrets.get());
}

void TstProfileSession::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

Credentials::Profile TstProfileSession::testProfile() const
{
    Credentials::Profile profile;
    profile.name = QStringLiteral("acme-test");
    profile.environment = Credentials::Environment::Test;
    profile.clientId = QStringLiteral("acme-client");
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

bool TstProfileSession::activate(const Credentials::Profile &profile)
{
    m_session->activate(profile);
    return QTest::qWaitFor([this] { return m_session->state() == ProfileSession::State::Ready; }, 5000);
}

void TstProfileSession::simulatorProfileNeedsNoKeys()
{
    Sim::Simulator simulator;
    Http::Server server(&simulator);
    QString error;
    QVERIFY2(server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const Credentials::Profile profile = Sim::SimulatorProfile::defaultProfile();
    m_session->setSimulatorUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY(activate(profile));
    QVERIFY(m_session->missingSecrets().isEmpty());
    QVERIFY(m_session->client());

    QSignalSpy token(m_session.get(), &ProfileSession::tokenChanged);
    QSignalSpy calls(m_session.get(), &ProfileSession::callFinished);
    bool answered = false;
    Api::ApiError failure;
    m_session->client()->tokens()->token([&](const Api::AccessToken *, const Api::ApiError &error) {
        answered = true;
        failure = error;
    });
    QTRY_VERIFY(answered);
    QVERIFY2(failure.ok(), qPrintable(failure.summary()));
    QCOMPARE(token.count(), 1);
    QCOMPARE(calls.count(), 1);
    QVERIFY(token.first().first().toDateTime().isValid());
}

void TstProfileSession::realProfileWithoutKeysSaysWhatIsMissing()
{
    QVERIFY(activate(testProfile()));
    QCOMPARE(m_session->missingSecrets(), (QStringList{QStringLiteral("client secret"),
                                                        QStringLiteral("subscription key")}));
    QVERIFY(m_session->keychainProblem().isEmpty()); // not found is not a keychain problem
}

// The demo keys stand in only where the keychain has none: a refusal is the user's to know about.
void TstProfileSession::refusedKeychainIsReportedEvenForTheSimulator()
{
    FaultySecretStore refusing;
    refusing.failOn(FaultySecretStore::Call::Read, QStringLiteral("profiles/"), FaultySecretStore::Status::Denied);
    ProfileSession session(m_network.get(), m_profiles.get(), &refusing);
    session.activate(Sim::SimulatorProfile::defaultProfile());
    QTRY_COMPARE(session.state(), ProfileSession::State::Ready);
    QCOMPARE(session.missingSecrets(),
             (QStringList{QStringLiteral("client secret"), QStringLiteral("subscription key")}));
    QCOMPARE(session.keychainProblem(),
             QStringLiteral("The test's keychain said no to profiles/simulator/client_secret."));
}

// No keychain: the secrets live in memory, which the session says once, without the keychain's own error text.
void TstProfileSession::withoutAKeychainItSaysMemoryInPlainWords()
{
    NoKeychain noKeychain;
    ProfileSession session(m_network.get(), m_profiles.get(), &noKeychain.store);
    QCOMPARE(session.storageNotice(), QString()); // nothing is known before the keychain is asked
    session.activate(testProfile());
    QTRY_COMPARE(session.state(), ProfileSession::State::Ready);
    QVERIFY(session.secretsInMemoryOnly());
    QCOMPARE(session.storageNotice(),
             QStringLiteral("No keychain was found on this computer, so the keys and webhook secrets you enter are "
                            "kept in memory until the app quits."));
    QVERIFY(session.keychainProblem().isEmpty()); // the keys are missing, not refused
    QVERIFY(noKeychain.store.fallbackReason().contains(QLatin1String("The test's keychain said no")));
    QVERIFY(!m_session->secretsInMemoryOnly()); // a store that is a keychain, as far as anyone knows
}

void TstProfileSession::savedKeysAreUsed()
{
    QVERIFY(activate(testProfile()));
    QString saveError = QStringLiteral("not answered");
    m_session->saveKeys(QStringLiteral("the-client-secret"), QStringLiteral("the-subscription-key"),
                        [&saveError](const QString &error) { saveError = error; });
    QTRY_VERIFY(saveError != QLatin1String("not answered"));
    QVERIFY(saveError.isEmpty());
    QVERIFY(m_session->missingSecrets().isEmpty());
    QVERIFY(activate(testProfile())); // read back from the store
    QVERIFY(m_session->missingSecrets().isEmpty());
}

void TstProfileSession::webhookSecretsRememberedAndReloaded()
{
    QVERIFY(activate(testProfile()));
    QSignalSpy changed(m_session.get(), &ProfileSession::webhookSecretsChanged);
    m_session->rememberWebhook(QStringLiteral("hook-1"), "first-webhook-secret");
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_session->holdsSecretFor(QStringLiteral("hook-1")));
    QVERIFY(!m_session->holdsSecretFor(QStringLiteral("hook-2")));
    QCOMPARE(m_profiles->webhookIds(QStringLiteral("acme-test")), QStringList{QStringLiteral("hook-1")});

    QVERIFY(activate(testProfile()));
    QTRY_COMPARE(m_session->webhookSecrets().size(), 1);
    const Signature::Secret secret = m_session->webhookSecrets().first();
    QCOMPARE(secret.webhookId, QStringLiteral("hook-1"));
    QCOMPARE(secret.value, QByteArray("first-webhook-secret"));
    QVERIFY(!secret.label.english().contains(QLatin1String("first-webhook-secret")));
}

// The label goes into the reasons: English in the journal, the user's language on screen.
void TstProfileSession::webhookSecretNamedInEnglishAndInTheUserLanguage()
{
    const MarkingTranslator translator;
    QVERIFY(activate(testProfile()));
    m_session->rememberWebhook(QStringLiteral("hook-1"), "first-webhook-secret");
    QCOMPARE(m_session->webhookSecrets().size(), 1);
    const Signature::Phrase label = m_session->webhookSecrets().first().label;
    QCOMPARE(label.english(), QStringLiteral("webhook hook-1"));
    QCOMPARE(label.translated(), QStringLiteral("[nb] webhook hook-1"));
}

void TstProfileSession::forgottenWebhookIsGone()
{
    QVERIFY(activate(testProfile()));
    m_session->rememberWebhook(QStringLiteral("hook-1"), "first-webhook-secret");
    m_session->forgetWebhook(QStringLiteral("hook-1"));
    QVERIFY(!m_session->holdsSecretFor(QStringLiteral("hook-1")));
    QVERIFY(m_profiles->webhookIds(QStringLiteral("acme-test")).isEmpty());
    QVERIFY(activate(testProfile()));
    QVERIFY(m_session->webhookSecrets().isEmpty());
}

// The inspector offers to add a webhook's secret only for a delivery that lacked it, while a profile is in use.
void TstProfileSession::secretOfAnUnknownWebhookCanBeTaken()
{
    Signature::Verification lacking;
    lacking.result = Signature::Result::Invalid;
    lacking.webhookId = QStringLiteral("hook-elsewhere");
    lacking.webhookSecretUnknown = true;
    QVERIFY(!m_session->canTakeSecretFor(lacking)); // no profile in use to keep it with
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(m_session->canTakeSecretFor(lacking));

    Signature::Verification otherCause = lacking;
    otherCause.webhookSecretUnknown = false; // e.g. a wrong host: adding a secret would not help
    QVERIFY(!m_session->canTakeSecretFor(otherCause));
    Signature::Verification noId = lacking;
    noId.webhookId.clear();
    QVERIFY(!m_session->canTakeSecretFor(noId));

    m_session->rememberWebhook(QStringLiteral("hook-elsewhere"), "secret-from-elsewhere");
    QVERIFY(!m_session->canTakeSecretFor(lacking)); // held now
}

void TstProfileSession::laterActivationWins()
{
    QSignalSpy states(m_session.get(), &ProfileSession::stateChanged);
    m_session->activate(testProfile());
    m_session->activate(Sim::SimulatorProfile::defaultProfile());
    QTRY_COMPARE(m_session->state(), ProfileSession::State::Ready);
    QCOMPARE(m_session->profile().name, Sim::SimulatorProfile::name());
    QVERIFY(m_session->missingSecrets().isEmpty());
    int ready = 0;
    for (const QList<QVariant> &arguments : std::as_const(states))
        ready += arguments.first().value<ProfileSession::State>() == ProfileSession::State::Ready;
    QCOMPARE(ready, 1);
}

QTEST_GUILESS_MAIN(TstProfileSession)
#include "tst_profilesession.moc"
