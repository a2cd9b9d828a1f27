// SPDX-License-Identifier: MIT
// The keychain path end to end: `webhooks register --profile` stores the secret, `listen --profile`
// verifies with it, `webhooks delete` removes it; a key the keychain lacks is named with its variable. Runs inside a
// private Secret Service (tests/run-with-keyring.sh); without one it is skipped.
#include "cannedserver.h"
#include "credentials/profilestore.h"
#include "rawhttpclient.h"
#include "signature/signer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QByteArray WebhookSecret = QByteArrayLiteral("keychain-test-webhook-secret-7f3a9c");
const QString WebhookId = QStringLiteral("0b3f6a1e-5d2c-4c8e-9a7b-1f2e3d4c5b6a");
const QString Profile = QStringLiteral("keyring-demo");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerStoresSecretAndListenUsesIt();
    void keyMissingFromTheKeychainNamesItsVariable();

private:
    QProcessEnvironment environment() const;
    // unset: variables of environment() this run goes without.
    Run run(const QStringList &arguments, const QStringList &unset = {});
    void saveProfile();
    QStringList storedWebhookIds() const;
    quint16 startListener(QProcess *listener);

    QTemporaryDir m_config;
    CannedServer m_server;
};

void TestCliKeychain::initTestCase()
{
    if (!qEnvironmentVariableIsSet("VWB_REQUIRE_KEYCHAIN"))
        QSKIP("needs a Secret Service: CTest runs this through tests/run-with-keyring.sh");
    QVERIFY(m_config.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_server.setResponder("/accesstoken/get", [](const Http::Request &) {
        return Http::Response::json(200, R"({"token_type":"Bearer","expires_in":"3600","access_token":"tok-1"})");
    });
    m_server.enqueueJson("/webhooks/v1/webhooks", 201,
                         R"({"id":")" + WebhookId.toUtf8() + R"(","secret":")" + WebhookSecret + R"("})");
    m_server.enqueue("/webhooks/v1/webhooks/" + WebhookId.toUtf8(), Http::Response::json(204, {}));
    saveProfile();
}

QProcessEnvironment TestCliKeychain::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.insert(QStringLiteral("VIPPS_CLIENT_SECRET"), QStringLiteral("client-secret-for-test"));
    environment.insert(QStringLiteral("VIPPS_SUBSCRIPTION_KEY"), QStringLiteral("subscription-key-for-test"));
    return environment;
}

// The fake Vipps answers from this process's event loop: wait with a spy, never block.
Run TestCliKeychain::run(const QStringList &arguments, const QStringList &unset)
{
    QProcess process;
    QProcessEnvironment variables = environment();
    for (const QString &name : unset)
        variables.remove(name);
    process.setProcessEnvironment(variables);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(VIPPS_HOOKS_BIN), arguments);
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCliKeychain::saveProfile()
{
    QSettings settings(m_config.filePath(QStringLiteral("vipps-workbench/profiles.ini")), QSettings::IniFormat);
    Credentials::ProfileStore store(&settings);
    Credentials::Profile profile;
    profile.name = Profile;
    profile.environment = Credentials::Environment::Custom;
    profile.baseUrl = m_server.baseUrl();
    profile.clientId = QStringLiteral("client-id-1");
    profile.merchantSerialNumber = QStringLiteral("123456");
    Base::FieldErrors errors;
    QVERIFY(store.save(profile, &errors));
}

QStringList TestCliKeychain::storedWebhookIds() const
{
    QSettings settings(m_config.filePath(QStringLiteral("vipps-workbench/profiles.ini")), QSettings::IniFormat);
    return Credentials::ProfileStore(&settings).webhookIds(Profile);
}

quint16 TestCliKeychain::startListener(QProcess *listener)
{
    listener->setProcessEnvironment(environment());
    listener->start(QStringLiteral(VIPPS_HOOKS_BIN),
                    {QStringLiteral("listen"), QStringLiteral("--profile"), Profile, QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--no-journal")});
    const QRegularExpression pattern(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray banner;
    QElapsedTimer timer;
    timer.start();
    while (!pattern.match(QString::fromUtf8(banner)).hasMatch() && timer.elapsed() < 20000 &&
           listener->state() != QProcess::NotRunning) {
        listener->waitForReadyRead(200);
        banner += listener->readAllStandardError();
    }
    return quint16(pattern.match(QString::fromUtf8(banner)).captured(1).toUInt());
}

void TestCliKeychain::registerStoresSecretAndListenUsesIt()
{
    const Run registered =
        run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--profile"), Profile,
             QStringLiteral("--no-check"), QStringLiteral("--url"), QStringLiteral("https://example.com/hooks/vipps"),
             QStringLiteral("--event"), QStringLiteral("epayments.payment.captured.v1")});
    QVERIFY2(registered.exitCode == 0, registered.err.constData());
    QCOMPARE(storedWebhookIds(), QStringList{WebhookId});
    // Stored, so not printed: the keychain holds it, a terminal's scrollback need not.
    QVERIFY2(!registered.out.contains(WebhookSecret) && !registered.err.contains(WebhookSecret),
             registered.out.constData());
    QVERIFY2(registered.out.contains("secret: in the keychain (--show-secret prints it)"), registered.out.constData());

    QProcess listener;
    const quint16 port = startListener(&listener);
    QVERIFY2(port != 0, "listen --profile did not start");
    const QByteArray body = R"({"name":"CAPTURED","reference":"keyring-0001"})";
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(port));
    QByteArray request = "POST /hooks/vipps HTTP/1.1\r\nWebhook-Id: " + WebhookId.toUtf8() + "\r\n";
    for (const Http::Header &h :
         Signature::Signer::sign(WebhookSecret, url, body, QDateTime::currentDateTimeUtc()).toHeaders())
        request += h.name + ": " + h.value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send(request);
    QCOMPARE(client.readResponse().status, 200); // verified with the secret from the keychain
    ::kill(pid_t(listener.processId()), SIGTERM);
    QVERIFY(listener.waitForFinished(10000));

    const Run deleted =
        run({QStringLiteral("webhooks"), QStringLiteral("delete"), WebhookId, QStringLiteral("--profile"), Profile});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(storedWebhookIds().isEmpty());
    QVERIFY(!deleted.out.contains(WebhookSecret) && !deleted.err.contains(WebhookSecret));
}

// A real keychain that holds nothing for the profile: the error says which key and which variable to set, for the
// key that was not given in the environment.
void TestCliKeychain::keyMissingFromTheKeychainNamesItsVariable()
{
    const QStringList token{QStringLiteral("token"), QStringLiteral("--profile"), Profile};
    const Run neither = run(token, {QStringLiteral("VIPPS_CLIENT_SECRET"), QStringLiteral("VIPPS_SUBSCRIPTION_KEY")});
    QCOMPARE(neither.exitCode, 2); // a usage error
    QVERIFY2(neither.err.contains("profile 'keyring-demo' has no client secret in the keychain. Set "
                                  "VIPPS_CLIENT_SECRET, or enter it in vipps-workbench."),
             neither.err.constData());

    const Run noSubscriptionKey = run(token, {QStringLiteral("VIPPS_SUBSCRIPTION_KEY")});
    QCOMPARE(noSubscriptionKey.exitCode, 2);
    QVERIFY2(noSubscriptionKey.err.contains("profile 'keyring-demo' has no subscription key in the keychain. Set "
                                            "VIPPS_SUBSCRIPTION_KEY, or enter it in vipps-workbench."),
             noSubscriptionKey.err.constData());
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
