// SPDX-License-Identifier: MIT
// The event log's memory (docs/architecture.md §7 "The event log's memory"): only the newest rows keep their record
// whole, the others are read back from the journal, across a rotation too, and what cannot be read back stays whole.
#include "events/eventlogmodel.h"
#include "journal/entrylookup.h"
#include "journal/writer.h"
#include "signedentry.h"

#include <QTemporaryDir>
#include <QTest>

using Events::EventLogModel;

namespace {

const QByteArray Secret = QByteArrayLiteral("memory-secret-41c");
const QUrl HookUrl(QStringLiteral("https://example.com/hooks/vipps"));

QByteArray bodyFor(qint64 n)
{
    return R"({"msn":"123456","reference":"memory-order-)" + QByteArray::number(n) +
           R"(","pspReference":"p","name":"AUTHORIZED","amount":{"currency":"NOK","value":2500},)"
           R"("timestamp":"2026-12-06T10:00:00.000Z","success":true})";
}

// As the receiver hands a delivery to the log: its entry journaled, its steps made, where its line starts.
Events::EventRecord journaledRecord(Journal::Writer *writer, qint64 n)
{
    Journal::Entry entry = signedJournalEntry(HookUrl, Secret, bodyFor(n), QDateTime::currentDateTimeUtc());
    QString error;
    if (!writer->append(&entry, &error))
        qFatal("%s", qPrintable(error));
    Events::EventRecord record = Events::EventRecord::fromJournal(entry);
    record.restored = false;
    record.journalOffset = writer->lastLineOffset();
    record.verification.computedSignature = "steps-of-" + QByteArray::number(n);
    return record;
}

} // namespace

class TstEventLogMemory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void onlyTheNewestRowsStayWhole();
    void olderRowsAreReadBackAfterARotation();
    void pausedRowsAreKeptCompactToo();
    void rowsNotInTheJournalStayWhole();
    void manyRowsAreReadBackTogether();
    void lookupWithoutAnOffsetSearchesBySeq();

private:
    QList<Events::EventRecord> write(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Journal::Writer m_writer;
};

void TstEventLogMemory::init()
{
    m_writer.close();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.jsonl"));
    QString error;
    QVERIFY2(m_writer.open(m_path, &error), qPrintable(error));
}

QList<Events::EventRecord> TstEventLogMemory::write(int count)
{
    QList<Events::EventRecord> records;
    for (int n = 0; n < count; ++n)
        records.append(journaledRecord(&m_writer, m_writer.nextSeq()));
    return records;
}

void TstEventLogMemory::onlyTheNewestRowsStayWhole()
{
    EventLogModel log;
    log.setJournalPath(m_path);
    const QList<Events::EventRecord> written = write(EventLogModel::KeptWhole + 30);
    for (qsizetype from = 0; from < written.size(); from += 100)
        log.append(written.mid(from, 100));
    QCOMPARE(log.rowCount(), EventLogModel::KeptWhole + 30);
    QCOMPARE(log.wholeCount(), EventLogModel::KeptWhole);

    const Events::EventRecord oldest = log.record(0); // read back: the request as journaled, no steps
    QVERIFY(oldest.readBack);
    QVERIFY(!oldest.lost);
    QCOMPARE(oldest.entry, written.constFirst().entry);
    QVERIFY(oldest.verification.computedSignature.isEmpty());
    QCOMPARE(log.record(29).entry, written.at(29).entry);

    const Events::EventRecord newest = log.record(log.rowCount() - 1); // as it arrived
    QVERIFY(!newest.readBack);
    QCOMPARE(newest.verification.computedSignature, "steps-of-" + QByteArray::number(written.constLast().entry.seq));
    QCOMPARE(log.index(0, EventLogModel::Reference).data().toString(), QStringLiteral("memory-order-1"));
}

// A rotation renames the file the lines are in; they are found at the same offset in the file they went to.
void TstEventLogMemory::olderRowsAreReadBackAfterARotation()
{
    EventLogModel log;
    log.setJournalPath(m_path);
    log.setCapacity(5000);
    log.append(write(EventLogModel::KeptWhole + 5));
    Journal::Options options;
    options.maxFileBytes = 64 * 1024;
    options.keepFiles = 100;
    m_writer.setOptions(options);
    log.append(write(EventLogModel::KeptWhole)); // the first file is rotated away from the journal's name
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("journal.2.jsonl"))));
    for (int row : {0, 4, EventLogModel::KeptWhole + 4}) {
        const Events::EventRecord record = log.record(row);
        QVERIFY(!record.lost);
        QCOMPARE(record.entry.seq, row + 1);
        QCOMPARE(record.entry.body, bodyFor(row + 1));
    }
}

void TstEventLogMemory::pausedRowsAreKeptCompactToo()
{
    EventLogModel log;
    log.setJournalPath(m_path);
    log.setPaused(true);
    log.append(write(EventLogModel::KeptWhole + 40));
    QCOMPARE(log.rowCount(), 0);
    log.setPaused(false);
    QCOMPARE(log.rowCount(), EventLogModel::KeptWhole + 40);
    QCOMPARE(log.wholeCount(), EventLogModel::KeptWhole);
    QCOMPARE(log.record(0).entry.body, bodyFor(1));
}

// No journal, or a write that failed: the row is the only copy, so it keeps its record.
void TstEventLogMemory::rowsNotInTheJournalStayWhole()
{
    EventLogModel log;
    QList<Events::EventRecord> records = write(EventLogModel::KeptWhole + 10);
    for (Events::EventRecord &record : records)
        record.journaled = false;
    log.append(records);
    QCOMPARE(log.wholeCount(), EventLogModel::KeptWhole + 10);
    QVERIFY(!log.record(0).readBack);
    QCOMPARE(log.record(0).verification.computedSignature, QByteArray("steps-of-1"));
}

// Export and replay of a selection: one lookup reads every row back, whole rows and read-back ones in the order asked.
void TstEventLogMemory::manyRowsAreReadBackTogether()
{
    EventLogModel log;
    log.setJournalPath(m_path);
    const QList<Events::EventRecord> written = write(EventLogModel::KeptWhole + 20);
    log.append(written);
    const QList<int> rows{log.rowCount() - 1, 3, 0, 19};
    const QList<Events::EventRecord> records = log.records(rows);
    QCOMPARE(records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(records.at(i).entry, written.at(rows.at(i)).entry);
        QCOMPARE(records.at(i).readBack, rows.at(i) < 20);
    }
}

void TstEventLogMemory::lookupWithoutAnOffsetSearchesBySeq()
{
    const QList<Events::EventRecord> written = write(20);
    QCOMPARE(Journal::EntryLookup::find(m_path, 7)->body, bodyFor(7));
    QCOMPARE(Journal::EntryLookup::find(m_path, 7, written.at(2).journalOffset)->body, bodyFor(7)); // not 7's line
    QCOMPARE(Journal::EntryLookup::find(m_path, 7, 1 << 30)->body, bodyFor(7));                     // past the end
    QVERIFY(!Journal::EntryLookup::find(m_path, 21));
    Journal::EntryLookup lookup(m_path); // kept open between finds
    for (const Events::EventRecord &record : written)
        QCOMPARE(lookup.find(record.entry.seq, record.journalOffset)->body, record.entry.body);
}

QTEST_GUILESS_MAIN(TstEventLogMemory)
#include "tst_eventlogmemory.moc"
