// SPDX-License-Identifier: MIT
// `vipps-hooks token`, `webhooks` and `payments` as a user runs them, against a canned Vipps on loopback:
// output, exit codes, what reached the server, and that secrets stay out of the output. Then the default
// simulator profile, against the project's simulator on loopback. Every run has no keychain (a D-Bus address
// that leads nowhere), as on a machine without a Secret Service.
#include "cannedserver.h"
#include "credentials/profilestore.h"
#include "sim/simcredentials.h"
#include "sim/simulator.h"
#include "sim/simulatorprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Credentials::Environment)

namespace {

const QByteArray TokenPath = "/accesstoken/get";
const QByteArray WebhooksPath = "/webhooks/v1/webhooks";
const QByteArray PaymentsPath = "/epayment/v1/payments";
const QString ClientId = QStringLiteral("client-id-7f3a");
const QString ClientSecret = QStringLiteral("client-secret-S3CR3T");
const QString SubscriptionKey = QStringLiteral("subscription-key-K3Y");
const QString Msn = QStringLiteral("123456");
const QByteArray AccessToken = "eyJ0eXAiOiJKV1Qi.access-token-T0K3N";
const QString HookId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QByteArray HookSecret = "A0+AeKBRwebhook-secretU6FY/A==";
const QString HookUrl = QStringLiteral("https://example.com/hooks/vipps");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");
const QString Authorized = QStringLiteral("epayments.payment.authorized.v1");

QByteArray tokenBody()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return R"({"token_type":"Bearer","expires_in":"3600","ext_expires_in":"0","expires_on":")" +
           QByteArray::number(now + 3600) + R"(","not_before":")" + QByteArray::number(now) +
           R"(","resource":"00000002-0000-0000-c000-000000000000","access_token":")" + AccessToken + R"("})";
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString all() const { return QString::fromUtf8(out + err); }
    bool showsSecret() const
    {
        const QByteArray both = out + err;
        const Sim::SimCredentials demo;
        return both.contains(ClientSecret.toUtf8()) || both.contains(SubscriptionKey.toUtf8()) ||
               both.contains(AccessToken) || both.contains(demo.clientSecret.toUtf8()) ||
               both.contains(demo.subscriptionKey.toUtf8());
    }
};

// The project's simulator (token call and Webhooks API) on 127.0.0.1, a free port.
class LiveSimulator
{
public:
    LiveSimulator() : m_server(&m_simulator) {}
    bool start(QString *error) { return m_server.start(QHostAddress::LocalHost, 0, error); }
    quint16 port() const { return m_server.serverPort(); }
    Sim::Simulator &simulator() { return m_simulator; }

private:
    Sim::Simulator m_simulator;
    Http::Server m_server;
};

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndUsageErrors_data();
    void helpAndUsageErrors();
    void tokenReportsExpiry_data();
    void tokenReportsExpiry();
    void curlPrintsPlaceholdersAndSendsNothing_data();
    void curlPrintsPlaceholdersAndSendsNothing();
    void webhooksRegisterPrintsIdAndSecretOnce();
    void webhooksListShowsStoredSecrets_data();
    void webhooksListShowsStoredSecrets();
    void problemDetailsExit1();
    void paymentsCreateRefusesBeforeSending_data();
    void paymentsCreateRefusesBeforeSending();
    void paymentsCaptureDefaultsToNok();
    void unreachableServerExits3();
    void silentServerTimesOut();
    void unknownProfileListsKnownNames();
    void defaultProfileIsCreatedOnEmptyStore();
    void defaultProfileRunsTheQuickStart();
    void defaultProfileIgnoresEnvironmentClientId();
    void otherProfilesAreNamedInsteadOfDefault_data();
    void otherProfilesAreNamedInsteadOfDefault();
    void simulatorNotRunningHint_data();
    void simulatorNotRunningHint();
    void realProfileGetsNoDemoSecrets_data();
    void realProfileGetsNoDemoSecrets();

private:
    Run run(const QStringList &arguments, bool withCredentials = true, const QStringList &variables = {});
    void saveProfile(const QString &name, const QUrl &baseUrl, const QStringList &webhookIds = {},
                     Credentials::Environment environment = Credentials::Environment::Custom);
    void saveSimulatorProfile(quint16 port);
    QString profilesPath() const { return m_config.filePath(QStringLiteral("vipps-workbench/profiles.ini")); }
    QStringList savedProfileNames() const;
    QByteArray profilesFile() const;

    QTemporaryDir m_config; // XDG_CONFIG_HOME of every run: no real settings are read or written
    std::unique_ptr<CannedServer> m_server;
};

void TestCliApi::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VIPPS_HOOKS_BIN)));
    QVERIFY(m_config.isValid());
}

void TestCliApi::init()
{
    QDir(m_config.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_config.path()));
    m_server = std::make_unique<CannedServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

// The server answers from this process's event loop, so the run is waited for with a spy, not blocking.
// variables: extra "NAME=value" entries.
Run TestCliApi::run(const QStringList &arguments, bool withCredentials, const QStringList &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_config.filePath(QStringLiteral("no-bus")));
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    if (withCredentials) {
        environment.insert(QStringLiteral("VIPPS_BASE_URL"), m_server->baseUrl().toString());
        environment.insert(QStringLiteral("VIPPS_CLIENT_ID"), ClientId);
        environment.insert(QStringLiteral("VIPPS_CLIENT_SECRET"), ClientSecret);
        environment.insert(QStringLiteral("VIPPS_SUBSCRIPTION_KEY"), SubscriptionKey);
        environment.insert(QStringLiteral("VIPPS_MSN"), Msn);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
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

void TestCliApi::saveProfile(const QString &name, const QUrl &baseUrl, const QStringList &webhookIds,
                             Credentials::Environment environment)
{
    QSettings settings(profilesPath(), QSettings::IniFormat);
    Credentials::ProfileStore store(&settings);
    Credentials::Profile profile;
    profile.name = name;
    profile.environment = environment;
    profile.baseUrl = baseUrl;
    profile.clientId = ClientId;
    profile.merchantSerialNumber = Msn;
    Base::FieldErrors errors;
    QVERIFY(store.save(profile, &errors));
    for (const QString &id : webhookIds)
        store.addWebhookId(name, id);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestCliApi::saveSimulatorProfile(quint16 port)
{
    QSettings settings(profilesPath(), QSettings::IniFormat);
    Credentials::ProfileStore store(&settings);
    QVERIFY(store.save(Sim::SimulatorProfile::profile(port)));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

QStringList TestCliApi::savedProfileNames() const
{
    QSettings settings(profilesPath(), QSettings::IniFormat);
    return Credentials::ProfileStore(&settings).names();
}

QByteArray TestCliApi::profilesFile() const
{
    QFile file(profilesPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliApi::helpAndUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const auto args = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("overview lists the API commands") << args("--help") << true << 0 << QStringLiteral("payments");
    QTest::newRow("token help") << args("token --help") << true << 0 << QStringLiteral("--show-token");
    QTest::newRow("webhooks overview") << args("webhooks --help") << true << 0 << QStringLiteral("register");
    QTest::newRow("webhooks without subcommand") << args("webhooks") << true << 2 << QStringLiteral("SUBCOMMAND");
    QTest::newRow("register help") << args("webhooks register --help") << true << 0
                                   << QStringLiteral("vipps-hooks webhooks register");
    QTest::newRow("payments overview") << args("payments --help") << true << 0 << QStringLiteral("capture");
    QTest::newRow("create help") << args("payments create --help") << true << 0 << QStringLiteral("--idempotency-key");
    QTest::newRow("capture help names the NOK default")
        << args("payments capture --help") << true << 0 << QStringLiteral("NOK");
    QTest::newRow("events catalog") << args("webhooks events") << true << 0 << Captured;
    QTest::newRow("unknown subcommand") << args("payments frobnicate") << true << 2
                                        << QStringLiteral("unknown subcommand");
    QTest::newRow("register without --url")
        << QStringList{QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--event"), Captured}
        << true << 2 << QStringLiteral("--url");
    QTest::newRow("register without --event")
        << QStringList{QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--url"), HookUrl} << true
        << 2 << QStringLiteral("--event");
    QTest::newRow("unknown event suggests the type")
        << QStringList{QStringLiteral("webhooks"), QStringLiteral("register"),
                       QStringLiteral("--url"),    HookUrl,
                       QStringLiteral("--event"),  QStringLiteral("epayments.payment.capturd.v1")}
        << true << 2 << Captured;
    QTest::newRow("get without REF") << args("payments get") << true << 2 << QStringLiteral("REF");
    QTest::newRow("capture without --amount")
        << args("payments capture acme-test-0001") << true << 2 << QStringLiteral("--amount");
    QTest::newRow("show-secrets without curl") << args("token --show-secrets") << true << 2 << QStringLiteral("--curl");
    QTest::newRow("bad timeout") << args("token --timeout soon") << true << 2 << QStringLiteral("--timeout");
    QTest::newRow("timeout above an hour")
        << args("token --timeout 3601") << true << 2
        << QStringLiteral("--timeout must be a whole number of seconds from 1 to 3600.");
    QTest::newRow("stray argument") << args("webhooks list extra") << true << 2
                                    << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("base URL but no credentials")
        << args("webhooks list --base-url http://127.0.0.1:9") << false << 2 << QStringLiteral("VIPPS_CLIENT_SECRET");
    QTest::newRow("bad msn") << args("token --msn 12ab") << true << 2 << QStringLiteral("--msn");
    QTest::newRow("listen with an unknown profile")
        << args("listen --no-journal --port 0 --profile nope") << true << 2 << QStringLiteral("unknown profile 'nope'");
}

void TestCliApi::helpAndUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withCredentials);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run result = run(arguments, withCredentials);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.all().contains(expected), qPrintable(result.all()));
    QVERIFY(!result.showsSecret());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliApi::tokenReportsExpiry_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("tokenShown");
    QTest::newRow("text") << QStringList() << false;
    QTest::newRow("json") << QStringList{QStringLiteral("--json")} << false;
    QTest::newRow("show token") << QStringList{QStringLiteral("--show-token")} << true;
}

void TestCliApi::tokenReportsExpiry()
{
    QFETCH(QStringList, options);
    QFETCH(bool, tokenShown);
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    const Run result = run(QStringList{QStringLiteral("token")} + options);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.contains(AccessToken), tokenShown);
    QVERIFY(!result.err.contains(AccessToken));
    if (options.contains(QStringLiteral("--json"))) {
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QVERIFY(QDateTime::fromString(object.value(QLatin1String("expiresOn")).toString(), Qt::ISODate).isValid());
        QCOMPARE(object.value(QLatin1String("expiresIn")).toInteger(), 3600);
        QCOMPARE(object.value(QLatin1String("tokenType")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!object.contains(QLatin1String("accessToken")));
    } else {
        QVERIFY2(result.out.contains("Access token valid until") && result.out.contains("(in 60 min)"),
                 result.out.constData());
    }
    const QList<Http::Request> calls = m_server->requests(TokenPath);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().headers.value("client_id"), ClientId.toUtf8());
    QCOMPARE(calls.first().headers.value("client_secret"), ClientSecret.toUtf8());
    QCOMPARE(calls.first().headers.value("Ocp-Apim-Subscription-Key"), SubscriptionKey.toUtf8());
    QVERIFY(!result.err.contains(ClientSecret.toUtf8()) && !result.out.contains(ClientSecret.toUtf8()));
}

void TestCliApi::curlPrintsPlaceholdersAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("placeholders");
    QTest::addColumn<QString>("expected");
    const QString secret = QStringLiteral("\"$VIPPS_CLIENT_SECRET\"");
    const QString key = QStringLiteral("\"$VIPPS_SUBSCRIPTION_KEY\"");
    const QString token = QStringLiteral("\"$VIPPS_ACCESS_TOKEN\"");
    QTest::newRow("token") << QStringList{QStringLiteral("token"), QStringLiteral("--curl")} << QStringList{secret, key}
                           << QStringLiteral("/accesstoken/get");
    QTest::newRow("webhooks register") << QStringList{QStringLiteral("webhooks"),
                                                      QStringLiteral("register"),
                                                      QStringLiteral("--curl"),
                                                      QStringLiteral("--url"),
                                                      HookUrl,
                                                      QStringLiteral("--event"),
                                                      Captured}
                                       << QStringList{token, key} << QStringLiteral("--data-raw");
    QTest::newRow("payments capture")
        << QStringList{QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("acme-test-0001"),
                       QStringLiteral("--amount"), QStringLiteral("500"),     QStringLiteral("--curl")}
        << QStringList{token, key} << QStringLiteral("/epayment/v1/payments/acme-test-0001/capture");
}

void TestCliApi::curlPrintsPlaceholdersAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, placeholders);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QLatin1String("curl ")) && out.contains(expected), qPrintable(out));
    for (const QString &placeholder : placeholders)
        QVERIFY2(out.contains(placeholder), qPrintable(placeholder + QLatin1Char('\n') + out));
    QVERIFY(!result.showsSecret());
    QVERIFY(m_server->requests().isEmpty());

    const Run shown = run(arguments + QStringList{QStringLiteral("--show-secrets")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(SubscriptionKey.toUtf8()));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliApi::webhooksRegisterPrintsIdAndSecretOnce()
{
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    m_server->enqueueJson(WebhooksPath, 201, R"({"id":")" + HookId.toUtf8() + R"(","secret":")" + HookSecret + R"("})");
    const Run result = run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--no-check"),
                            QStringLiteral("--url"), HookUrl, QStringLiteral("--event"), Captured,
                            QStringLiteral("--event"), Authorized});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(HookId.toUtf8()), result.out.constData());
    QCOMPARE(result.out.count(HookSecret), 1);
    QVERIFY(!result.err.contains(HookSecret));
    QVERIFY2(result.err.contains("only time") && result.err.contains("--webhook-id " + HookId.toUtf8() + "="),
             result.err.constData());
    QVERIFY(!result.showsSecret());
    const QList<Http::Request> calls = m_server->requests(WebhooksPath);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().method, QByteArray("POST"));
    QCOMPARE(calls.first().body, QByteArray(R"({"url":"https://example.com/hooks/vipps","events":)"
                                            R"(["epayments.payment.captured.v1","epayments.payment.authorized.v1"]})"));
    QCOMPARE(calls.first().headers.value("Authorization"), "Bearer " + AccessToken);
    QCOMPARE(calls.first().headers.value("Merchant-Serial-Number"), Msn.toUtf8());
}

void TestCliApi::webhooksListShowsStoredSecrets_data()
{
    QTest::addColumn<bool>("withProfile");
    QTest::addColumn<bool>("json");
    QTest::newRow("environment, text") << false << false;
    QTest::newRow("profile, text") << true << false;
    QTest::newRow("profile, json") << true << true;
}

void TestCliApi::webhooksListShowsStoredSecrets()
{
    QFETCH(bool, withProfile);
    QFETCH(bool, json);
    const QString otherId = QStringLiteral("9c1e7c55-0000-4000-8000-000000000002");
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    m_server->enqueueJson(
        WebhooksPath, 200,
        R"({"webhooks":[{"id":")" + HookId.toUtf8() +
            R"(","url":"https://example.com/hooks/vipps","events":["epayments.payment.captured.v1"]},)"
            R"({"id":")" +
            otherId.toUtf8() +
            R"(","url":"https://example.com/other","events":["epayments.payment.created.v1",)"
            R"("epayments.payment.aborted.v1"]}]})");
    QStringList arguments{QStringLiteral("webhooks"), QStringLiteral("list")};
    if (withProfile) {
        saveProfile(QStringLiteral("demo"), m_server->baseUrl(), {HookId});
        arguments << QStringLiteral("--profile") << QStringLiteral("demo");
    }
    if (json)
        arguments << QStringLiteral("--json");
    // With --profile, VIPPS_BASE_URL is ignored and the secrets from the environment replace the keychain.
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.showsSecret());
    if (json) {
        const QJsonArray hooks =
            QJsonDocument::fromJson(result.out).object().value(QLatin1String("webhooks")).toArray();
        QCOMPARE(hooks.size(), 2);
        QCOMPARE(hooks.at(0).toObject().value(QLatin1String("secretStored")).toBool(), true);
        QCOMPARE(hooks.at(1).toObject().value(QLatin1String("secretStored")).toBool(), false);
        return;
    }
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY2(lines.size() >= 3 && lines.at(0).startsWith("ID"), result.out.constData());
    QVERIFY(lines.at(1).contains(HookId.toUtf8()) && lines.at(1).contains("https://example.com/hooks/vipps") &&
            lines.at(1).contains(Captured.toUtf8()));
    QCOMPARE(lines.at(1).contains("(secret stored)"), withProfile);
    QVERIFY(lines.at(2).contains(otherId.toUtf8()) && !lines.at(2).contains("(secret stored)"));
    QVERIFY(lines.at(2).contains("epayments.payment.created.v1, epayments.payment.aborted.v1"));
}

void TestCliApi::problemDetailsExit1()
{
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    m_server->enqueueJson(WebhooksPath, 400,
                          R"({"type":"https://httpstatuses.io/400","title":"Bad Request","status":400,)"
                          R"("detail":"One or more validation errors occurred.","instance":"/v1/webhooks",)"
                          R"("traceId":"00-6614b5c7ea5c404b17e45c3a398c4754-5ca6de688e27022d-01",)"
                          R"("extraDetails":[{"name":"url","reason":"The URL must be reachable."}]})",
                          {{"Content-Type", "application/problem+json"}});
    const Run result = run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--no-check"),
                            QStringLiteral("--url"), HookUrl, QStringLiteral("--event"), Captured});
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QLatin1String("400 Bad Request")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("One or more validation errors occurred.")));
    QVERIFY(err.contains(QLatin1String("url: The URL must be reachable.")));
    QVERIFY(err.contains(QLatin1String("00-6614b5c7ea5c404b17e45c3a398c4754-5ca6de688e27022d-01")));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.showsSecret());
}

void TestCliApi::paymentsCreateRefusesBeforeSending_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::newRow("reference with a space")
        << QStringList{QStringLiteral("--reference"), QStringLiteral("acme order 1")} << QStringLiteral("reference:");
    QTest::newRow("reference too short") << QStringList{QStringLiteral("--reference"), QStringLiteral("short")}
                                         << QStringLiteral("reference:");
    QTest::newRow("unknown currency") << QStringList{QStringLiteral("--reference"), QStringLiteral("acme-test-0001"),
                                                     QStringLiteral("--currency"), QStringLiteral("SEK")}
                                      << QStringLiteral("amount.currency:");
}

void TestCliApi::paymentsCreateRefusesBeforeSending()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QStringList arguments{QStringLiteral("payments"),     QStringLiteral("create"),
                          QStringLiteral("--amount"),     QStringLiteral("1000"),
                          QStringLiteral("--return-url"), QStringLiteral("https://example.com/return")};
    if (!options.contains(QStringLiteral("--currency")))
        arguments << QStringLiteral("--currency") << QStringLiteral("NOK");
    const Run result = run(arguments + options);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("refused before sending") && result.all().contains(field), result.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliApi::paymentsCaptureDefaultsToNok()
{
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    m_server->enqueueJson(PaymentsPath + "/acme-test-0001/capture", 200,
                          R"({"reference":"acme-test-0001","state":"AUTHORIZED",)"
                          R"("amount":{"currency":"NOK","value":1000},"pspReference":"p-1",)"
                          R"("aggregate":{"authorizedAmount":{"currency":"NOK","value":1000},)"
                          R"("capturedAmount":{"currency":"NOK","value":500},)"
                          R"("refundedAmount":{"currency":"NOK","value":0},)"
                          R"("cancelledAmount":{"currency":"NOK","value":0}}})");
    const Run result = run({QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("acme-test-0001"),
                            QStringLiteral("--amount"), QStringLiteral("500"), QStringLiteral("--idempotency-key"),
                            QStringLiteral("capture-key-1")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Captured 5.00 NOK") && result.out.contains("AUTHORIZED"), result.out.constData());
    // What is left, from the answer's aggregate: the same rule the app's buttons follow.
    QVERIFY2(result.out.contains("Next:       capture up to 5.00 NOK; refund up to 5.00 NOK; cancel the 5.00 NOK "
                                 "not captured\n"),
             result.out.constData());
    const QList<Http::Request> calls = m_server->requests(PaymentsPath + "/acme-test-0001/capture");
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().body, QByteArray(R"({"modificationAmount":{"currency":"NOK","value":500}})"));
    QCOMPARE(calls.first().headers.value("Idempotency-Key"), QByteArray("capture-key-1"));
}

void TestCliApi::unreachableServerExits3()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
    const Run result = run({QStringLiteral("webhooks"), QStringLiteral("list"), QStringLiteral("--base-url"), base});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("127.0.0.1"), result.err.constData());
    QVERIFY2(!result.err.contains("vipps-hooks sim"), result.err.constData()); // not a simulator profile
    QVERIFY(!result.showsSecret());
}

void TestCliApi::silentServerTimesOut()
{
    SilentServer silent;
    QVERIFY(silent.start());
    const Run result = run({QStringLiteral("token"), QStringLiteral("--timeout"), QStringLiteral("1"),
                            QStringLiteral("--base-url"), silent.baseUrl().toString()});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("timed out"), result.err.constData());
    QCOMPARE(silent.accepted(), 1);
}

void TestCliApi::unknownProfileListsKnownNames()
{
    saveProfile(QStringLiteral("staging"), m_server->baseUrl());
    saveProfile(QStringLiteral("demo"), m_server->baseUrl());
    const Run result = run({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("prod")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("'prod'") && result.err.contains("demo, staging"), result.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliApi::defaultProfileIsCreatedOnEmptyStore()
{
    const Run result = run({QStringLiteral("token"), QStringLiteral("--curl")}, false);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.startsWith(QLatin1String("curl ")) &&
                 out.contains(QLatin1String("'http://127.0.0.1:8079/accesstoken/get'")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\"$VIPPS_CLIENT_SECRET\"")) &&
                 out.contains(QLatin1String("\"$VIPPS_SUBSCRIPTION_KEY\"")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("client_id: ") + Sim::SimCredentials().clientId), qPrintable(out));
    QVERIFY2(result.err.contains("created profile 'simulator'"), result.err.constData());
    QVERIFY(!result.showsSecret());

    QCOMPARE(savedProfileNames(), QStringList{Sim::SimulatorProfile::name()});
    QSettings settings(profilesPath(), QSettings::IniFormat);
    QCOMPARE(Credentials::ProfileStore(&settings).load(Sim::SimulatorProfile::name()),
             std::optional<Credentials::Profile>(Sim::SimulatorProfile::defaultProfile()));
    const QByteArray ini = profilesFile();
    const Sim::SimCredentials demo;
    QVERIFY(!ini.contains(demo.clientSecret.toUtf8()) && !ini.contains(demo.subscriptionKey.toUtf8()));
    QVERIFY(!ini.contains("secret") && !ini.contains("subscription"));

    const Run again = run({QStringLiteral("token"), QStringLiteral("--curl")}, false);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains("Using profile 'simulator'"), again.err.constData());
    QCOMPARE(profilesFile(), ini);
}

void TestCliApi::defaultProfileRunsTheQuickStart()
{
    LiveSimulator live;
    QString error;
    QVERIFY2(live.start(&error), qPrintable(error));
    saveSimulatorProfile(live.port());

    const Run token = run({QStringLiteral("token")}, false);
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QVERIFY2(token.out.contains("Access token valid until"), token.out.constData());
    QVERIFY2(token.err.contains("Using profile 'simulator'"), token.err.constData());
    QVERIFY2(!token.err.contains("keychain"), token.err.constData()); // the demo keys need none
    QVERIFY(!token.showsSecret());

    // Nothing listens there: the check before registering says so and nothing is registered, unless told not to check.
    const QString hookUrl = QStringLiteral("http://127.0.0.1:9/hooks/vipps");
    const Run refused = run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--url"), hookUrl,
                             QStringLiteral("--event"), Captured},
                            false);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("  FAILED  not reachable: Connection refused\nNot registered:"),
             refused.err.constData());
    QVERIFY(live.simulator().webhooks()->list(Sim::SimCredentials().merchantSerialNumber).isEmpty());
    const Run registered = run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--no-check"),
                                QStringLiteral("--url"), hookUrl, QStringLiteral("--event"), Captured},
                               false);
    QVERIFY2(registered.exitCode == 0, registered.err.constData());
    const QList<Sim::Registration> hooks =
        live.simulator().webhooks()->list(Sim::SimCredentials().merchantSerialNumber);
    QCOMPARE(hooks.size(), 1);
    QCOMPARE(hooks.first().url, QUrl(hookUrl));
    QVERIFY2(registered.out.contains(hooks.first().id.toUtf8()), registered.out.constData());
    QCOMPARE(registered.out.count(hooks.first().secret), 1);
    QVERIFY(!registered.err.contains(hooks.first().secret));
    // Stored for profile 'simulator' as with --profile simulator; with no keychain here it says why it is not.
    QVERIFY2(registered.err.contains("No keychain is available here") && !registered.err.contains("--profile was"),
             registered.err.constData());
    QVERIFY(!registered.showsSecret());

    const Run listed = run({QStringLiteral("webhooks"), QStringLiteral("list")}, false);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(listed.out.contains(hooks.first().id.toUtf8()) && listed.out.contains(hookUrl.toUtf8()) &&
                 listed.out.contains(Captured.toUtf8()),
             listed.out.constData());
    QVERIFY(!listed.all().contains(QString::fromUtf8(hooks.first().secret)));
    QVERIFY(!listed.showsSecret());

    const QByteArray ini = profilesFile();
    QVERIFY(!ini.contains(Sim::SimCredentials().clientSecret.toUtf8()));
    QVERIFY(!ini.contains(Sim::SimCredentials().subscriptionKey.toUtf8()));
    QVERIFY(!ini.contains(hooks.first().secret));
}

// As with --profile: VIPPS_CLIENT_ID and VIPPS_MSN left in the shell do not redirect the profile's calls.
void TestCliApi::defaultProfileIgnoresEnvironmentClientId()
{
    LiveSimulator live;
    QString error;
    QVERIFY2(live.start(&error), qPrintable(error));
    saveSimulatorProfile(live.port());
    const Run result = run({QStringLiteral("token")}, false,
                           {QStringLiteral("VIPPS_CLIENT_ID=") + ClientId, QStringLiteral("VIPPS_MSN=999999")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.showsSecret());
}

void TestCliApi::otherProfilesAreNamedInsteadOfDefault_data()
{
    QTest::addColumn<bool>("withSimulator");
    QTest::addColumn<QString>("names");
    QTest::newRow("two other profiles") << false << QStringLiteral("demo, staging");
    QTest::newRow("the simulator and another") << true << QStringLiteral("simulator, staging");
}

void TestCliApi::otherProfilesAreNamedInsteadOfDefault()
{
    QFETCH(bool, withSimulator);
    QFETCH(QString, names);
    saveProfile(QStringLiteral("staging"), m_server->baseUrl());
    if (withSimulator)
        saveSimulatorProfile(m_server->port());
    else
        saveProfile(QStringLiteral("demo"), m_server->baseUrl());
    const QStringList before = savedProfileNames();
    const Run result = run({QStringLiteral("token")}, false);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QLatin1String("no base URL")) && err.contains(names) &&
                 err.contains(QLatin1String("--profile NAME")),
             qPrintable(err));
    QCOMPARE(savedProfileNames(), before);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliApi::simulatorNotRunningHint_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("by default") << QStringList();
    QTest::newRow("--profile simulator") << QStringList{QStringLiteral("--profile"), QStringLiteral("simulator")};
}

void TestCliApi::simulatorNotRunningHint()
{
    QFETCH(QStringList, options);
    const quint16 port = closedPort();
    saveSimulatorProfile(port);
    const Run result = run(QStringList{QStringLiteral("webhooks"), QStringLiteral("list")} + options, false);
    QCOMPARE(result.exitCode, 3);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("Nothing answers at http://127.0.0.1:%1").arg(port)) &&
                 err.contains(QLatin1String("'vipps-hooks sim'")) && err.contains(QLatin1String("vipps-workbench")),
             qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("keychain")), qPrintable(err));
    QVERIFY(!result.showsSecret());
}

void TestCliApi::realProfileGetsNoDemoSecrets_data()
{
    QTest::addColumn<Credentials::Environment>("environment");
    QTest::addColumn<bool>("demoKeys");
    QTest::newRow("test environment") << Credentials::Environment::Test << false;
    QTest::newRow("custom base URL") << Credentials::Environment::Custom << false;
    QTest::newRow("simulator environment, for contrast") << Credentials::Environment::Simulator << true;
}

// The profile's calls go to the canned server (--base-url wins over the profile), so a demo key that went out
// would show up there.
void TestCliApi::realProfileGetsNoDemoSecrets()
{
    QFETCH(Credentials::Environment, environment);
    QFETCH(bool, demoKeys);
    saveProfile(QStringLiteral("real"), m_server->baseUrl(), {}, environment);
    m_server->enqueueJson(TokenPath, 200, tokenBody());
    const Run result = run({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("real"),
                            QStringLiteral("--base-url"), m_server->baseUrl().toString()},
                           false);
    QVERIFY(!result.showsSecret());
    if (!demoKeys) {
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("no keychain is available") && result.err.contains("VIPPS_CLIENT_SECRET"),
                 result.err.constData());
        QVERIFY(m_server->requests().isEmpty());
        return;
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<Http::Request> calls = m_server->requests(TokenPath);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().headers.value("client_secret"), Sim::SimCredentials().clientSecret.toUtf8());
    QCOMPARE(calls.first().headers.value("Ocp-Apim-Subscription-Key"), Sim::SimCredentials().subscriptionKey.toUtf8());
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
