// SPDX-License-Identifier: MIT
// The receiver host forwarding accepted deliveries to the user's handler, over loopback (docs/architecture.md §3
// "Forwarding", §4 "Forward lines"): the handler's answer is journaled after its entry, with --sync too; a handler
// that never answers does not hold up the sender's 200 and is journaled as timed out once 10 s have passed (on a fake
// clock); one that cannot be reached is journaled as refused; without a journal the answer is still reported.
#include "cannedserver.h"
#include "fakedeadlineclock.h"
#include "journal/cursor.h"
#include "journal/reader.h"
#include "rawhttpclient.h"
#include "receiver/receiverhost.h"
#include "signeddelivery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Receiver::ReceiverHost;
using Receiver::ReceiverSettings;

namespace {

const QByteArray kSecret = QByteArrayLiteral("receiver-forwarding-secret-8Qw=");
const QByteArray kBody = QByteArrayLiteral(
    R"({"msn":"123456","reference":"forwarded-order-1","name":"CAPTURED","amount":{"currency":"NOK","value":1500}})");

// Sends a signed delivery on a fresh connection and returns the answer's status (0: none within 5 s).
int sendSigned(const ReceiverHost &host)
{
    RawHttpClient client;
    if (!client.connectTo(host.port()))
        return 0;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(host.port()));
    client.send(signedDeliveryBytes(url, kSecret, kBody));
    return client.readResponse().status;
}

Journal::Forward forwardAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<Journal::Forward>();
}

} // namespace

class TestReceiverForwarding : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answerIsJournaledAfterItsEntry_data();
    void answerIsJournaledAfterItsEntry();
    void silentHandlerDelaysNothingAndTimesOut();
    void unreachableHandlerIsJournaled();
    void withoutAJournalTheAnswerIsStillReported();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    bool start(ReceiverHost &host, const QUrl &target, bool journal = true, bool sync = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeDeadlineClock m_clock;
};

void TestReceiverForwarding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestReceiverForwarding::start(ReceiverHost &host, const QUrl &target, bool journal, bool sync)
{
    ReceiverSettings settings;
    settings.journalPath = journal ? journalPath() : QString();
    settings.journalOptions.sync = sync;
    settings.forwardTo = {Receiver::ForwardRoute{QString(), target}};
    host.setSecrets({Signature::Secret::numbered(1, kSecret)});
    host.setForwardDeadlineClock(&m_clock);
    return host.start(settings) == ReceiverHost::StartResult::Started;
}

void TestReceiverForwarding::answerIsJournaledAfterItsEntry_data()
{
    QTest::addColumn<bool>("sync");
    QTest::newRow("default") << false;
    QTest::newRow("--sync") << true;
}

void TestReceiverForwarding::answerIsJournaledAfterItsEntry()
{
    QFETCH(bool, sync);
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/h", 201, R"({"handled":true})");
    ReceiverHost host;
    QVERIFY2(start(host, handler.baseUrl(QStringLiteral("/h")), true, sync), qPrintable(host.errorString()));
    QSignalSpy forwarded(&host, &ReceiverHost::forwarded);
    QCOMPARE(sendSigned(host), 200);
    QVERIFY(forwarded.wait(10000));
    QVERIFY(forwarded.first().at(1).toBool());

    Journal::Cursor cursor(journalPath());
    QByteArrayList kinds;
    while (const std::optional<Journal::Record> record = cursor.nextRecord())
        kinds.append(std::holds_alternative<Journal::Entry>(*record) ? "entry" : "forward");
    QCOMPARE(kinds, (QByteArrayList{"entry", "forward"}));
    QCOMPARE(cursor.skippedLines(), 0);
    const QList<Journal::Forward> answers = Journal::Cursor(journalPath()).forwardsOf(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first(), forwardAt(forwarded, 0));
    QCOMPARE(answers.first().status, 201);
    QCOMPARE(answers.first().body, QByteArray(R"({"handled":true})"));
    QCOMPARE(answers.first().to, handler.baseUrl(QStringLiteral("/h")).toString());
    host.stop();
    Journal::Writer reopened;
    QVERIFY(reopened.open(journalPath(), nullptr));
    QCOMPARE(reopened.nextSeq(), qint64(2));
}

// The forward to a handler that accepts and never answers is still pending when the sender has its 200, and the next
// delivery is answered too; at 10 s it is journaled as timed out.
void TestReceiverForwarding::silentHandlerDelaysNothingAndTimesOut()
{
    SilentServer handler;
    QVERIFY(handler.start());
    ReceiverHost host;
    QVERIFY2(start(host, handler.baseUrl()), qPrintable(host.errorString()));
    QSignalSpy forwarded(&host, &ReceiverHost::forwarded);
    QCOMPARE(sendSigned(host), 200);
    QTRY_COMPARE_WITH_TIMEOUT(handler.accepted(), 1, 10000);
    QCOMPARE(sendSigned(host), 200);
    QTRY_COMPARE_WITH_TIMEOUT(handler.accepted(), 2, 10000);
    QCOMPARE(forwarded.size(), 0);

    m_clock.advance(10000);
    QCOMPARE(forwarded.size(), 2);
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QCOMPARE(read.entries.size(), 2);
    QCOMPARE(read.skippedLines, 0);
    for (const qint64 seq : {1, 2}) {
        const QList<Journal::Forward> answers = read.forwardsOf(seq);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 0);
        QVERIFY(answers.first().timedOut);
        QCOMPARE(answers.first().error, QStringLiteral("no answer within 10 s"));
    }
}

void TestReceiverForwarding::unreachableHandlerIsJournaled()
{
    ReceiverHost host;
    QVERIFY2(start(host, QUrl(QStringLiteral("http://127.0.0.1:%1/h").arg(closedPort()))),
             qPrintable(host.errorString()));
    QSignalSpy forwarded(&host, &ReceiverHost::forwarded);
    QCOMPARE(sendSigned(host), 200);
    QVERIFY(forwarded.wait(10000));
    const QList<Journal::Forward> answers = Journal::Reader::readFile(journalPath()).forwardsOf(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 0);
    QVERIFY(!answers.first().timedOut);
    QVERIFY2(answers.first().error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(answers.first().error));
}

void TestReceiverForwarding::withoutAJournalTheAnswerIsStillReported()
{
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/h", 200, "{}");
    ReceiverHost host;
    QVERIFY2(start(host, handler.baseUrl(QStringLiteral("/h")), false), qPrintable(host.errorString()));
    QSignalSpy forwarded(&host, &ReceiverHost::forwarded);
    QSignalSpy notJournaled(&host, &ReceiverHost::forwardNotJournaled);
    QCOMPARE(sendSigned(host), 200);
    QVERIFY(forwarded.wait(10000));
    QCOMPARE(forwardAt(forwarded, 0).status, 200);
    QVERIFY(!forwarded.first().at(1).toBool());
    QCOMPARE(notJournaled.size(), 0); // nothing failed: there is no journal
}

QTEST_GUILESS_MAIN(TestReceiverForwarding)
#include "tst_receiverforwarding.moc"
