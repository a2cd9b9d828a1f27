// SPDX-License-Identifier: MIT
// Forward lines among the entries of a journal (docs/architecture.md §4 "Forward lines"): the writer gives them no
// seq and rotates for them as for entries (with --sync they reach the disk with the next commit, or before their file
// is rotated away); every reader passes them without counting them malformed (next, find, last, Reader) or reads
// them (nextRecord, forwardsOf), in one file and across rotated ones; a journal whose newest lines are forward lines
// continues its numbering after its last entry.
#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/files.h"
#include "journal/forwardcodec.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "journalsample.h"

#include <QTemporaryDir>
#include <QTest>

using Journal::Cursor;
using Journal::Entry;
using Journal::Forward;
using Journal::Writer;
using JournalSample::forward;

namespace {

Entry entry(int n)
{
    Entry e = JournalSample::entry(0, "{\"n\":" + QByteArray::number(n) + ",\"pad\":\"" + QByteArray(300, 'p') + "\"}");
    return e;
}

QList<qint64> seqsOf(const QList<Entry> &entries)
{
    QList<qint64> seqs;
    for (const Entry &e : entries)
        seqs.append(e.seq);
    return seqs;
}

QList<qint64> forwardOfs(const QList<Forward> &forwards)
{
    QList<qint64> of;
    for (const Forward &f : forwards)
        of.append(f.forwardOf);
    return of;
}

// The records of a journal as "e1" for entry 1 and "f1" for a forward line of entry 1, in the order read.
QByteArrayList recordsOf(Cursor &cursor)
{
    QByteArrayList records;
    while (const std::optional<Journal::Record> record = cursor.nextRecord()) {
        if (const Entry *e = std::get_if<Entry>(&*record))
            records.append('e' + QByteArray::number(e->seq));
        else
            records.append('f' + QByteArray::number(std::get<Forward>(*record).forwardOf));
    }
    return records;
}

} // namespace

class TestJournalForwards : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void forwardLinesTakeNoSeq();
    void readersPassForwardLines();
    void forwardsOfASeq();
    void acrossRotatedFiles();
    void newestLinesForwardOnly();
    void tornForwardLine();
    void syncModeWritesAtOnceAndSyncsLater();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    void open(Writer &writer, const Journal::Options &options = {});
    void append(Writer &writer, int n);
    void appendForward(Writer &writer, qint64 of, int status = 200);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalForwards::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalForwards::open(Writer &writer, const Journal::Options &options)
{
    writer.setOptions(options);
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
}

void TestJournalForwards::append(Writer &writer, int n)
{
    Entry e = entry(n);
    QString error;
    QVERIFY2(writer.append(&e, &error), qPrintable(error));
}

void TestJournalForwards::appendForward(Writer &writer, qint64 of, int status)
{
    QString error;
    QVERIFY2(writer.appendForward(forward(of, status), &error), qPrintable(error));
}

void TestJournalForwards::forwardLinesTakeNoSeq()
{
    Writer writer;
    open(writer);
    append(writer, 1);
    appendForward(writer, 1);
    QCOMPARE(writer.nextSeq(), qint64(2));
    append(writer, 2);
    writer.close();
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QCOMPARE(seqsOf(read.entries), (QList<qint64>{1, 2}));
    QCOMPARE(read.forwards, QList<Forward>{forward(1)});
    QCOMPARE(read.skippedLines, 0);
}

// Entry 1's answer comes after entry 3, entry 3's two answers (two routes) last.
void TestJournalForwards::readersPassForwardLines()
{
    Writer writer;
    open(writer);
    append(writer, 1);
    append(writer, 2);
    appendForward(writer, 2);
    append(writer, 3);
    appendForward(writer, 1, 0);
    appendForward(writer, 3);
    appendForward(writer, 3, 503);
    writer.close();

    Cursor records(journalPath());
    QCOMPARE(recordsOf(records), (QByteArrayList{"e1", "e2", "f2", "e3", "f1", "f3", "f3"}));
    QCOMPARE(records.skippedLines(), 0);
    Cursor entries(journalPath());
    QList<Entry> read;
    while (std::optional<Entry> e = entries.next())
        read.append(*e);
    QCOMPARE(seqsOf(read), (QList<qint64>{1, 2, 3}));
    QCOMPARE(entries.skippedLines(), 0);
    for (const qint64 seq : {1, 2, 3}) {
        Cursor cursor(journalPath());
        const std::optional<Entry> found = cursor.find(seq);
        QVERIFY(found.has_value());
        QCOMPARE(found->seq, seq);
        QCOMPARE(cursor.skippedLines(), 0);
    }
    Cursor missing(journalPath());
    QVERIFY(!missing.find(4).has_value());
    QCOMPARE(missing.skippedLines(), 0);
    Cursor last(journalPath());
    QCOMPARE(last.last().value_or(Entry()).seq, qint64(3));
    const Journal::ReadResult whole = Journal::Reader::readFile(journalPath());
    QCOMPARE(forwardOfs(whole.forwards), (QList<qint64>{2, 1, 3, 3}));
    QCOMPARE(whole.forwardsOf(3), (QList<Forward>{forward(3), forward(3, 503)}));
    QCOMPARE(whole.skippedLines, 0);
    QVERIFY(!whole.tornTail);
}

// A forward line laid out by hand (keys in another order) is still a forward line; one broken line is skipped.
void TestJournalForwards::forwardsOfASeq()
{
    Writer writer;
    open(writer);
    append(writer, 1);
    append(writer, 2);
    appendForward(writer, 1);
    append(writer, 3);
    writer.close();
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"to":"http://h/","status":202,"forwardOf":1,"elapsedMs":5})"
               "\n{\"forwardOf\":1,broken\n");
    file.close();

    Cursor cursor(journalPath());
    const QList<Forward> found = cursor.forwardsOf(1);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0), forward(1));
    QCOMPARE(found.at(1).status, 202);
    QCOMPARE(cursor.skippedLines(), 1);
    Cursor none(journalPath());
    QVERIFY(none.forwardsOf(2).isEmpty());
    Cursor records(journalPath());
    QCOMPARE(recordsOf(records), (QByteArrayList{"e1", "e2", "f1", "e3", "f1"}));
}

// With a limit that fits two entries a file, the answer to entry 2 starts a new file; readers find each record in
// the file it landed in.
void TestJournalForwards::acrossRotatedFiles()
{
    Writer writer;
    const qint64 entryBytes = Journal::Codec::encode(entry(1)).size();
    open(writer, {2 * entryBytes + 10, 4, false});
    append(writer, 1);
    append(writer, 2);
    appendForward(writer, 2); // past the limit: journal.1.jsonl holds entries 1 and 2
    append(writer, 3);
    appendForward(writer, 1);
    append(writer, 4);
    appendForward(writer, 4);
    writer.close();
    const QStringList files = Journal::Files::chain(journalPath());
    QVERIFY(files.size() >= 3);
    const Journal::ReadResult oldest = Journal::Reader::readFile(files.first());
    QCOMPARE(seqsOf(oldest.entries), (QList<qint64>{1, 2}));
    QVERIFY(oldest.forwards.isEmpty());

    Cursor records(journalPath());
    QCOMPARE(recordsOf(records), (QByteArrayList{"e1", "e2", "f2", "e3", "f1", "e4", "f4"}));
    QCOMPARE(records.skippedLines(), 0);
    for (const qint64 seq : {1, 2, 3, 4}) {
        Cursor cursor(journalPath());
        QCOMPARE(cursor.find(seq).value_or(Entry()).seq, seq);
        QCOMPARE(cursor.skippedLines(), 0);
        Cursor forwards(journalPath());
        QCOMPARE(forwards.forwardsOf(seq), (seq == 3 ? QList<Forward>{} : QList<Forward>{forward(seq)}));
    }
    Cursor last(journalPath());
    QCOMPARE(last.last().value_or(Entry()).seq, qint64(4));
}

// A file just rotated may hold nothing but answers: the seq goes on from the newest entry, wherever it is.
void TestJournalForwards::newestLinesForwardOnly()
{
    Writer writer;
    const qint64 entryBytes = Journal::Codec::encode(entry(1)).size();
    open(writer, {entryBytes + 10, 4, false});
    append(writer, 1);
    appendForward(writer, 1); // rotates: journal.jsonl holds only this line
    QCOMPARE(Journal::Reader::readFile(journalPath()).entries.size(), 0);
    writer.close();

    Writer reopened;
    open(reopened, {entryBytes + 10, 4, false});
    QCOMPARE(reopened.nextSeq(), qint64(2));
    reopened.close();
    Cursor last(journalPath());
    QCOMPARE(last.last().value_or(Entry()).seq, qint64(1));

    open(writer);
    appendForward(writer, 1, 500); // the last line of the file is an answer, its entry in another file
    writer.close();
    open(reopened);
    QCOMPARE(reopened.nextSeq(), qint64(2));
}

// Cut off by a crash, a forward line is a torn tail like an entry; the next line starts on its own.
void TestJournalForwards::tornForwardLine()
{
    Writer writer;
    open(writer);
    append(writer, 1);
    writer.close();
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write(Journal::ForwardCodec::encode(forward(1)).chopped(9));
    file.close();
    const Journal::ReadResult torn = Journal::Reader::readFile(journalPath());
    QVERIFY(torn.tornTail);
    QCOMPARE(torn.skippedLines, 0);
    QVERIFY(torn.forwards.isEmpty());

    open(writer);
    appendForward(writer, 1);
    writer.close();
    const Journal::ReadResult repaired = Journal::Reader::readFile(journalPath());
    QCOMPARE(repaired.forwards, QList<Forward>{forward(1)});
    QCOMPARE(repaired.skippedLines, 1);
}

// docs/architecture.md §4 "Durability": a forward line costs no sync of its own; the next commit's covers it, and a
// rotation syncs the file first when it holds one no commit covered yet.
void TestJournalForwards::syncModeWritesAtOnceAndSyncsLater()
{
    int syncs = 0;
    Writer writer;
    writer.setSyncFunction([&syncs](int) { return ++syncs > 0; });
    const qint64 entryBytes = Journal::Codec::encode(entry(1)).size();
    const qint64 forwardBytes = Journal::ForwardCodec::encode(forward(1)).size();
    open(writer, {2 * entryBytes + 2 * forwardBytes, 4, true}); // the third entry goes to a new file
    Entry first = entry(1);
    writer.stage(&first);
    QCOMPARE(writer.commit(nullptr), 1);
    QCOMPARE(syncs, 1);
    appendForward(writer, 1);
    QCOMPARE(syncs, 1);
    QCOMPARE(Journal::Reader::readFile(journalPath()).forwards.size(), 1); // written at once
    Entry second = entry(2);
    writer.stage(&second);
    QCOMPARE(writer.commit(nullptr), 1);
    QCOMPARE(syncs, 2);

    appendForward(writer, 2);
    Entry third = entry(3);
    writer.stage(&third);
    QCOMPARE(writer.commit(nullptr), 1); // rotates: the unsynced answer's file is synced before it moves
    QCOMPARE(Journal::Files::rotatedFiles(journalPath()).size(), 1);
    QCOMPARE(syncs, 4);
    Entry fourth = entry(4);
    writer.stage(&fourth);
    QCOMPARE(writer.commit(nullptr), 1);
    QCOMPARE(syncs, 5);
}

QTEST_GUILESS_MAIN(TestJournalForwards)
#include "tst_journalforwards.moc"
