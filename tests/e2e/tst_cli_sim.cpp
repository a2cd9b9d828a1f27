// SPDX-License-Identifier: MIT
// `vipps-hooks send` and `vipps-hooks sim` as a user runs them: send against an in-test receiver (valid,
// tampered, unreachable) and against a handler whose answer never ends, and the simulator driven by the API commands
// with a webhook to an in-test receiver.
// No secret is ever printed by a check here: outputs are shown only after they were found free of secrets.
#include "cannedserver.h"
#include "endlesspeer.h"
#include "hooksrun.h"
#include "http/server.h"
#include "receiver/webhookhandler.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QByteArray SendSecret = QByteArrayLiteral("send-test-secret-7Qx/9w==");
const QString Captured = QStringLiteral("epayments.payment.captured.v1");
const QString Authorized = QStringLiteral("epayments.payment.authorized.v1");
constexpr int ProcessTimeoutMs = 30000;

using Run = HooksRun;

// The project's receiver on 127.0.0.1, port 0, in this process: what `vipps-hooks listen` runs.
class TestReceiver
{
public:
    TestReceiver() : m_server(&m_handler), m_delivered(&m_handler, &Receiver::WebhookHandler::delivered) {}

    bool start(QString *error) { return m_server.start(QHostAddress::LocalHost, 0, error); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(m_server.serverPort())); }
    void setSecret(const QString &webhookId, const QByteArray &secret)
    {
        m_handler.verifier().setSecrets({{webhookId, secret, QStringLiteral("test secret")}});
    }
    QSignalSpy &delivered() { return m_delivered; }
    Receiver::Delivery delivery(qsizetype index) const
    {
        return m_delivered.at(index).at(0).value<Receiver::Delivery>();
    }

private:
    Receiver::WebhookHandler m_handler;
    Http::Server m_server;
    QSignalSpy m_delivered;
};

QString bin()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

QStringList args(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TestCliSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendDeliversValidEvent_data();
    void sendDeliversValidEvent();
    void sendTampered_data();
    void sendTampered();
    void sendUsageErrors_data();
    void sendUsageErrors();
    void sendNothingListeningExits3();
    void sendTimeoutExits3();
    void sendEndlessAnswerCostsNoMemory();
    void sendEndlessAnswerTimesOut();
    void sendLongAnswerIsCutAndCounted();
    void sendJsonParses();

    void simRunsTheQuickStart();
    void simPortInUse();
    void simBadFlags_data();
    void simBadFlags();
    void simKeepsOwnSecretsToItself();

private:
    QProcessEnvironment environment(const QUrl &baseUrl = {}) const;
    Run run(const QStringList &arguments, const QProcessEnvironment &environment);
    Run run(const QStringList &arguments) { return run(arguments, environment()); }
    void startSim(QProcess &sim, const QStringList &extra, QByteArray *banner, quint16 *port);
    void stopSim(QProcess &sim, QByteArray *out);

    QTemporaryDir m_config; // XDG_CONFIG_HOME of every run: no real profile is read or written
    std::unique_ptr<TestReceiver> m_receiver;
};

void TestCliSim::initTestCase()
{
    QVERIFY(QFile::exists(bin()));
    QVERIFY(m_config.isValid());
    qRegisterMetaType<Receiver::Delivery>();
}

void TestCliSim::init()
{
    QDir(m_config.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_config.path()));
    m_receiver = std::make_unique<TestReceiver>();
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
}

void TestCliSim::cleanup()
{
    m_receiver.reset();
}

QProcessEnvironment TestCliSim::environment(const QUrl &baseUrl) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    if (!baseUrl.isEmpty()) { // the simulator's demo credentials
        environment.insert(QStringLiteral("VIPPS_BASE_URL"), baseUrl.toString());
        environment.insert(QStringLiteral("VIPPS_CLIENT_ID"), QStringLiteral("sim-client-id"));
        environment.insert(QStringLiteral("VIPPS_CLIENT_SECRET"), QStringLiteral("sim-client-secret"));
        environment.insert(QStringLiteral("VIPPS_SUBSCRIPTION_KEY"), QStringLiteral("sim-subscription-key"));
        environment.insert(QStringLiteral("VIPPS_MSN"), QStringLiteral("123456"));
    }
    return environment;
}

// The receiver answers from this process's event loop, so a run is waited for with a spy, not blocking.
Run TestCliSim::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runHooks(bin(), arguments, environment, ProcessTimeoutMs);
}

// Starts `sim --port 0 extra...` and reads the bound port from its first line; *port stays 0 on failure.
void TestCliSim::startSim(QProcess &sim, const QStringList &extra, QByteArray *banner, quint16 *port)
{
    *port = 0;
    sim.setProcessEnvironment(environment());
    sim.start(bin(), QStringList{QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
    QVERIFY(sim.waitForStarted(ProcessTimeoutMs));
    const auto ready = [&] {
        *banner += sim.readAllStandardOutput();
        return banner->contains("Ctrl+C") || sim.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), ProcessTimeoutMs);
    const QRegularExpression pattern(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(*banner));
    QVERIFY2(match.hasMatch(), sim.readAllStandardError().constData());
    *port = quint16(match.captured(1).toUInt());
}

void TestCliSim::stopSim(QProcess &sim, QByteArray *out)
{
    QVERIFY(::kill(pid_t(sim.processId()), SIGTERM) == 0);
    QVERIFY(sim.waitForFinished(ProcessTimeoutMs));
    *out += sim.readAllStandardOutput();
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
}

// ---- send ----

void TestCliSim::sendDeliversValidEvent_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("secretFromEnvironment");
    QTest::newRow("event type, --secret") << Captured << false;
    QTest::newRow("payload name, VIPPS_WEBHOOK_SECRET") << QStringLiteral("captured") << true;
}

void TestCliSim::sendDeliversValidEvent()
{
    QFETCH(QString, event);
    QFETCH(bool, secretFromEnvironment);
    m_receiver->setSecret(QString(), SendSecret);
    QStringList arguments{QStringLiteral("send"),        event,
                          QStringLiteral("--to"),        m_receiver->url().toString(),
                          QStringLiteral("--reference"), QStringLiteral("send-test-0001"),
                          QStringLiteral("--amount"),    QStringLiteral("49900")};
    QProcessEnvironment environment = this->environment();
    if (secretFromEnvironment)
        environment.insert(QStringLiteral("VIPPS_WEBHOOK_SECRET"), QString::fromUtf8(SendSecret));
    else
        arguments << QStringLiteral("--secret") << QString::fromUtf8(SendSecret);
    const Run result = run(arguments, environment);

    QVERIFY(!result.all().contains(SendSecret));
    QVERIFY2(result.exitCode == 0, result.all().constData());
    QVERIFY2(result.out.contains("HTTP 200 OK in "), result.out.constData());
    QVERIFY(result.out.contains(Captured.toUtf8()));
    QVERIFY(result.out.contains("send-test-0001"));
    QVERIFY(result.out.contains(m_receiver->url().toEncoded()));

    QCOMPARE(m_receiver->delivered().size(), 1);
    const Receiver::Delivery delivery = m_receiver->delivery(0);
    QCOMPARE(delivery.entry.result, QStringLiteral("valid"));
    QCOMPARE(delivery.entry.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(delivery.entry.body).object();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("CAPTURED"));
    QCOMPARE(body.value(QLatin1String("reference")).toString(), QStringLiteral("send-test-0001"));
    QCOMPARE(body.value(QLatin1String("msn")).toString(), QStringLiteral("123456"));
    QCOMPARE(body.value(QLatin1String("amount")).toObject().value(QLatin1String("value")).toInteger(), 49900);
    QCOMPARE(body.value(QLatin1String("success")).toBool(), true);
    const Http::HeaderList &headers = delivery.entry.headers;
    QCOMPARE(headers.value("User-Agent"), QByteArray("Vipps MobilePay/1.0 Webhooks/1.0"));
    QCOMPARE(headers.value("X-Vipps-Authorization"), headers.value("Authorization"));
    QVERIFY(!headers.value("Webhook-Id").isEmpty());
}

void TestCliSim::sendTampered_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("result");
    QTest::newRow("body") << QStringLiteral("body") << QStringLiteral("invalid");
    QTest::newRow("signature") << QStringLiteral("signature") << QStringLiteral("invalid");
    QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("stale");
}

void TestCliSim::sendTampered()
{
    QFETCH(QString, tamper);
    QFETCH(QString, result);
    m_receiver->setSecret(QString(), SendSecret);
    const Run sent =
        run({QStringLiteral("send"), QStringLiteral("AUTHORIZED"), QStringLiteral("--to"), m_receiver->url().toString(),
             QStringLiteral("--secret"), QString::fromUtf8(SendSecret), QStringLiteral("--tamper"), tamper});

    QVERIFY(!sent.all().contains(SendSecret));
    QVERIFY2(sent.exitCode == 1, sent.all().constData());
    QVERIFY2(sent.out.contains("HTTP 401 Unauthorized in "), sent.out.constData());
    QVERIFY2(sent.out.contains(result.toUtf8()), sent.out.constData()); // the start of the handler's answer
    QCOMPARE(m_receiver->delivered().size(), 1);
    QCOMPARE(m_receiver->delivery(0).entry.result, result);
    QCOMPARE(m_receiver->delivery(0).entry.status, 401);
}

void TestCliSim::sendUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QStringList base{QStringLiteral("send"),     QStringLiteral("CAPTURED"),
                           QStringLiteral("--to"),     QStringLiteral("http://127.0.0.1:1/hook"),
                           QStringLiteral("--secret"), QStringLiteral("s")};
    QTest::newRow("mistyped event name suggests the type")
        << QStringList{QStringLiteral("send"),     QStringLiteral("captred"),
                       QStringLiteral("--to"),     QStringLiteral("http://127.0.0.1:1/"),
                       QStringLiteral("--secret"), QStringLiteral("s")}
        << QStringLiteral("Did you mean: ") + Captured;
    QTest::newRow("mistyped event type suggests the type")
        << QStringList{QStringLiteral("send"),     QStringLiteral("epayments.payment.authorised.v1"),
                       QStringLiteral("--to"),     QStringLiteral("http://127.0.0.1:1/"),
                       QStringLiteral("--secret"), QStringLiteral("s")}
        << QStringLiteral("Did you mean: ") + Authorized;
    QTest::newRow("not an ePayment event")
        << QStringList{QStringLiteral("send"),     QStringLiteral("recurring.charge-captured.v1"),
                       QStringLiteral("--to"),     QStringLiteral("http://127.0.0.1:1/"),
                       QStringLiteral("--secret"), QStringLiteral("s")}
        << QStringLiteral("not an ePayment event");
    QTest::newRow("no event") << args("send --to http://127.0.0.1:1/ --secret s") << QStringLiteral("EVENT");
    QTest::newRow("no --to") << args("send CAPTURED --secret s") << QStringLiteral("--to");
    QTest::newRow("no --secret") << args("send CAPTURED --to http://127.0.0.1:1/") << QStringLiteral("--secret");
    QTest::newRow("bad URL") << args("send CAPTURED --to ftp://example.com/ --secret s") << QStringLiteral("--to");
    QTest::newRow("bad amount") << base + args("--amount 12.50") << QStringLiteral("--amount");
    QTest::newRow("amount too large") << base + args("--amount 65000001") << QStringLiteral("--amount");
    QTest::newRow("bad currency") << base + args("--currency SEK") << QStringLiteral("--currency");
    QTest::newRow("bad msn") << base + args("--msn 12") << QStringLiteral("--msn");
    QTest::newRow("bad reference") << base + args("--reference short") << QStringLiteral("--reference");
    QTest::newRow("bad tamper") << base + args("--tamper headers") << QStringLiteral("--tamper");
    QTest::newRow("bad timeout") << base + args("--timeout 0") << QStringLiteral("--timeout");
    QTest::newRow("timeout above ten minutes")
        << base + args("--timeout 601") << QStringLiteral("--timeout must be a whole number of seconds from 1 to 600.");
    QTest::newRow("two events") << base + args("AUTHORIZED") << QStringLiteral("unexpected argument 'AUTHORIZED'");
}

void TestCliSim::sendUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty()); // nothing sent, nothing reported
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestCliSim::sendNothingListeningExits3()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(closedPort()));
    const Run result = run({QStringLiteral("send"), QStringLiteral("CREATED"), QStringLiteral("--to"), url.toString(),
                            QStringLiteral("--secret"), QString::fromUtf8(SendSecret)});
    QVERIFY(!result.all().contains(SendSecret));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("network error"), result.err.constData());
    QVERIFY(!result.out.contains("HTTP "));
}

void TestCliSim::sendTimeoutExits3()
{
    SilentServer silent;
    QVERIFY(silent.start());
    const Run result = run({QStringLiteral("send"), QStringLiteral("CREATED"), QStringLiteral("--to"),
                            silent.baseUrl().toString(), QStringLiteral("--secret"), QString::fromUtf8(SendSecret),
                            QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("timeout"), result.err.constData());
    QCOMPARE(silent.accepted(), 1);
}

// docs/architecture.md §3 "Answers read from others": the handler answers 200 and streams forever; send keeps no
// more than the start of it, however much comes.
void TestCliSim::sendEndlessAnswerCostsNoMemory()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    QProcess send;
    send.setProcessEnvironment(environment());
    send.start(bin(), {QStringLiteral("send"), QStringLiteral("CAPTURED"), QStringLiteral("--to"),
                       peer.url().toString(), QStringLiteral("--secret"), QString::fromUtf8(SendSecret),
                       QStringLiteral("--timeout"), QStringLiteral("600")});
    QVERIFY(send.waitForStarted(ProcessTimeoutMs));
    const QString pid = QString::number(send.processId());
    const auto sentOrGone = [&] {
        return peer.bytesSent() >= EndlessPeer::EnoughBytes || send.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentOrGone(), 120000);
    const qint64 peak = processMemory(pid, "VmHWM"); // its highest resident size yet, some 20 MiB of it Qt's own
    QVERIFY2(send.state() == QProcess::Running, send.readAllStandardError().constData());
    send.kill();
    send.waitForFinished(ProcessTimeoutMs);
    QVERIFY(peak > 0);
    QVERIFY2(peak < EndlessPeer::AllowedGrowth, growthText("peak of", peak));
}

// The timeout counts from the request to the answer's end, so a 200 whose body never ends is a timeout: exit 3.
void TestCliSim::sendEndlessAnswerTimesOut()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    const Run result = run({QStringLiteral("send"), QStringLiteral("CAPTURED"), QStringLiteral("--to"),
                            peer.url().toString(), QStringLiteral("--secret"), QString::fromUtf8(SendSecret),
                            QStringLiteral("--timeout"), QStringLiteral("1")});
    QVERIFY(!result.all().contains(SendSecret));
    QCOMPARE(result.exitCode, 3);
    const QByteArray expected = "no complete answer from " + peer.url().toEncoded() +
                                " within 1 s: HTTP 200 came, but its body did not end (a timeout";
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY(peer.bytesSent() > 0);
}

// Only the start of a long answer is kept, and the output says how long the whole one was.
void TestCliSim::sendLongAnswerIsCutAndCounted()
{
    CannedServer handler;
    QVERIFY(handler.start());
    const QByteArray body = "refused: " + QByteArray(300 * 1000, 'x');
    handler.enqueue("/hook", Http::Response::json(400, body, "text/plain"));
    const Run result = run({QStringLiteral("send"), QStringLiteral("CAPTURED"), QStringLiteral("--to"),
                            handler.baseUrl(QStringLiteral("/hook")).toString(), QStringLiteral("--secret"),
                            QString::fromUtf8(SendSecret)});
    QVERIFY(!result.all().contains(SendSecret));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("HTTP 400 Bad Request"), result.out.constData());
    QVERIFY2(result.out.contains("  refused: xxx"), result.out.constData());
    QVERIFY2(result.out.contains("... (300009 bytes in all)"), result.out.constData());
    QVERIFY(result.out.size() < 2000);
}

void TestCliSim::sendJsonParses()
{
    m_receiver->setSecret(QString(), SendSecret);
    const Run result = run({QStringLiteral("send"), Captured, QStringLiteral("--to"), m_receiver->url().toString(),
                            QStringLiteral("--secret"), QString::fromUtf8(SendSecret), QStringLiteral("--reference"),
                            QStringLiteral("send-json-0001"), QStringLiteral("--tamper"), QStringLiteral("body"),
                            QStringLiteral("--json")});
    QVERIFY(!result.all().contains(SendSecret));
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(object.value(QLatin1String("url")).toString(), m_receiver->url().toString());
    QCOMPARE(object.value(QLatin1String("event")).toString(), Captured);
    QCOMPARE(object.value(QLatin1String("reference")).toString(), QStringLiteral("send-json-0001"));
    QCOMPARE(object.value(QLatin1String("status")).toInt(), 401);
    QCOMPARE(object.value(QLatin1String("tamper")).toString(), QStringLiteral("body"));
    QVERIFY(object.value(QLatin1String("elapsedMs")).isDouble());
    QVERIFY(object.value(QLatin1String("responseBody")).toString().contains(QLatin1String("invalid")));
}

// ---- sim ----

void TestCliSim::simRunsTheQuickStart()
{
    QProcess sim;
    QByteArray out;
    quint16 port = 0;
    startSim(sim, args("--retry-schedule 0.2,0.5"), &out, &port);
    QVERIFY(port != 0);
    QVERIFY2(out.contains("sim-client-secret") && out.contains("sim-subscription-key"), out.constData());
    QVERIFY2(out.contains("VIPPS_BASE_URL=http://127.0.0.1:" + QByteArray::number(port)), out.constData());
    const QProcessEnvironment env = environment(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));

    const Run token = run(args("token --show-token --json"), env);
    QCOMPARE(token.exitCode, 0);
    const QByteArray accessToken =
        QJsonDocument::fromJson(token.out).object().value(QLatin1String("accessToken")).toString().toUtf8();
    QVERIFY(accessToken.size() > 8);

    const Run registered =
        run({QStringLiteral("webhooks"), QStringLiteral("register"), QStringLiteral("--url"),
             m_receiver->url().toString(), QStringLiteral("--event"), Authorized, QStringLiteral("--json")},
            env);
    QCOMPARE(registered.exitCode, 0);
    const QJsonObject webhook = QJsonDocument::fromJson(registered.out).object();
    const QString webhookId = webhook.value(QLatin1String("id")).toString();
    const QByteArray webhookSecret = webhook.value(QLatin1String("secret")).toString().toUtf8();
    QVERIFY(!webhookId.isEmpty());
    QVERIFY(webhookSecret.size() > 8);
    m_receiver->setSecret(webhookId, webhookSecret);

    const Run created = run(args("payments create --amount 1000 --currency NOK --reference sim-cli-0001 "
                                 "--flow PUSH_MESSAGE --phone 4712345678"),
                            env);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run approved = run(args("payments approve sim-cli-0001 --phone 4712345678"), env);
    QVERIFY2(approved.exitCode == 0, approved.err.constData());

    // Before registering, the URL got the pre-flight's signed test, which no secret known here verifies.
    QVERIFY2(registered.err.contains("reachable: answered 401"), registered.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->delivered().size(), 2, ProcessTimeoutMs);
    QVERIFY(m_receiver->delivery(0).entry.body.contains("\"name\":\"PREFLIGHT\""));
    QVERIFY(m_receiver->delivery(0).entry.result != QStringLiteral("valid"));
    const Receiver::Delivery delivery = m_receiver->delivery(1);
    QCOMPARE(delivery.entry.result, QStringLiteral("valid"));
    QCOMPARE(delivery.entry.webhookId, webhookId);
    QVERIFY(delivery.entry.body.contains("\"name\":\"AUTHORIZED\""));
    QVERIFY(delivery.entry.body.contains("\"reference\":\"sim-cli-0001\""));

    QTRY_VERIFY_WITH_TIMEOUT((out += sim.readAllStandardOutput(), out.contains("attempt 1")), ProcessTimeoutMs);
    stopSim(sim, &out);
    QVERIFY(!out.contains(accessToken));
    QVERIFY(!out.contains(webhookSecret));
    QVERIFY(!out.contains("Bearer"));
    const QString log = QString::fromUtf8(out);
    const QStringList expected = {
        QStringLiteral("POST /accesstoken/get → 200"),
        QStringLiteral("POST /webhooks/v1/webhooks → 201"),
        QStringLiteral("POST /epayment/v1/payments → 201"),
        QStringLiteral("POST /epayment/v1/test/payments/sim-cli-0001/approve → 200"),
        QStringLiteral("AUTHORIZED  sim-cli-0001  10.00 NOK"),
        QStringLiteral("%1  attempt 1 → %2  200 OK  (webhook %3)")
            .arg(Authorized, m_receiver->url().toString(), webhookId),
    };
    for (const QString &line : expected)
        QVERIFY2(log.contains(line), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(line, log)));
    QVERIFY2(QRegularExpression(QStringLiteral("\\n\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  POST ")).match(log).hasMatch(),
             qPrintable(log));
}

void TestCliSim::simPortInUse()
{
    QProcess first;
    QByteArray out;
    quint16 port = 0;
    startSim(first, {}, &out, &port);
    QVERIFY(port != 0);
    const Run second = run({QStringLiteral("sim"), QStringLiteral("--port"), QString::number(port)});
    QCOMPARE(second.exitCode, 3); // as `listen` exits when its port is taken
    QVERIFY2(second.err.contains("already in use"), second.err.constData());
    QVERIFY(second.out.isEmpty());
    stopSim(first, &out);
}

void TestCliSim::simBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port out of range") << args("sim --port 70000") << QStringLiteral("--port");
    QTest::newRow("port not a number") << args("sim --port http") << QStringLiteral("--port");
    QTest::newRow("short msn") << args("sim --msn 12") << QStringLiteral("--msn");
    QTest::newRow("schedule entry not a number")
        << args("sim --retry-schedule 1,x") << QStringLiteral("--retry-schedule");
    QTest::newRow("negative schedule entry") << args("sim --retry-schedule 1,-2") << QStringLiteral("--retry-schedule");
    QTest::newRow("expire-after zero") << args("sim --expire-after 0") << QStringLiteral("--expire-after");
    QTest::newRow("bad host") << args("sim --host nowhere") << QStringLiteral("--host");
    QTest::newRow("empty client id") << QStringList{QStringLiteral("sim"), QStringLiteral("--client-id"), QString()}
                                     << QStringLiteral("--client-id");
    QTest::newRow("stray argument") << args("sim now") << QStringLiteral("unexpected argument");
}

void TestCliSim::simBadFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestCliSim::simKeepsOwnSecretsToItself()
{
    const QByteArray ownSecret = "own-client-S3CR3T-4711";
    const QByteArray ownKey = "own-subscription-K3Y-4711";
    QProcess sim;
    QByteArray out;
    quint16 port = 0;
    startSim(sim,
             {QStringLiteral("--client-secret"), QString::fromUtf8(ownSecret), QStringLiteral("--subscription-key"),
              QString::fromUtf8(ownKey), QStringLiteral("--client-id"), QStringLiteral("own-client")},
             &out, &port);
    QVERIFY(port != 0);
    stopSim(sim, &out);
    const QByteArray err = sim.readAllStandardError();
    QVERIFY(!out.contains(ownSecret) && !err.contains(ownSecret));
    QVERIFY(!out.contains(ownKey) && !err.contains(ownKey));
    QVERIFY(!out.contains("sim-client-secret")); // nor the demo values it does not accept
    QVERIFY2(out.contains("(as given with --client-secret)") && out.contains("(as given with --subscription-key)"),
             out.constData());
    QVERIFY2(out.contains("own-client"), out.constData());
}

QTEST_GUILESS_MAIN(TestCliSim)
#include "tst_cli_sim.moc"
