// SPDX-License-Identifier: MIT
// `vipps-hooks listen` and `verify` as a user runs them: output, exit codes, journal, clean stop, and which
// stored webhook secrets plain `listen` picks. Every run gets its own settings and no keychain.
#include "credentials/profilestore.h"
#include "journal/reader.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "signature/signer.h"
#include "sim/simulatorprofile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QByteArray Secret = QByteArrayLiteral("cli-test-secret-5d1e9a");
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"cli-order-0042","pspReference":"p-42","name":"AUTHORIZED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

QByteArray signedRequest(const QUrl &url, const QByteArray &body, const QDateTime &date)
{
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(Secret, url, body, date);
    QByteArray bytes = "POST " + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\r\n";
    for (const Http::Header &h : signedHeaders.toHeaders())
        bytes += h.name + ": " + h.value + "\r\n";
    bytes += "Content-Type: application/json; charset=utf-8\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return bytes;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void usageAndHelp_data();
    void usageAndHelp();
    void helpNamesTheCommand_data();
    void helpNamesTheCommand();
    void listenPortInUseExits3();
    void listenReceivesVerifiesJournalsAndStops();
    void verifyExplainsValidAndInvalid_data();
    void verifyExplainsValidAndInvalid();
    void verifyReadsJournalEntries();
    void verifyJsonOutput();
    void listenPicksStoredSecrets_data();
    void listenPicksStoredSecrets();

private:
    // XDG_CONFIG_HOME of every run: no real settings are read or written.
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    QProcessEnvironment environment(const QStringList &variables = {}) const;
    Run hooks(const QStringList &arguments, const QByteArray &stdinBytes = {}, const QStringList &variables = {});
    void saveProfile(const Credentials::Profile &profile, const QStringList &webhookIds = {});

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
    QVERIFY(m_dir.isValid());
}

void TestCli::init()
{
    QDir(configHome()).removeRecursively();
    QVERIFY(QDir().mkpath(configHome()));
}

// No VIPPS_* variables, own settings, and a D-Bus address that leads nowhere (no keychain); variables: extra
// "NAME=value" entries.
QProcessEnvironment TestCli::environment(const QStringList &variables) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    return environment;
}

Run TestCli::hooks(const QStringList &arguments, const QByteArray &stdinBytes, const QStringList &variables)
{
    QProcess process;
    process.setProcessEnvironment(environment(variables));
    process.start(hooksBinary(), arguments);
    process.waitForStarted();
    process.write(stdinBytes);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCli::saveProfile(const Credentials::Profile &profile, const QStringList &webhookIds)
{
    QSettings settings(configHome() + QStringLiteral("/vipps-workbench/profiles.ini"), QSettings::IniFormat);
    Credentials::ProfileStore store(&settings);
    QVERIFY(store.save(profile));
    for (const QString &id : webhookIds)
        store.addWebhookId(profile.name, id);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestCli::usageAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage: vipps-hooks");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("listen");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << QStringLiteral("unknown command");
    QTest::newRow("listen help") << QStringList{QStringLiteral("listen"), QStringLiteral("--help")} << 0
                                 << QStringLiteral("--public-url");
    QTest::newRow("verify help") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")} << 0
                                 << QStringLiteral("--url");
    QTest::newRow("listen bad port") << QStringList{QStringLiteral("listen"), QStringLiteral("--port"),
                                                    QStringLiteral("http")}
                                     << 2 << QStringLiteral("--port");
    QTest::newRow("listen port with a space") << QStringList{QStringLiteral("listen"), QStringLiteral("--port"),
                                                             QStringLiteral(" 18795")}
                                              << 2 << QStringLiteral("--port must be a whole number");
    QTest::newRow("listen port with a sign") << QStringList{QStringLiteral("listen"), QStringLiteral("--port"),
                                                            QStringLiteral("+18795")}
                                             << 2 << QStringLiteral("--port must be a whole number");
    QTest::newRow("sim port with a space") << QStringList{QStringLiteral("sim"), QStringLiteral("--port"),
                                                          QStringLiteral("18795 ")}
                                           << 2 << QStringLiteral("--port must be a whole number");
    QTest::newRow("verify seq with a space")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--secret"), QStringLiteral("s"), QStringLiteral("--url"),
                       QStringLiteral("https://example.com/"), QStringLiteral("--seq"), QStringLiteral(" 3")}
        << 2 << QStringLiteral("--seq must be a positive");
    QTest::newRow("listen unknown option") << QStringList{QStringLiteral("listen"), QStringLiteral("--bogus")} << 2
                                           << QStringLiteral("bogus");
    QTest::newRow("listen bad webhook-id")
        << QStringList{QStringLiteral("listen"), QStringLiteral("--webhook-id"), QStringLiteral("nosecret")} << 2
        << QStringLiteral("ID=SECRET");
    QTest::newRow("verify without secret")
        << QStringList{QStringLiteral("verify"), QStringLiteral("--url"), QStringLiteral("https://example.com/")} << 2
        << QStringLiteral("--secret");
    QTest::newRow("verify without url") << QStringList{QStringLiteral("verify"), QStringLiteral("--secret"),
                                                       QStringLiteral("s")}
                                        << 2 << QStringLiteral("--url");
    QTest::newRow("verify stray argument") << QStringList{QStringLiteral("verify"), QStringLiteral("stray")} << 2
                                           << QStringLiteral("unexpected argument 'stray'");
    QTest::newRow("no --help-all") << QStringList{QStringLiteral("verify"), QStringLiteral("--help-all")} << 2
                                   << QStringLiteral("Unknown option 'help-all'");
}

void TestCli::usageAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = hooks(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QString all = QString::fromUtf8(run.out + run.err);
    QVERIFY2(all.contains(expected), qPrintable(all));
}

// The usage line names the command as typed, never the program's path (this test starts it by its full path).
void TestCli::helpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("nextLine");
    QTest::newRow("top level") << QString() << QStringLiteral("Usage: vipps-hooks COMMAND [options]") << QString();
    QTest::newRow("listen") << QStringLiteral("listen") << QStringLiteral("Usage: vipps-hooks listen [options]")
                            << QStringLiteral("Receive webhooks, verify each signature, journal it, print one line "
                                              "per request.");
    QTest::newRow("verify") << QStringLiteral("verify") << QStringLiteral("Usage: vipps-hooks verify [options]")
                            << QStringLiteral("Explain step by step whether a captured delivery's signature is valid.");
    QTest::newRow("webhooks register") << QStringLiteral("webhooks register")
                                       << QStringLiteral("Usage: vipps-hooks webhooks register [options]")
                                       << QStringLiteral(
                                              "Register a webhook: Vipps POSTs the chosen events to the URL.");
    QTest::newRow("webhooks events") << QStringLiteral("webhooks events")
                                     << QStringLiteral("Usage: vipps-hooks webhooks events [options]")
                                     << QStringLiteral("List the event types a webhook can be registered for.");
    QTest::newRow("webhooks") << QStringLiteral("webhooks")
                              << QStringLiteral("Usage: vipps-hooks webhooks SUBCOMMAND [options]") << QString();
    QTest::newRow("payments capture") << QStringLiteral("payments capture")
                                      << QStringLiteral("Usage: vipps-hooks payments capture [options] REF")
                                      << QStringLiteral("Capture (take) all or part of an authorized payment.");
    QTest::newRow("token") << QStringLiteral("token") << QStringLiteral("Usage: vipps-hooks token [options]")
                           << QStringLiteral("Get an access token and show how long it is valid.");
    QTest::newRow("send") << QStringLiteral("send") << QStringLiteral("Usage: vipps-hooks send [options] EVENT")
                          << QStringLiteral("Send a signed ePayment webhook to your own handler, like Vipps would.");
    QTest::newRow("sim") << QStringLiteral("sim") << QStringLiteral("Usage: vipps-hooks sim [options]")
                         << QStringLiteral("Run a local Vipps simulator: token, Webhooks and ePayment APIs, signed "
                                           "webhook deliveries.");
}

void TestCli::helpNamesTheCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    QFETCH(QString, nextLine);
    const Run run = hooks(command.split(QLatin1Char(' '), Qt::SkipEmptyParts) << QStringLiteral("--help"));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 2, run.out.constData());
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Usage: vipps-hooks ") + command), run.out.constData());
    QVERIFY2(!lines.at(0).contains(QLatin1Char('/')), run.out.constData());
    QCOMPARE(lines.at(0), usage);
    QCOMPARE(lines.at(1), nextLine);
    QVERIFY(run.err.isEmpty());
}

void TestCli::listenPortInUseExits3()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const Run run = hooks({QStringLiteral("listen"), QStringLiteral("--no-journal"), QStringLiteral("--port"),
                           QString::number(occupier.serverPort())});
    QCOMPARE(run.exitCode, 3);
    // The one thing said: nothing about secrets (no profile is saved here) before or after it.
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).contains("already in use"), run.err.constData());
}

void TestCli::listenReceivesVerifiesJournalsAndStops()
{
    const QString journalPath = m_dir.filePath(QStringLiteral("listen.jsonl"));
    QProcess listener;
    listener.setProcessEnvironment(environment());
    listener.start(hooksBinary(), {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--secret"), QString::fromUtf8(Secret), QStringLiteral("--journal"),
                                   journalPath});
    QVERIFY(listener.waitForStarted());
    QByteArray banner;
    const QRegularExpression portPattern(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QTRY_VERIFY_WITH_TIMEOUT((banner += listener.readAllStandardError(), portPattern.match(QString::fromUtf8(banner)).hasMatch()), 10000);
    const quint16 port = quint16(portPattern.match(QString::fromUtf8(banner)).captured(1).toUInt());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(port));

    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send(signedRequest(url, Body, QDateTime::currentDateTimeUtc()));
    QCOMPARE(client.readResponse().status, 200);
    QByteArray tampered = Body;
    tampered.replace("49900", "10");
    QByteArray bytes = signedRequest(url, Body, QDateTime::currentDateTimeUtc());
    bytes.replace(Body, tampered);
    bytes.replace("Content-Length: " + QByteArray::number(Body.size()), "Content-Length: " + QByteArray::number(tampered.size()));
    client.send(bytes);
    QCOMPARE(client.readResponse().status, 401);

    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += listener.readAllStandardOutput(), out.count('\n') >= 3), 10000);
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.at(0).contains("AUTHORIZED") && lines.at(0).contains("cli-order-0042") &&
                 lines.at(0).contains("valid") && lines.at(0).contains("200"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).contains("invalid") && lines.at(1).contains("401"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("body"), lines.at(2).constData()); // the reason names the changed body

    ::kill(pid_t(listener.processId()), SIGTERM);
    QVERIFY(listener.waitForFinished(10000));
    QCOMPARE(listener.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listener.exitCode(), 0);
    const QByteArray tail = banner + listener.readAllStandardError();
    QVERIFY2(tail.contains("Stopped"), tail.constData());
    QVERIFY(!tail.contains(Secret));
    QVERIFY(!out.contains(Secret));

    const Journal::ReadResult journal = Journal::Reader::readFile(journalPath);
    QCOMPARE(journal.entries.size(), 2);
    QCOMPARE(journal.entries.at(0).result, QStringLiteral("valid"));
    QCOMPARE(journal.entries.at(1).result, QStringLiteral("invalid"));
}

void TestCli::verifyExplainsValidAndInvalid_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QUrl url(QStringLiteral("https://example.com:8443/hooks/vipps?env=test"));
    const QByteArray good = signedRequest(url, Body, QDateTime::currentDateTimeUtc().addDays(-3));
    QByteArray badBody = good;
    badBody.replace("cli-order-0042", "cli-order-0043");
    QByteArray lfOnly = good;
    lfOnly.replace("\r\n", "\n");
    QTest::newRow("valid, old capture") << good << url.toString() << 0 << QStringLiteral("Result: valid");
    QTest::newRow("body changed") << badBody << url.toString() << 1 << QStringLiteral("DIFFERENT");
    QTest::newRow("other registered host") << good << QStringLiteral("https://example.com/hooks/vipps?env=test") << 1
                                           << QStringLiteral("Result: invalid");
    QTest::newRow("LF line endings") << lfOnly << url.toString() << 0 << QStringLiteral("LF only");
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << url.toString() << 2
                              << QStringLiteral("could not be parsed");
}

void TestCli::verifyExplainsValidAndInvalid()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = hooks(
        {QStringLiteral("verify"), QStringLiteral("--secret"), QString::fromUtf8(Secret), QStringLiteral("--url"), url},
        request);
    QCOMPARE(run.exitCode, exitCode);
    const QString all = QString::fromUtf8(run.out + run.err);
    QVERIFY2(all.contains(expected), qPrintable(all));
    QVERIFY(!all.contains(QString::fromUtf8(Secret)));
}

void TestCli::verifyReadsJournalEntries()
{
    const QString path = m_dir.filePath(QStringLiteral("verify.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QUrl url(QStringLiteral("https://example.com/cb"));
    const Signature::SignedHeaders h = Signature::Signer::sign(Secret, url, Body, QDateTime::currentDateTimeUtc());
    const auto line = [&](int seq, const QByteArray &body) {
        QByteArray escaped = body;
        escaped.replace("\"", "\\\"");
        return R"({"seq":)" + QByteArray::number(seq) + R"(,"receivedAt":")" +
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
               R"(","remote":"127.0.0.1:1","method":"POST","target":"/cb","headers":[["Host","example.com"],)" +
               R"(["x-ms-date",")" + h.xMsDate + R"("],["x-ms-content-sha256",")" + h.contentHash +
               R"("],["Authorization",")" + h.authorization + R"("]],"body":")" + escaped +
               R"(","verification":null,"duplicate":false,"response":{"status":200}})" + "\n";
    };
    QByteArray tampered = Body;
    tampered.replace("49900", "1");
    file.write(line(1, Body) + line(2, tampered));
    file.close();
    const QStringList common = {QStringLiteral("verify"), QStringLiteral("--secret"), QString::fromUtf8(Secret),
                                QStringLiteral("--url"), url.toString(), QStringLiteral("--request"), path};
    const Run first = hooks(common + QStringList{QStringLiteral("--seq"), QStringLiteral("1")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.contains("journal entry #1"));
    const Run last = hooks(common);
    QCOMPARE(last.exitCode, 1);
    QVERIFY(last.out.contains("journal entry #2"));
    const Run missing = hooks(common + QStringList{QStringLiteral("--seq"), QStringLiteral("9")});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::verifyJsonOutput()
{
    const QUrl url(QStringLiteral("https://example.com/"));
    const Run run = hooks({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--secret"),
                           QString::fromUtf8(Secret), QStringLiteral("--url"), url.toString()},
                          signedRequest(url, Body, QDateTime::currentDateTimeUtc()));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QLatin1String("result")).toString(), QStringLiteral("valid"));
    QCOMPARE(object.value(QLatin1String("host")).toString(), QStringLiteral("example.com"));
    QCOMPARE(object.value(QLatin1String("pathAndQuery")).toString(), QStringLiteral("/"));
    QVERIFY(object.value(QLatin1String("stringToSign")).toString().startsWith(QLatin1String("POST\n/\n")));
}

void TestCli::listenPicksStoredSecrets_data()
{
    QTest::addColumn<QString>("store");     // "empty", "simulator" (one stored webhook id) or "other"
    QTest::addColumn<QStringList>("given"); // secret options, or "VIPPS_WEBHOOK_SECRET=..."
    QTest::addColumn<QString>("expected");  // on stderr; empty: profile 'simulator' is not mentioned
    const QString secret = QString::fromUtf8(Secret);
    const QString none = QStringLiteral("No webhook secrets of profile 'simulator' yet");
    const QString some = QStringLiteral("Verifying with the webhook secrets of profile 'simulator' (1 stored)");
    QTest::newRow("no profile saved") << QStringLiteral("empty") << QStringList() << none;
    QTest::newRow("only the simulator profile") << QStringLiteral("simulator") << QStringList() << some;
    QTest::newRow("another profile saved") << QStringLiteral("other") << QStringList() << QString();
    QTest::newRow("--secret") << QStringLiteral("simulator") << QStringList{QStringLiteral("--secret"), secret}
                              << QString();
    QTest::newRow("--webhook-id") << QStringLiteral("simulator")
                                  << QStringList{QStringLiteral("--webhook-id"), QStringLiteral("wh-1=") + secret}
                                  << QString();
    QTest::newRow("VIPPS_WEBHOOK_SECRET")
        << QStringLiteral("simulator") << QStringList{QStringLiteral("VIPPS_WEBHOOK_SECRET=") + secret} << QString();
}

// What listen says about the secrets it chose comes with its banner, once it listens.
void TestCli::listenPicksStoredSecrets()
{
    QFETCH(QString, store);
    QFETCH(QStringList, given);
    QFETCH(QString, expected);
    if (store == QLatin1String("simulator"))
        saveProfile(Sim::SimulatorProfile::defaultProfile(), {QStringLiteral("wh-1")});
    Credentials::Profile other = Sim::SimulatorProfile::defaultProfile();
    other.name = QStringLiteral("staging");
    if (store == QLatin1String("other"))
        saveProfile(other, {QStringLiteral("wh-1")});
    QStringList options{QStringLiteral("--no-journal")};
    QStringList variables;
    for (const QString &item : given)
        (item.startsWith(QLatin1String("VIPPS_")) ? variables : options).append(item);
    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(options, environment(variables)), listen.err().constData());
    QCOMPARE(listen.stop(), 0);
    const QString err = QString::fromUtf8(listen.err());
    QVERIFY(!listen.err().contains(Secret));
    if (expected.isEmpty()) {
        QVERIFY2(!err.contains(QLatin1String("'simulator'")), qPrintable(err));
        return;
    }
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY2(err.indexOf(expected) > err.indexOf(QLatin1String("Listening on")), qPrintable(err));
    if (store == QLatin1String("simulator")) // no keychain in this test: a warning, listen goes on
        QVERIFY2(err.contains(QLatin1String("cannot read the webhook secrets")), qPrintable(err));
    else
        QVERIFY2(err.contains(QLatin1String("webhooks register --url URL --event TYPE")), qPrintable(err));
    // listen only reads: it saves no profile.
    QCOMPARE(QFile::exists(configHome() + QStringLiteral("/vipps-workbench/profiles.ini")),
             store != QLatin1String("empty"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
