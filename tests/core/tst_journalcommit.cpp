// SPDX-License-Identifier: MIT
// The writer's group commit (docs/architecture.md §4 "Durability"): staged lines reach the file only at commit(),
// together, followed by one sync; a write cut short keeps the whole lines before the cut and uses up their seq
// numbers; a batch rotates the file as a single append does.
#include "filesizelimit.h"
#include "journal/codec.h"
#include "journal/files.h"
#include "journal/reader.h"
#include "journal/writer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Journal::Entry;
using Journal::Writer;

namespace {

Entry entry(int n, qsizetype bodyBytes = 100)
{
    Entry e;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);
    e.method = "POST";
    e.target = "/hook";
    e.body = QByteArray::number(n) + QByteArray(bodyBytes, 'b');
    e.result = QStringLiteral("valid");
    e.status = 200;
    return e;
}

QList<qint64> seqsIn(const QString &path)
{
    QList<qint64> seqs;
    for (const Entry &e : Journal::Reader::readFile(path).entries)
        seqs.append(e.seq);
    return seqs;
}

} // namespace

class TestJournalCommit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stagedLinesGoOutTogether();
    void shortWriteKeepsWholeLines();
    void batchRotatesTheFile();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    void open(Writer &writer, qint64 maxFileBytes = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_syncs = 0;
};

void TestJournalCommit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_syncs = 0;
}

void TestJournalCommit::open(Writer &writer, qint64 maxFileBytes)
{
    writer.setOptions({maxFileBytes, 2, true});
    writer.setSyncFunction([this](int) { return ++m_syncs > 0; });
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
}

void TestJournalCommit::stagedLinesGoOutTogether()
{
    Writer writer;
    open(writer);
    QList<Entry> staged;
    for (int n = 0; n < 3; ++n) {
        staged.append(entry(n));
        writer.stage(&staged.last());
        QCOMPARE(staged.last().seq, n + 1);
    }
    QCOMPARE(writer.stagedCount(), 3);
    QCOMPARE(QFileInfo(journalPath()).size(), 0);
    QCOMPARE(m_syncs, 0);

    QString error;
    QCOMPARE(writer.commit(&error), 3);
    QCOMPARE(m_syncs, 1);
    QCOMPARE(writer.stagedCount(), 0);
    QCOMPARE(writer.nextSeq(), 4);
    const QList<Entry> read = Journal::Reader::readFile(journalPath()).entries;
    QVERIFY(read == staged);
    QCOMPARE(writer.commit(&error), 0); // nothing staged: no sync
    QCOMPARE(m_syncs, 1);
}

// A file size limit makes the kernel take only part of the batch (then EFBIG): the lines before the cut count, the
// cut one is ended so the next entry gets a line of its own, and seq numbers are not given twice.
void TestJournalCommit::shortWriteKeepsWholeLines()
{
#if defined(Q_OS_UNIX)
    Writer writer;
    open(writer);
    QList<Entry> staged = {entry(1), entry(2), entry(3)};
    for (Entry &e : staged)
        writer.stage(&e);
    const qint64 twoLines = Journal::Codec::encode(staged.at(0)).size() + Journal::Codec::encode(staged.at(1)).size();
    FileSizeLimit limit;
    if (!limit.set(twoLines + 10))
        QSKIP("the file size limit is already too low for this test");
    QString error;
    const qsizetype stored = writer.commit(&error);
    limit.reset();

    QCOMPARE(stored, 2);
    QVERIFY2(error.contains(QStringLiteral("journal.jsonl")), qPrintable(error));
    QCOMPARE(writer.nextSeq(), 3);
    Entry next = entry(4);
    QVERIFY(writer.append(&next, nullptr));
    QCOMPARE(next.seq, 3);
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QCOMPARE(seqsIn(journalPath()), (QList<qint64>{1, 2, 3}));
    QCOMPARE(read.skippedLines, 1);
#else
    QSKIP("needs POSIX file size limits");
#endif
}

void TestJournalCommit::batchRotatesTheFile()
{
    Writer writer;
    open(writer, 1024);
    for (int turn = 0; turn < 4; ++turn) {
        QList<Entry> staged = {entry(turn, 200), entry(turn, 200)};
        for (Entry &e : staged)
            writer.stage(&e);
        QCOMPARE(writer.commit(nullptr), 2);
    }
    QCOMPARE(m_syncs, 4);
    const QList<Journal::Files::RotatedFile> rotated = Journal::Files::rotatedFiles(journalPath());
    QCOMPARE(rotated.size(), 2);
    QCOMPARE(seqsIn(rotated.at(0).path), (QList<qint64>{5, 6}));
    QCOMPARE(seqsIn(journalPath()), (QList<qint64>{7, 8}));
}

QTEST_GUILESS_MAIN(TestJournalCommit)
#include "tst_journalcommit.moc"
