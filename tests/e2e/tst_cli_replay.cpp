// SPDX-License-Identifier: MIT
// `vipps-hooks replay` and `vipps-hooks pack` as a user runs them, against a handler in this process that checks every
// signature on its own (VerifyingHandler): replay as received, re-signed and edited; pack new and pack run with
// passing and failing lines; usage errors, a handler that is down, and no webhook secret in any output.
#include "cannedserver.h"
#include "hooksrun.h"
#include "journal/codec.h"
#include "signature/scheme.h"
#include "signature/signer.h"
#include "signedentry.h"
#include "verifyinghandler.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The secret of the original deliveries, and the one the handler under test verifies with.
const QByteArray OriginalSecret = QByteArrayLiteral("original-secret-d41c+8w==");
const QByteArray HandlerSecret = QByteArrayLiteral("handler-secret-93be/2Q==");
const QUrl OriginalUrl(QStringLiteral("https://shop.example/hooks/vipps?shop=1"));

using Run = HooksRun;

QByteArray body(const char *name, int seq)
{
    return QStringLiteral(R"({"msn":"123456","reference":"replay-order-1","pspReference":"p-%1","name":"%2",)"
                          R"("amount":{"currency":"NOK","value":49900},"success":true})")
        .arg(seq)
        .arg(QLatin1String(name))
        .toUtf8();
}

// A delivery to OriginalUrl signed at signedAt, as listen journals it.
Journal::Entry entry(qint64 seq, const char *name, const QDateTime &signedAt)
{
    return deliveryEntry(seq, OriginalSecret, OriginalUrl, body(name, int(seq)), signedAt);
}

QString bin()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void replayAsReceived();
    void replayAsReceivedOfAnOldDeliveryIsRefused();
    void replayResigned_data();
    void replayResigned();
    void replayEdited();
    void replayJson();
    void replayReadsListensJournalByDefault();
    void replayUsageErrors_data();
    void replayUsageErrors();
    void replayHandlerDownExits3();

    void packNewAndRunPasses();
    void packRunWithFailingLines();
    void packRunJson();
    void packRunHandlerDownExits3();
    void packUsageErrors_data();
    void packUsageErrors();

private:
    QProcessEnvironment environment(const QStringList &variables = {}) const;
    Run run(const QStringList &arguments, const QStringList &variables = {});
    void checkUsageError(const QString &arguments, const QString &message);
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.jsonl")); }
    QString packPath() const { return m_dir.filePath(QStringLiteral("pack.json")); }
    void writeJournal(const QString &path);
    QStringList newPack();

    QTemporaryDir m_dir;
    QList<Journal::Entry> m_entries;
    std::unique_ptr<VerifyingHandler> m_handler;
};

void TestCliReplay::initTestCase()
{
    QVERIFY(QFile::exists(bin()));
    QVERIFY(m_dir.isValid());
}

// Entry 1 fresh, 2 and 3 signed an hour ago (so a check of freshness refuses them as received).
void TestCliReplay::init()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_entries = {entry(1, "AUTHORIZED", now), entry(2, "CAPTURED", now.addSecs(-3600)),
                 entry(3, "REFUNDED", now.addSecs(-3500))};
    writeJournal(journalPath());
    QFile::remove(packPath());
    m_handler = std::make_unique<VerifyingHandler>();
    QVERIFY(m_handler->start());
    m_handler->setSecret(HandlerSecret);
}

void TestCliReplay::cleanup()
{
    m_handler.reset();
}

void TestCliReplay::writeJournal(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const Journal::Entry &e : std::as_const(m_entries))
        file.write(Journal::Codec::encode(e));
}

// No VIPPS_* variables, settings and data in the test's folder, no keychain; variables: extra "NAME=value" entries.
QProcessEnvironment TestCliReplay::environment(const QStringList &variables) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    return environment;
}

// Whatever a run prints must hold neither webhook secret.
Run TestCliReplay::run(const QStringList &arguments, const QStringList &variables)
{
    const Run result = runHooks(bin(), arguments, environment(variables));
    const bool secretShown = result.all().contains(OriginalSecret) || result.all().contains(HandlerSecret);
    if (secretShown)
        qWarning("a webhook secret was printed (output withheld)");
    else if (result.exitCode == -1)
        qWarning("%s", result.all().constData());
    return secretShown ? Run{-2, {}, {}} : result;
}

// The arguments with JOURNAL, PACK, MISSING, URL and SECRET standing for the test's; a usage error saying message,
// and nothing sent.
void TestCliReplay::checkUsageError(const QString &arguments, const QString &message)
{
    QStringList list = words(arguments);
    list.replaceInStrings(QStringLiteral("MISSING"), m_dir.filePath(QStringLiteral("none/journal.jsonl")));
    list.replaceInStrings(QStringLiteral("JOURNAL"), journalPath());
    list.replaceInStrings(QStringLiteral("PACK"), packPath());
    list.replaceInStrings(QStringLiteral("URL"), m_handler->url().toString());
    list.replaceInStrings(QStringLiteral("SECRET"), QString::fromLatin1(HandlerSecret));
    const Run result = run(list);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(m_handler->seen().isEmpty());
}

// ---- replay ----

void TestCliReplay::replayAsReceived()
{
    m_handler->setSecret(OriginalSecret);
    m_handler->setRegisteredUrl(OriginalUrl); // as the handler at the original URL checks it
    const Run result = run({QStringLiteral("replay"), QStringLiteral("1"), QStringLiteral("--journal"), journalPath(),
                            QStringLiteral("--to"), m_handler->url().toString()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("#1 POST /hooks/vipps?shop=1"), result.out.constData());
    QVERIFY(result.out.contains("as received"));
    QVERIFY(
        QRegularExpression(QStringLiteral("HTTP 200 OK in \\d+ ms")).match(QString::fromUtf8(result.out)).hasMatch());
    QCOMPARE(m_handler->seen().size(), 1);
    const VerifyingHandler::Seen &seen = m_handler->seen().constFirst();
    QCOMPARE(seen.verification.result, Signature::Result::Valid);
    QCOMPARE(seen.request.target, QByteArray("/hooks/vipps?shop=1")); // the entry's own path on the --to origin
    QCOMPARE(seen.request.body, m_entries.at(0).body);
    QCOMPARE(seen.request.headers.value("Host"), m_handler->url().authority().toUtf8());
    for (const Http::Header &header : m_entries.at(0).headers) {
        if (header.name != "Host")
            QCOMPARE(seen.request.headers.value(header.name), header.value);
    }
}

void TestCliReplay::replayAsReceivedOfAnOldDeliveryIsRefused()
{
    m_handler->setSecret(OriginalSecret);
    m_handler->setRegisteredUrl(OriginalUrl);
    const Run result = run({QStringLiteral("replay"), QStringLiteral("2"), QStringLiteral("--journal"), journalPath(),
                            QStringLiteral("--to"), m_handler->url(QStringLiteral("/hooks/vipps")).toString()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("HTTP 401 Unauthorized in"), result.out.constData());
    QVERIFY(result.out.contains("Webhook signature invalid")); // the start of the answer's body
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Stale);
}

void TestCliReplay::replayResigned_data()
{
    QTest::addColumn<QStringList>("secretArguments");
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("--secret") << QStringList{QStringLiteral("--secret"), QString::fromLatin1(HandlerSecret)}
                              << QStringList{};
    QTest::newRow("VIPPS_WEBHOOK_SECRET")
        << QStringList{} << QStringList{QStringLiteral("VIPPS_WEBHOOK_SECRET=") + QString::fromLatin1(HandlerSecret)};
}

void TestCliReplay::replayResigned()
{
    QFETCH(QStringList, secretArguments);
    QFETCH(QStringList, variables);
    const QUrl to = m_handler->url(QStringLiteral("/my/handler?x=1"));
    const Run result =
        run(QStringList{QStringLiteral("replay"), QStringLiteral("2"), QStringLiteral("--journal"), journalPath(),
                        QStringLiteral("--to"), to.toString(), QStringLiteral("--resign")} +
                secretArguments,
            variables);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("re-signed for this URL with a new x-ms-date"));
    const VerifyingHandler::Seen &seen = m_handler->seen().constFirst();
    QVERIFY2(seen.verification.result == Signature::Result::Valid, qPrintable(seen.verification.reason));
    QCOMPARE(seen.request.target, QByteArray("/my/handler?x=1"));
    QCOMPARE(seen.request.body, m_entries.at(1).body);
    QVERIFY(seen.request.headers.value("x-ms-date") != m_entries.at(1).headers.value("x-ms-date"));
    QCOMPARE(seen.request.headers.value("Webhook-Id"), QByteArray("hook-1"));
    QCOMPARE(seen.request.headers.value("X-Vipps-Authorization"), seen.request.headers.value("Authorization"));
}

void TestCliReplay::replayEdited()
{
    const QString file = m_dir.filePath(QStringLiteral("edited.json"));
    const QByteArray edited =
        R"({"name":"CAPTURED","reference":"replay-order-1","amount":{"currency":"NOK","value":1}})";
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(edited);
    out.close();
    const Run result = run({QStringLiteral("replay"), QStringLiteral("2"), QStringLiteral("--journal"), journalPath(),
                            QStringLiteral("--to"), m_handler->url(QStringLiteral("/h")).toString(),
                            QStringLiteral("--resign"), QStringLiteral("--body-file"), file},
                           {QStringLiteral("VIPPS_WEBHOOK_SECRET=") + QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("with the body of"));
    const VerifyingHandler::Seen &seen = m_handler->seen().constFirst();
    QCOMPARE(seen.request.body, edited);
    QCOMPARE(seen.verification.result, Signature::Result::Valid);
}

void TestCliReplay::replayJson()
{
    const Run result = run({QStringLiteral("replay"), QStringLiteral("3"), QStringLiteral("--journal"), journalPath(),
                            QStringLiteral("--to"), m_handler->url(QStringLiteral("/h")).toString(),
                            QStringLiteral("--resign"), QStringLiteral("--json")},
                           {QStringLiteral("VIPPS_WEBHOOK_SECRET=") + QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(object.value(QLatin1String("seq")).toInt(), 3);
    QCOMPARE(object.value(QLatin1String("mode")).toString(), QStringLiteral("resigned"));
    QCOMPARE(object.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(object.value(QLatin1String("url")).toString(), m_handler->url(QStringLiteral("/h")).toString());
    QCOMPARE(object.value(QLatin1String("responseBody")).toString(), QStringLiteral(R"({"ok":true})"));
}

// Without --journal, listen's journal: the path listen --help names (XDG_DATA_HOME/vipps-hooks/journal.jsonl).
void TestCliReplay::replayReadsListensJournalByDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("data/vipps-hooks/journal.jsonl"));
    const Run help = run({QStringLiteral("listen"), QStringLiteral("--help")});
    QVERIFY2(QString::fromUtf8(help.out).remove(QRegularExpression(QStringLiteral("\\s+"))).contains(path),
             help.out.constData());
    writeJournal(path);
    m_handler->setSecret(OriginalSecret);
    m_handler->setRegisteredUrl(OriginalUrl);
    const Run result =
        run({QStringLiteral("replay"), QStringLiteral("1"), QStringLiteral("--to"), m_handler->url().toString()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
}

void TestCliReplay::replayUsageErrors_data()
{
    QTest::addColumn<QString>("arguments"); // checkUsageError()
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown seq") << "replay 9 --journal JOURNAL --to URL"
                                 << "has no entry #9";
    QTest::newRow("no journal") << "replay 1 --journal MISSING --to URL"
                                << "there is no journal at";
    QTest::newRow("body file without resign") << "replay 1 --journal JOURNAL --to URL --body-file JOURNAL"
                                              << "--body-file needs --resign";
    QTest::newRow("secret without resign") << "replay 1 --journal JOURNAL --to URL --secret SECRET"
                                           << "add --resign";
    QTest::newRow("resign without secret") << "replay 1 --journal JOURNAL --to URL --resign"
                                           << "--resign needs --secret";
    QTest::newRow("bad URL") << "replay 1 --journal JOURNAL --to ftp://example.com/"
                             << "--to must be an http(s) URL";
    QTest::newRow("no URL") << "replay 1 --journal JOURNAL"
                            << "--to is required";
    QTest::newRow("not a seq") << "replay one --journal JOURNAL --to URL"
                               << "SEQ must be a positive";
    QTest::newRow("a seq with a sign") << "replay +1 --journal JOURNAL --to URL"
                                       << "SEQ must be a positive";
    QTest::newRow("no seq") << "replay --journal JOURNAL --to URL"
                            << "missing SEQ";
}

void TestCliReplay::replayUsageErrors()
{
    QFETCH(QString, arguments);
    QFETCH(QString, message);
    checkUsageError(arguments, message);
}

void TestCliReplay::replayHandlerDownExits3()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/hooks").arg(closedPort());
    const Run result = run({QStringLiteral("replay"), QStringLiteral("1"), QStringLiteral("--journal"), journalPath(),
                            QStringLiteral("--to"), url});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("could not deliver to " + url.toUtf8()), result.err.constData());
}

// ---- pack ----

// pack new with every kind; returns the lines of its output.
QStringList TestCliReplay::newPack()
{
    const Run made =
        run(words(QStringLiteral("pack new --journal %1 --seq 1 --broken tampered:1 --broken wrong-secret:1 "
                                 "--broken stale:1 --broken duplicate:1 --broken out-of-order:3 --seq 2 "
                                 "--output %2")
                      .arg(journalPath(), packPath())));
    if (made.exitCode != 0)
        qWarning("%s", made.all().constData());
    return QString::fromUtf8(made.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCliReplay::packNewAndRunPasses()
{
    QCOMPARE(newPack(), QStringList{QStringLiteral("Wrote 7 steps to %1: valid #1, tampered #1, wrong-secret #1, stale "
                                                   "#1, duplicate #1, out-of-order #3, valid #2.")
                                        .arg(packPath())});
    QFile file(packPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonObject pack = QJsonDocument::fromJson(json).object();
    QCOMPARE(pack.value(QLatin1String("format")).toString(), QStringLiteral("vipps-hooks-test-pack"));
    QCOMPARE(pack.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(pack.value(QLatin1String("steps")).toArray().size(), 7);
    QVERIFY(!json.contains("Authorization") && !json.contains("x-ms-date")); // signed when it runs

    const Run result =
        run({QStringLiteral("pack"), QStringLiteral("run"), packPath(), QStringLiteral("--to"),
             m_handler->url().toString(), QStringLiteral("--secret"), QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    for (int i = 0; i < 7; ++i)
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("PASS %1/7 ").arg(i + 1)), qPrintable(lines.at(i)));
    QVERIFY2(lines.at(1).contains(QLatin1String("tampered #1 AUTHORIZED replay-order-1: the amount changed from 49900 "
                                                "to 49901 after signing; HTTP 401 Unauthorized in")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(7), QStringLiteral("All 7 steps passed."));
    QCOMPARE(m_handler->seen().size(), 7);
    QCOMPARE(m_handler->seen().at(3).verification.result, Signature::Result::Stale);
}

void TestCliReplay::packRunWithFailingLines()
{
    newPack();
    m_handler->answerAlways(200); // takes everything, broken or not
    const Run result = run({QStringLiteral("pack"), QStringLiteral("run"), packPath(), QStringLiteral("--to"),
                            m_handler->url().toString()},
                           {QStringLiteral("VIPPS_WEBHOOK_SECRET=") + QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    const QStringList verdicts{QStringLiteral("PASS"), QStringLiteral("FAIL"), QStringLiteral("FAIL"),
                               QStringLiteral("FAIL"), QStringLiteral("PASS"), QStringLiteral("PASS"),
                               QStringLiteral("PASS")};
    for (int i = 0; i < 7; ++i)
        QVERIFY2(lines.at(i).startsWith(verdicts.at(i)), qPrintable(lines.at(i)));
    QVERIFY2(
        lines.at(2).contains(QLatin1String("wrong-secret #1 AUTHORIZED replay-order-1: signed with another secret; "
                                           "HTTP 200 OK in")),
        qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).endsWith(QLatin1String("expected 4xx: a delivery signed with another secret must be refused")));
    QCOMPARE(lines.at(7), QStringLiteral("4 of 7 steps passed, 3 failed."));
}

void TestCliReplay::packRunJson()
{
    newPack();
    m_handler->answerAlways(200);
    const Run result = run({QStringLiteral("pack"), QStringLiteral("run"), packPath(), QStringLiteral("--to"),
                            m_handler->url().toString(), QStringLiteral("--json")},
                           {QStringLiteral("VIPPS_WEBHOOK_SECRET=") + QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(object.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(object.value(QLatin1String("passed")).toInt(), 4);
    QCOMPARE(object.value(QLatin1String("failed")).toInt(), 3);
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 7);
    const QJsonObject stale = steps.at(3).toObject();
    QCOMPARE(stale.value(QLatin1String("kind")).toString(), QStringLiteral("stale"));
    QCOMPARE(stale.value(QLatin1String("expected")).toString(), QStringLiteral("4xx"));
    QCOMPARE(stale.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(stale.value(QLatin1String("passed")).toBool(), false);
}

void TestCliReplay::packRunHandlerDownExits3()
{
    newPack();
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(closedPort());
    const Run result = run({QStringLiteral("pack"), QStringLiteral("run"), packPath(), QStringLiteral("--to"), url,
                            QStringLiteral("--secret"), QString::fromLatin1(HandlerSecret)});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("could not deliver to"), result.err.constData());
    QVERIFY(result.out.startsWith("FAIL 1/7 "));
}

void TestCliReplay::packUsageErrors_data()
{
    QTest::addColumn<QString>("arguments"); // checkUsageError()
    QTest::addColumn<QString>("message");
    QTest::newRow("new: no seq") << "pack new --journal JOURNAL"
                                 << "--seq is required";
    QTest::newRow("new: a seq with a sign") << "pack new --journal JOURNAL --seq +1"
                                            << "--seq must be a positive";
    QTest::newRow("new: a broken seq with a sign") << "pack new --journal JOURNAL --seq 1 --broken stale:+1"
                                                   << "--broken must be KIND:SEQ";
    QTest::newRow("new: unknown seq") << "pack new --journal JOURNAL --seq 1 --seq 9"
                                      << "has no entry #9";
    QTest::newRow("new: no journal") << "pack new --journal MISSING --seq 1"
                                     << "there is no journal";
    QTest::newRow("new: unknown kind") << "pack new --journal JOURNAL --seq 1 --broken slow:1"
                                       << "--broken must be";
    QTest::newRow("new: duplicate first") << "pack new --journal JOURNAL --broken duplicate:1 --seq 1"
                                          << "duplicate:1 repeats";
    QTest::newRow("new: out of order last") << "pack new --journal JOURNAL --seq 1 --broken out-of-order:3"
                                            << "out-of-order:3";
    QTest::newRow("run: no file") << "pack run MISSING --to URL --secret SECRET"
                                  << "cannot read";
    QTest::newRow("run: not a pack") << "pack run JOURNAL --to URL --secret SECRET"
                                     << "not a test pack";
    QTest::newRow("run: no secret") << "pack run PACK --to URL"
                                    << "--secret (or VIPPS_WEBHOOK_SECRET) is required";
    QTest::newRow("run: bad URL") << "pack run PACK --to localhost --secret SECRET"
                                  << "--to must be";
}

void TestCliReplay::packUsageErrors()
{
    QFETCH(QString, arguments);
    QFETCH(QString, message);
    newPack();
    checkUsageError(arguments, message);
}

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_cli_replay.moc"
