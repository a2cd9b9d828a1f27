// SPDX-License-Identifier: MIT
// The one rule on a profile's keys: a simulator profile takes the public demo keys where the keychain has none or
// there is no keychain, a refused or failed read is reported, every other profile reports what is missing; the
// webhook secrets come in the same batch, a missing one without a stand-in.
#include "credentials/demokeys.h"
#include "credentials/secretresolver.h"
#include "credentials/storagelocations.h"
#include "faultysecretstore.h"

#include <QTest>

#include <memory>
#include <optional>

using Credentials::DemoKeys;
using Credentials::Environment;
using Credentials::Profile;
using Credentials::ResolvedSecret;
using Credentials::ResolvedSecrets;
using Credentials::SecretRequest;
using Credentials::SecretResolver;
using Credentials::StorageLocations;
using Source = Credentials::ResolvedSecret::Source;
using Status = Credentials::SecretResult::Status;

Q_DECLARE_METATYPE(Credentials::Environment)
Q_DECLARE_METATYPE(Credentials::ResolvedSecret::Source)
Q_DECLARE_METATYPE(Credentials::SecretResult::Status)

namespace {

Profile profileIn(Environment environment)
{
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.environment = environment;
    profile.clientId = QStringLiteral("acme-client");
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

void store(Credentials::SecretStore &secrets, const QString &key, const QByteArray &value)
{
    secrets.write(key, value, {});
}

} // namespace

class TestSecretResolver : public QObject
{
    Q_OBJECT

private slots:
    void keysByEnvironmentAndAnswer_data();
    void keysByEnvironmentAndAnswer();
    void storedKeysWinOverTheDemoKeys();
    void webhookSecretsInTheSameBatch();
    void missingWebhookSecretHasNoStandIn();
    void readsOnlyWhatIsAsked();
    void answersLaterAndNotWhenTheStoreIsGone();

private:
    // Waits for the one answer; nullopt when none came or more than one did.
    std::optional<ResolvedSecrets> resolve(Credentials::SecretStore *secrets, const Profile &profile,
                                           const SecretRequest &request = SecretRequest());
};

std::optional<ResolvedSecrets> TestSecretResolver::resolve(Credentials::SecretStore *secrets, const Profile &profile,
                                                           const SecretRequest &request)
{
    int answers = 0;
    ResolvedSecrets resolved;
    SecretResolver::resolve(secrets, profile, request, [&](const ResolvedSecrets &answer) {
        ++answers;
        resolved = answer;
    });
    if (!QTest::qWaitFor([&answers] { return answers > 0; }, 5000))
        return std::nullopt;
    QCoreApplication::processEvents(); // a second answer would come now
    return answers == 1 ? std::optional(resolved) : std::nullopt;
}

void TestSecretResolver::keysByEnvironmentAndAnswer_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<Status>("answer"); // the keychain's answer to both reads
    QTest::addColumn<Source>("source");

    QTest::newRow("simulator, nothing stored") << Environment::Simulator << Status::NotFound << Source::Demo;
    QTest::newRow("simulator, no keychain") << Environment::Simulator << Status::Unavailable << Source::Demo;
    QTest::newRow("simulator, access denied") << Environment::Simulator << Status::Denied << Source::Missing;
    QTest::newRow("simulator, keychain failed") << Environment::Simulator << Status::Failed << Source::Missing;
    QTest::newRow("test, nothing stored") << Environment::Test << Status::NotFound << Source::Missing;
    QTest::newRow("test, no keychain") << Environment::Test << Status::Unavailable << Source::Missing;
    QTest::newRow("test, access denied") << Environment::Test << Status::Denied << Source::Missing;
    QTest::newRow("production, nothing stored") << Environment::Production << Status::NotFound << Source::Missing;
    QTest::newRow("custom, nothing stored") << Environment::Custom << Status::NotFound << Source::Missing;
}

void TestSecretResolver::keysByEnvironmentAndAnswer()
{
    QFETCH(Environment, environment);
    QFETCH(Status, answer);
    QFETCH(Source, source);
    FaultySecretStore secrets; // empty: every read is NotFound unless told otherwise
    if (answer != Status::NotFound)
        secrets.failOn(FaultySecretStore::Call::Read, QStringLiteral("profiles/"), answer);

    const std::optional<ResolvedSecrets> resolved = resolve(&secrets, profileIn(environment));
    QVERIFY(resolved);
    const QList<std::pair<ResolvedSecret, QString>> keys{{resolved->clientSecret, DemoKeys::clientSecret()},
                                                         {resolved->subscriptionKey, DemoKeys::subscriptionKey()}};
    for (const auto &[key, demo] : keys) {
        QCOMPARE(key.source, source);
        QCOMPARE(key.status, answer);
        QCOMPARE(key.found(), source == Source::Demo);
        QCOMPARE(key.isMissing(), source == Source::Missing);
        QVERIFY(key.text() == (source == Source::Demo ? demo : QString()));
        // A refusal or failure carries the keychain's words for the one who reports it.
        if (answer == Status::Denied || answer == Status::Failed)
            QVERIFY(key.message.contains(QLatin1String("said no")));
    }
    QVERIFY(resolved->webhookSecrets.isEmpty());
}

void TestSecretResolver::storedKeysWinOverTheDemoKeys()
{
    FaultySecretStore secrets;
    const Profile profile = profileIn(Environment::Simulator);
    store(secrets, StorageLocations::clientSecretKey(profile.name), "own-client-secret");
    store(secrets, StorageLocations::subscriptionKeyKey(profile.name), "own-subscription-key");

    const std::optional<ResolvedSecrets> resolved = resolve(&secrets, profile);
    QVERIFY(resolved);
    QCOMPARE(resolved->clientSecret.source, Source::Keychain);
    QVERIFY(resolved->clientSecret.value == "own-client-secret");
    QCOMPARE(resolved->subscriptionKey.source, Source::Keychain);
    QVERIFY(resolved->subscriptionKey.value == "own-subscription-key");
}

void TestSecretResolver::webhookSecretsInTheSameBatch()
{
    FaultySecretStore secrets;
    const Profile profile = profileIn(Environment::Test);
    store(secrets, StorageLocations::clientSecretKey(profile.name), "client-secret-1");
    store(secrets, StorageLocations::subscriptionKeyKey(profile.name), "subscription-key-1");
    store(secrets, StorageLocations::webhookSecretKey(profile.name, QStringLiteral("hook-1")), "webhook-secret-1");
    store(secrets, StorageLocations::webhookSecretKey(profile.name, QStringLiteral("hook-3")), "webhook-secret-3");
    secrets.calls.clear();

    SecretRequest request;
    request.webhookIds = {QStringLiteral("hook-1"), QStringLiteral("hook-2"), QStringLiteral("hook-3")};
    const std::optional<ResolvedSecrets> resolved = resolve(&secrets, profile, request);
    QVERIFY(resolved);
    QStringList reads;
    for (const QString &key : StorageLocations::secretKeys(profile.name, request.webhookIds))
        reads.append(QStringLiteral("read ") + key);
    QCOMPARE(secrets.calls, reads); // one read each, one after another, one answer for all

    QCOMPARE(resolved->clientSecret.source, Source::Keychain);
    QCOMPARE(resolved->subscriptionKey.source, Source::Keychain);
    const QList<Credentials::ResolvedWebhookSecret> &webhooks = resolved->webhookSecrets;
    QCOMPARE(webhooks.size(), 3);
    QCOMPARE(webhooks.at(0).webhookId, QStringLiteral("hook-1"));
    QCOMPARE(webhooks.at(0).secret.source, Source::Keychain);
    QVERIFY(webhooks.at(0).secret.value == "webhook-secret-1");
    // The missing one is there to be warned about, with why, and nothing in its place.
    QCOMPARE(webhooks.at(1).webhookId, QStringLiteral("hook-2"));
    QCOMPARE(webhooks.at(1).secret.source, Source::Missing);
    QCOMPARE(webhooks.at(1).secret.status, Status::NotFound);
    QVERIFY(webhooks.at(1).secret.value.isEmpty());
    QCOMPARE(webhooks.at(2).webhookId, QStringLiteral("hook-3"));
    QVERIFY(webhooks.at(2).secret.value == "webhook-secret-3");
}

void TestSecretResolver::missingWebhookSecretHasNoStandIn()
{
    FaultySecretStore secrets;
    SecretRequest request;
    request.webhookIds = {QStringLiteral("hook-1")};
    const std::optional<ResolvedSecrets> resolved = resolve(&secrets, profileIn(Environment::Simulator), request);
    QVERIFY(resolved);
    QCOMPARE(resolved->clientSecret.source, Source::Demo);
    QCOMPARE(resolved->webhookSecrets.size(), 1);
    QCOMPARE(resolved->webhookSecrets.first().secret.source, Source::Missing);
    QCOMPARE(resolved->webhookSecrets.first().secret.status, Status::NotFound);
}

void TestSecretResolver::readsOnlyWhatIsAsked()
{
    FaultySecretStore secrets;
    const Profile profile = profileIn(Environment::Test);
    SecretRequest request;
    request.clientSecret = false; // e.g. given in VIPPS_CLIENT_SECRET
    const std::optional<ResolvedSecrets> resolved = resolve(&secrets, profile, request);
    QVERIFY(resolved);
    QCOMPARE(secrets.calls, QStringList{QStringLiteral("read ") + StorageLocations::subscriptionKeyKey(profile.name)});
    QCOMPARE(resolved->clientSecret.source, Source::NotRead);
    QVERIFY(!resolved->clientSecret.found() && !resolved->clientSecret.isMissing());
    QCOMPARE(resolved->subscriptionKey.source, Source::Missing);

    request.subscriptionKey = false;
    secrets.calls.clear();
    QVERIFY(resolve(&secrets, profile, request)); // nothing to read still answers, later
    QVERIFY(secrets.calls.isEmpty());
}

void TestSecretResolver::answersLaterAndNotWhenTheStoreIsGone()
{
    auto secrets = std::make_unique<FaultySecretStore>();
    bool answered = false;
    SecretResolver::resolve(secrets.get(), profileIn(Environment::Simulator), SecretRequest(),
                            [&answered](const ResolvedSecrets &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);

    answered = false;
    FaultySecretStore witness;
    bool witnessAnswered = false;
    SecretResolver::resolve(secrets.get(), profileIn(Environment::Simulator), SecretRequest(),
                            [&answered](const ResolvedSecrets &) { answered = true; });
    SecretResolver::resolve(&witness, profileIn(Environment::Simulator), SecretRequest(),
                            [&witnessAnswered](const ResolvedSecrets &) { witnessAnswered = true; });
    secrets.reset();
    QTRY_VERIFY(witnessAnswered);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
