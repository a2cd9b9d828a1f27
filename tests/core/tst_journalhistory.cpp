// SPDX-License-Identifier: MIT
// The event log's history after a restart: the newest events of a journal and its rotated files
// (Events::JournalHistory), and how the log takes them in (EventLogModel::insertOlder).
#include "events/eventlogmodel.h"
#include "events/journalhistory.h"
#include "journal/writer.h"
#include "signedentry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Secret = QByteArrayLiteral("history-secret-7d2");
const QUrl HookUrl(QStringLiteral("https://example.com/hooks/vipps"));

QByteArray bodyFor(int n)
{
    return R"({"msn":"123456","reference":"history-order-)" + QByteArray::number(n) +
           R"(","pspReference":"p","name":"CAPTURED","amount":{"currency":"NOK","value":1500},)"
           R"("timestamp":"2026-11-26T12:00:00.000Z","success":true})";
}

Events::EventRecord liveRecord(qint64 seq)
{
    Events::EventRecord record = Events::EventRecord::fromJournal(
        signedJournalEntry(HookUrl, Secret, bodyFor(int(seq)), QDateTime::currentDateTimeUtc(), seq));
    record.restored = false;
    return record;
}

QList<qint64> seqsOf(const Events::EventLogModel &log)
{
    QList<qint64> seqs;
    for (int row = 0; row < log.rowCount(); ++row)
        seqs.append(log.record(row).entry.seq);
    return seqs;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> seqs;
    for (qint64 seq = first; seq <= last; ++seq)
        seqs.append(seq);
    return seqs;
}

} // namespace

class TestJournalHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newestEntriesAcrossRotatedFiles();
    void noJournalYet();
    void cancelledReadStops();
    void requestThatIsNoDeliveryStaysOne();
    void olderRowsGoAboveTheLiveOnes();
    void olderRowsFillOnlyTheRoomLeft();
    void liveRowAlreadyRestoredIsNotShownTwice();

private:
    QString writeJournal(int count, qint64 maxFileBytes = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// count signed deliveries, seq 1..count, the last one answered 401 as invalid.
QString TestJournalHistory::writeJournal(int count, qint64 maxFileBytes)
{
    const QString path = m_dir->filePath(QStringLiteral("journal.jsonl"));
    Journal::Writer writer;
    Journal::Options options;
    options.maxFileBytes = maxFileBytes;
    options.keepFiles = 100;
    writer.setOptions(options);
    QString error;
    if (!writer.open(path, &error))
        qFatal("%s", qPrintable(error));
    for (int n = 1; n <= count; ++n) {
        Journal::Entry entry = signedJournalEntry(HookUrl, Secret, bodyFor(n), QDateTime::currentDateTimeUtc());
        if (n == count) {
            entry.result = QStringLiteral("invalid");
            entry.reason = QStringLiteral("the body was changed");
            entry.status = 401;
        }
        if (!writer.append(&entry, &error))
            qFatal("%s", qPrintable(error));
    }
    writer.close();
    return path;
}

void TestJournalHistory::newestEntriesAcrossRotatedFiles()
{
    const QString path = writeJournal(50, 4096);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("journal.2.jsonl")))); // the entries span several files
    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 10);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.records.size(), 10);
    for (qsizetype i = 0; i < loaded.records.size(); ++i) {
        const Events::EventRecord &record = loaded.records.at(i);
        QCOMPARE(record.entry.seq, 41 + i);
        QVERIFY(record.restored);
        QVERIFY(record.verified);
        QCOMPARE(record.summary.reference, QStringLiteral("history-order-%1").arg(41 + i));
        QVERIFY(record.searchText.contains(QStringLiteral("history-order-%1").arg(41 + i)));
    }
    QCOMPARE(loaded.records.at(8).verification.result, Signature::Result::Valid);
    const Events::EventRecord &last = loaded.records.last();
    QCOMPARE(last.verification.result, Signature::Result::Invalid);
    QCOMPARE(last.verification.translatedReason(), QStringLiteral("the body was changed"));
    QCOMPARE(last.entry.status, 401);
    QVERIFY(last.verification.computedSignature.isEmpty()); // the steps are not in the journal
}

void TestJournalHistory::noJournalYet()
{
    const Events::JournalHistory::Loaded loaded =
        Events::JournalHistory::readNewest(m_dir->filePath(QStringLiteral("none.jsonl")), 10);
    QVERIFY(loaded.records.isEmpty());
    QVERIFY(loaded.error.isEmpty());
}

void TestJournalHistory::cancelledReadStops()
{
    const QString path = writeJournal(5);
    const std::atomic<bool> cancel{true};
    QVERIFY(Events::JournalHistory::readNewest(path, 10, &cancel).records.isEmpty());
    QCOMPARE(Events::JournalHistory::readNewest(path, 10).records.size(), 5);
}

void TestJournalHistory::requestThatIsNoDeliveryStaysOne()
{
    Journal::Entry entry = signedJournalEntry(HookUrl, Secret, {}, QDateTime::currentDateTimeUtc(), 3, QString());
    entry.method = "GET";
    entry.status = 405;
    const Events::EventRecord record = Events::EventRecord::fromJournal(entry);
    QVERIFY(!record.verified);
    QVERIFY(record.restored);
    QCOMPARE(Events::EventLogModel::displayText(record, Events::EventLogModel::Result), QString());
}

void TestJournalHistory::olderRowsGoAboveTheLiveOnes()
{
    Events::EventLogModel log;
    log.append({liveRecord(51), liveRecord(52)});
    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(writeJournal(52), 100);
    log.insertOlder(loaded.records); // holds 51 and 52 too: journaled before the history was read
    QCOMPARE(seqsOf(log), range(1, 52));
    QVERIFY(log.record(0).restored);
    QVERIFY(!log.record(51).restored);
    QCOMPARE(log.droppedCount(), 0);
}

void TestJournalHistory::olderRowsFillOnlyTheRoomLeft()
{
    Events::EventLogModel log;
    log.setCapacity(5);
    log.append({liveRecord(21), liveRecord(22)});
    log.insertOlder(Events::JournalHistory::readNewest(writeJournal(20), 100).records);
    QCOMPARE(seqsOf(log), QList<qint64>({18, 19, 20, 21, 22}));
}

void TestJournalHistory::liveRowAlreadyRestoredIsNotShownTwice()
{
    Events::EventLogModel log;
    log.insertOlder(Events::JournalHistory::readNewest(writeJournal(12), 100).records);
    log.append({liveRecord(11), liveRecord(12), liveRecord(13)}); // 11 and 12 came back from the journal already
    QCOMPARE(seqsOf(log), range(1, 13));
    QVERIFY(log.record(11).restored);
    QVERIFY(!log.record(12).restored);
}

QTEST_GUILESS_MAIN(TestJournalHistory)
#include "tst_journalhistory.moc"
