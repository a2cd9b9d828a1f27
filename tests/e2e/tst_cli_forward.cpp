// SPDX-License-Identifier: MIT
// `vipps-hooks listen --forward-to` end to end (docs/architecture.md §3 "Forwarding", §4 "Forward lines", §6): handlers
// in this process get the deliveries of their event type with the bytes and headers that make their own
// verification say valid; the handlers' answers are lines under their events (text and --json) and forward lines in
// the journal, which verify --seq and the journal's readers read past, across rotated files too; a failing, refused
// or silent handler is shown and journaled as such without holding up the sender's 200; bad --forward-to values are
// usage errors.
#include "clienvironment.h"
#include "cannedserver.h"
#include "journal/cursor.h"
#include "journal/files.h"
#include "journal/reader.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "signeddelivery.h"
#include "signature/verifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kSecret = QByteArrayLiteral("forward-cli-secret-Vb41");

QByteArray paymentBody(const QByteArray &name, int n = 1)
{
    return R"({"msn":"123456","reference":"forward-order-)" + QByteArray::number(n) + R"(","name":")" + name +
           R"(","amount":{"currency":"NOK","value":1500},"success":true})";
}

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

// A handler of the user's: answers status, and checks each delivery as such a handler would, with its Host header
// and its own path.
class Handler
{
public:
    explicit Handler(int status = 200)
    {
        m_server.setResponder("/hooks/vipps", [status](const Http::Request &) {
            return Http::Response::json(status, R"({"handled":true})");
        });
    }
    bool start() { return m_server.start(); }
    QString url() const { return m_server.baseUrl(QStringLiteral("/hooks/vipps")).toString(); }
    QList<Http::Request> requests() const { return m_server.requests(); }
    Signature::Result verified(qsizetype index) const
    {
        Signature::Verifier verifier;
        verifier.setSecrets({Signature::Secret::numbered(1, kSecret)});
        return verifier.verify(m_server.requests().at(index), QDateTime::currentDateTimeUtc()).result;
    }

private:
    CannedServer m_server;
};

} // namespace

class TestCliForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void routesByTypeWithTheBytesAsReceived();
    void failingAndRefusedHandlersAreShown();
    void silentHandlerTimesOutWithoutHoldingUpTheSender();
    void jsonLinesForAnswers();
    void forwardLinesAcrossRotatedFiles();
    void badValuesAreUsageErrors_data();
    void badValuesAreUsageErrors();

private:
    QProcessEnvironment environment() const;
    QStringList arguments(const QStringList &forwardTo) const;
    bool startListen(ListenProcess &listen, const QStringList &forwardTo, const QStringList &extra = {});
    int run(const QStringList &arguments, QByteArray *output);
    QStringList verifyArguments(const QUrl &hookUrl, qint64 seq) const;
    static int deliver(const ListenProcess &listen, const QByteArray &body);
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliForward::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
}

void TestCliForward::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Own settings, no VIPPS_* variables and no keychain: only what the test passes counts.
QProcessEnvironment TestCliForward::environment() const
{
    return isolatedCliEnvironment(m_dir->path());
}

QStringList TestCliForward::arguments(const QStringList &forwardTo) const
{
    QStringList arguments = {QStringLiteral("--secret"), QString::fromUtf8(kSecret), QStringLiteral("--journal"),
                             journalPath()};
    for (const QString &route : forwardTo)
        arguments += {QStringLiteral("--forward-to"), route};
    return arguments;
}

bool TestCliForward::startListen(ListenProcess &listen, const QStringList &forwardTo, const QStringList &extra)
{
    listen.keepStandardOutput();
    return listen.start(arguments(forwardTo) + extra, environment());
}

// Runs vipps-hooks to its end; its exit code (-1 when it did not finish within 30 s), stdout and stderr in *output.
int TestCliForward::run(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(hooksBinary(), arguments);
    const bool finished = process.waitForFinished(30000);
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// verify --seq for an entry of the journal, signed for hookUrl.
QStringList TestCliForward::verifyArguments(const QUrl &hookUrl, qint64 seq) const
{
    return {QStringLiteral("verify"),
            QStringLiteral("--secret"),
            QString::fromUtf8(kSecret),
            QStringLiteral("--url"),
            hookUrl.toString(),
            QStringLiteral("--request"),
            journalPath(),
            QStringLiteral("--seq"),
            QString::number(seq)};
}

// Sends one signed delivery; the status of its answer (0: none within 5 s).
int TestCliForward::deliver(const ListenProcess &listen, const QByteArray &body)
{
    RawHttpClient client;
    if (!client.connectTo(listen.port()))
        return 0;
    client.send(signedDeliveryBytes(listen.hookUrl(), kSecret, body));
    return client.readResponse().status;
}

void TestCliForward::routesByTypeWithTheBytesAsReceived()
{
    Handler captures;
    Handler authorizations(202);
    QVERIFY(captures.start() && authorizations.start());
    ListenProcess listen(hooksBinary());
    QVERIFY2(startListen(listen, {QStringLiteral("epayments.payment.captured.v1=") + captures.url(),
                                  QStringLiteral("authorized=") + authorizations.url()}),
             listen.err().constData());
    QVERIFY2(
        listen.err().contains("  forwarding to: " + captures.url().toUtf8() + " (epayments.payment.captured.v1 only)"),
        listen.err().constData());
    QVERIFY2(listen.err().contains(" (epayments.payment.authorized.v1 only)"), listen.err().constData());

    const QByteArray captured = paymentBody("CAPTURED");
    const QByteArray authorized = paymentBody("AUTHORIZED");
    QCOMPARE(deliver(listen, captured), 200);
    QTRY_VERIFY_WITH_TIMEOUT(listen.out().contains("  handler " + captures.url().toUtf8() + "  200 in "), 10000);
    QCOMPARE(deliver(listen, authorized), 200);
    QTRY_VERIFY_WITH_TIMEOUT(listen.out().contains("  handler " + authorizations.url().toUtf8() + "  202 in "), 10000);
    QCOMPARE(listen.stop(), 0);

    QCOMPARE(captures.requests().size(), 1);
    QCOMPARE(captures.requests().first().body, captured);
    QCOMPARE(captures.verified(0), Signature::Result::Valid);
    QCOMPARE(authorizations.requests().size(), 1);
    QCOMPARE(authorizations.requests().first().body, authorized);
    QCOMPARE(authorizations.verified(0), Signature::Result::Valid);
    // Each answer is printed right under its event, with nothing to say which.
    const QList<QByteArray> lines = listen.out().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains("CAPTURED") && lines.at(1).startsWith("  handler "), listen.out().constData());
    QVERIFY2(!lines.at(1).contains("(for "), lines.at(1).constData());

    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QCOMPARE(read.entries.size(), 2);
    QCOMPARE(read.skippedLines, 0);
    QCOMPARE(read.forwardsOf(1).size(), 1);
    QCOMPARE(read.forwardsOf(1).first().status, 200);
    QCOMPARE(read.forwardsOf(2).first().status, 202);
    QCOMPARE(read.forwardsOf(2).first().to, authorizations.url());
    for (const QByteArray seq : {"1", "2"}) {
        QByteArray output;
        QCOMPARE(run(verifyArguments(listen.hookUrl(), seq.toLongLong()), &output), 0);
        QVERIFY2(output.contains("journal entry #" + seq) && output.contains("Result: valid"), output.constData());
    }
}

void TestCliForward::failingAndRefusedHandlersAreShown()
{
    Handler failing(503);
    QVERIFY(failing.start());
    const QString refused = QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(closedPort());
    ListenProcess listen(hooksBinary());
    QVERIFY2(startListen(listen, {failing.url(), refused}), listen.err().constData());
    QCOMPARE(deliver(listen, paymentBody("CAPTURED")), 200);
    QTRY_VERIFY_WITH_TIMEOUT(listen.out().count("  handler ") == 2, 10000);
    QCOMPARE(listen.stop(), 0);

    const QByteArray out = listen.out();
    QVERIFY2(out.contains("  handler " + failing.url().toUtf8() + "  503 in "), out.constData());
    QVERIFY2(out.contains(" ms  (not 2xx: Vipps would retry)"), out.constData());
    QVERIFY2(out.contains("  handler " + refused.toUtf8() + "  failed: "), out.constData());
    const QList<Journal::Forward> answers = Journal::Cursor(journalPath()).forwardsOf(1);
    QCOMPARE(answers.size(), 2);
    for (const Journal::Forward &answer : answers) {
        QVERIFY(!answer.succeeded());
        QCOMPARE(answer.status, answer.to == refused ? 0 : 503);
    }
}

// Real time: the forward to a handler that never answers ends after 10 s. Meanwhile the sender has its 200 and the
// next delivery is answered; the late line names its event, since the next one's line came in between.
void TestCliForward::silentHandlerTimesOutWithoutHoldingUpTheSender()
{
    SilentServer silent;
    QVERIFY(silent.start());
    ListenProcess listen(hooksBinary());
    QVERIFY2(startListen(listen, {silent.baseUrl().toString() + QStringLiteral("/hooks/vipps")}),
             listen.err().constData());
    QCOMPARE(deliver(listen, paymentBody("CAPTURED", 1)), 200);
    QTRY_COMPARE_WITH_TIMEOUT(silent.accepted(), 1, 10000);
    QCOMPARE(deliver(listen, paymentBody("CAPTURED", 2)), 200);
    QTRY_VERIFY_WITH_TIMEOUT(listen.out().contains("forward-order-2"), 10000);
    QVERIFY(!listen.out().contains("  handler "));

    QTRY_VERIFY_WITH_TIMEOUT(listen.out().count("timed out: no answer within 10 s") == 2, 20000);
    QCOMPARE(listen.stop(), 0);
    QVERIFY2(listen.out().contains("timed out: no answer within 10 s  (for #1 "), listen.out().constData());
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QCOMPARE(read.forwards.size(), 2);
    for (const Journal::Forward &answer : read.forwards)
        QVERIFY(answer.timedOut && answer.status == 0);
}

void TestCliForward::jsonLinesForAnswers()
{
    Handler handler;
    QVERIFY(handler.start());
    ListenProcess listen(hooksBinary());
    QVERIFY2(startListen(listen, {handler.url()}, {QStringLiteral("--json")}), listen.err().constData());
    QCOMPARE(deliver(listen, paymentBody("CAPTURED")), 200);
    QTRY_VERIFY_WITH_TIMEOUT(listen.out().contains("\"forwardOf\""), 10000);
    QCOMPARE(listen.stop(), 0);

    const QList<QByteArray> lines = listen.out().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject event = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject answer = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), 1);
    QCOMPARE(answer.value(QStringLiteral("forwardOf")).toInteger(), 1);
    QCOMPARE(answer.value(QStringLiteral("to")).toString(), handler.url());
    QCOMPARE(answer.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(answer.value(QStringLiteral("succeeded")).toBool());
    QVERIFY(answer.value(QStringLiteral("journaled")).toBool());
    QVERIFY(!answer.value(QStringLiteral("timedOut")).toBool());
    QCOMPARE(answer.value(QStringLiteral("error")).toString(), QString());
}

// At 4 KiB a file, answers land among entries and in files of their own; the readers read every entry once, in
// order, every answer, verify finds an entry in the oldest file, and a restart goes on numbering.
void TestCliForward::forwardLinesAcrossRotatedFiles()
{
    Handler handler;
    QVERIFY(handler.start());
    const QStringList rotation = {QStringLiteral("--journal-max-size"), QStringLiteral("4K"),
                                  QStringLiteral("--journal-keep"), QStringLiteral("9")};
    constexpr int Deliveries = 16;
    QUrl hookUrl;
    {
        ListenProcess listen(hooksBinary());
        QVERIFY2(startListen(listen, {handler.url()}, rotation), listen.err().constData());
        hookUrl = listen.hookUrl();
        for (int n = 1; n <= Deliveries; ++n)
            QCOMPARE(deliver(listen, paymentBody("CAPTURED", n)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(int(listen.out().count("  handler ")), Deliveries, 10000);
        QCOMPARE(listen.stop(), 0);
    }
    const QStringList files = Journal::Files::chain(journalPath());
    QVERIFY(files.size() >= 3);

    Journal::Cursor cursor(journalPath());
    QList<qint64> seqs;
    QList<qint64> answered;
    while (const std::optional<Journal::Record> record = cursor.nextRecord()) {
        if (const Journal::Entry *entry = std::get_if<Journal::Entry>(&*record))
            seqs.append(entry->seq);
        else
            answered.append(std::get<Journal::Forward>(*record).forwardOf);
    }
    QCOMPARE(cursor.skippedLines(), 0);
    QCOMPARE(seqs.size(), Deliveries);
    std::sort(answered.begin(), answered.end());
    QCOMPARE(answered, seqs);
    Journal::Cursor last(journalPath());
    QCOMPARE(last.last().value_or(Journal::Entry()).seq, qint64(Deliveries));
    const qint64 oldest = Journal::Reader::readFile(files.first()).entries.first().seq;
    QCOMPARE(Journal::Cursor(journalPath()).forwardsOf(oldest).size(), 1);
    QByteArray output;
    const int verified = run(verifyArguments(hookUrl, oldest), &output);
    QVERIFY2(verified == 0, output.constData());
    QVERIFY2(output.contains("Result: valid"), output.constData());

    ListenProcess again(hooksBinary());
    QVERIFY2(startListen(again, {handler.url()}, rotation), again.err().constData());
    QCOMPARE(deliver(again, paymentBody("CAPTURED", 99)), 200);
    QCOMPARE(again.stop(), 0);
    Journal::Cursor afterRestart(journalPath());
    QCOMPARE(afterRestart.last().value_or(Journal::Entry()).seq, qint64(Deliveries + 1));
}

void TestCliForward::badValuesAreUsageErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("another scheme") << "ftp://127.0.0.1/x" << QByteArray("'ftp://127.0.0.1/x' is not an http(s) URL");
    QTest::newRow("no URL") << "epayments.payment.captured.v1=" << QByteArray("No URL given");
    QTest::newRow("an unknown type") << "epayments.payment.capture.v1=http://127.0.0.1:3000/h"
                                     << QByteArray("'epayments.payment.capture.v1' is not a known event type. Did "
                                                   "you mean: epayments.payment.captured.v1");
}

void TestCliForward::badValuesAreUsageErrors()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, message);
    QByteArray output;
    QCOMPARE(run({QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--no-journal"), QStringLiteral("--forward-to"), value},
                 &output),
             2);
    QVERIFY2(output.contains("--forward-to: "), output.constData());
    QVERIFY2(output.contains(message), output.constData());
}

QTEST_GUILESS_MAIN(TestCliForward)
#include "tst_cli_forward.moc"
