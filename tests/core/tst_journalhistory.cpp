// SPDX-License-Identifier: MIT
// The event log's history after a restart: the newest events of a journal and its rotated files
// (Events::JournalHistory), and how the log takes them in (EventLogModel::insertOlder).
#include "events/eventlogmodel.h"
#include "events/journalhistory.h"
#include "journal/files.h"
#include "journal/writer.h"
#include "journalsample.h"
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

} // namespace

class TestJournalHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newestEntriesAcrossRotatedFiles();
    void olderFilesAreNotOpened();
    void rowOfARemovedJournalIsLost();
    void lostRequestThatWasNoDeliveryKeepsItsRequestLine();
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
    QCOMPARE(loaded.rows.size(), 10);
    for (qsizetype i = 0; i < loaded.rows.size(); ++i) {
        const Events::EventRow &row = loaded.rows.at(i);
        QCOMPARE(row.seq, 41 + i);
        QVERIFY(row.restored);
        QVERIFY(row.verified);
        QCOMPARE(row.summary.reference, QStringLiteral("history-order-%1").arg(41 + i));
        QVERIFY(row.searchText.contains("history-order-" + QByteArray::number(41 + i)));
        QVERIFY(!row.whole); // read back when asked for, from whichever file it is in now
        const Events::EventRecord record = row.record(path);
        QVERIFY(!record.lost);
        QCOMPARE(record.entry.seq, 41 + i);
        QCOMPARE(record.entry.body, bodyFor(41 + int(i)));
        QVERIFY(record.entry.headers.contains("Authorization"));
    }
    QCOMPARE(loaded.rows.at(8).result, Signature::Result::Valid);
    const Events::EventRow &last = loaded.rows.last();
    QCOMPARE(last.result, Signature::Result::Invalid);
    QCOMPARE(last.reason.translated(), QStringLiteral("the body was changed"));
    QCOMPARE(last.status, 401);
    QVERIFY(last.record(path).verification.computedSignature.isEmpty()); // the steps are not in the journal
}

// Only the files that hold the newest entries are read: the oldest one here is not a journal at all.
void TestJournalHistory::olderFilesAreNotOpened()
{
    const QString path = writeJournal(50, 4096);
    QFile oldest(m_dir->filePath(QStringLiteral("journal.%1.jsonl")).arg(Journal::Files::rotatedFiles(path).size()));
    QVERIFY(oldest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(oldest.write("not a journal line\nnor this one\n") > 0);
    oldest.close();
    QVERIFY(Events::JournalHistory::readNewest(path, 50).skippedLines > 0); // read when its entries are wanted
    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 5);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.skippedLines, 0);
    QCOMPARE(loaded.rows.size(), 5);
    QCOMPARE(loaded.rows.constFirst().seq, 46);
}

// A row whose journal is gone keeps its summary; the rest is said to be lost, not made up.
void TestJournalHistory::rowOfARemovedJournalIsLost()
{
    const QString path = writeJournal(3);
    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 3);
    QCOMPARE(loaded.rows.size(), 3);
    for (const QString &file : Journal::Files::chain(path))
        QVERIFY(QFile::remove(file));
    const Events::EventRecord record = loaded.rows.at(1).record(path);
    QVERIFY(record.lost);
    QCOMPARE(record.entry.seq, 2);
    QCOMPARE(record.summary.reference, QStringLiteral("history-order-2"));
    QVERIFY(record.entry.body.isEmpty());
}

// What it asked for is part of the row (the Event column shows it), so it is still said when the rest is gone.
void TestJournalHistory::lostRequestThatWasNoDeliveryKeepsItsRequestLine()
{
    Journal::Entry entry = signedJournalEntry(HookUrl, Secret, {}, QDateTime::currentDateTimeUtc(), 3, QString());
    entry.method = "GET";
    entry.target = "/not-a-hook?x=1";
    entry.status = 405;
    Events::EventRow row = Events::EventRow::of(Events::EventRecord::fromJournal(entry));
    row.journaled = true;
    const Events::EventRecord record = row.record(m_dir->filePath(QStringLiteral("gone.jsonl")));
    QVERIFY(record.lost);
    QVERIFY(!record.verified);
    QCOMPARE(record.entry.method, QByteArray("GET"));
    QCOMPARE(record.entry.target, QByteArray("/not-a-hook?x=1"));
    QCOMPARE(record.entry.status, 405);
}

void TestJournalHistory::noJournalYet()
{
    const Events::JournalHistory::Loaded loaded =
        Events::JournalHistory::readNewest(m_dir->filePath(QStringLiteral("none.jsonl")), 10);
    QVERIFY(loaded.rows.isEmpty());
    QVERIFY(loaded.error.isEmpty());
}

void TestJournalHistory::cancelledReadStops()
{
    const QString path = writeJournal(5);
    const std::atomic<bool> cancel{true};
    QVERIFY(Events::JournalHistory::readNewest(path, 10, &cancel).rows.isEmpty());
    QCOMPARE(Events::JournalHistory::readNewest(path, 10).rows.size(), 5);
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
    log.insertOlder(loaded.rows); // holds 51 and 52 too: journaled before the history was read
    QCOMPARE(seqsOf(log), JournalSample::seqRange(1, 52));
    QVERIFY(log.record(0).restored);
    QVERIFY(!log.record(51).restored);
    QCOMPARE(log.droppedCount(), 0);
}

void TestJournalHistory::olderRowsFillOnlyTheRoomLeft()
{
    Events::EventLogModel log;
    log.setCapacity(5);
    log.append({liveRecord(21), liveRecord(22)});
    log.insertOlder(Events::JournalHistory::readNewest(writeJournal(20), 100).rows);
    QCOMPARE(seqsOf(log), QList<qint64>({18, 19, 20, 21, 22}));
}

void TestJournalHistory::liveRowAlreadyRestoredIsNotShownTwice()
{
    Events::EventLogModel log;
    log.insertOlder(Events::JournalHistory::readNewest(writeJournal(12), 100).rows);
    log.append({liveRecord(11), liveRecord(12), liveRecord(13)}); // 11 and 12 came back from the journal already
    QCOMPARE(seqsOf(log), JournalSample::seqRange(1, 13));
    QVERIFY(log.record(11).restored);
    QVERIFY(!log.record(12).restored);
}

QTEST_GUILESS_MAIN(TestJournalHistory)
#include "tst_journalhistory.moc"
