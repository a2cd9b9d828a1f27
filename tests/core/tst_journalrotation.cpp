// SPDX-License-Identifier: MIT
// A journal bounded by rotation (docs/architecture.md §4 "Rotation"): the rotated files' names, the writer
// starting a new file before one grows past the limit and keeping only so many, seq numbers going on across
// files and restarts, and reading across the files in order.
#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/files.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "journalsample.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Journal::Cursor;
using Journal::Entry;
using Journal::Writer;
namespace Files = Journal::Files;

namespace {

Entry entry(int n)
{
    Entry e;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);
    e.remote = QStringLiteral("127.0.0.1:50000");
    e.method = "POST";
    e.target = "/hook";
    e.headers = {{"Host", "localhost"}};
    e.body = "{\"n\":" + QByteArray::number(n) + ",\"pad\":\"" + QByteArray(300, 'p') + "\"}";
    e.result = QStringLiteral("valid");
    e.status = 200;
    return e;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The seq numbers of one file.
QList<qint64> seqsIn(const QString &path)
{
    QList<qint64> seqs;
    for (const Entry &e : Journal::Reader::readFile(path).entries)
        seqs.append(e.seq);
    return seqs;
}

// The seq numbers of the journal at path and the files rotated from it, oldest first.
QList<qint64> seqsAcross(const QString &path)
{
    QList<qint64> seqs;
    Cursor cursor(path);
    while (const std::optional<Entry> e = cursor.next())
        seqs.append(e->seq);
    return seqs;
}

} // namespace

class TestJournalRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rotatedNames_data();
    void rotatedNames();
    void otherFilesAreNotRotatedOnes();
    void rotatesAndKeepsSoMany();
    void seqGoesOnAcrossARestart();
    void largeEntryGetsAFileOfItsOwn();
    void devicesDoNotRotate();
    void cursorReadsAcrossFiles();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    qint64 appendEntries(Writer &writer, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Appends count entries; returns the last seq (0 when one failed).
qint64 TestJournalRotation::appendEntries(Writer &writer, int count)
{
    qint64 last = 0;
    for (int i = 0; i < count; ++i) {
        Entry e = entry(i);
        if (!writer.append(&e, nullptr))
            return 0;
        last = e.seq;
    }
    return last;
}

void TestJournalRotation::rotatedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("rotated");
    QTest::newRow("jsonl") << QStringLiteral("journal.jsonl") << 1 << QStringLiteral("journal.1.jsonl");
    QTest::newRow("two digits") << QStringLiteral("journal.jsonl") << 12 << QStringLiteral("journal.12.jsonl");
    QTest::newRow("dots in the name") << QStringLiteral("my.hooks.log") << 3 << QStringLiteral("my.hooks.3.log");
    QTest::newRow("no suffix") << QStringLiteral("journal") << 2 << QStringLiteral("journal.2");
    QTest::newRow("hidden file") << QStringLiteral(".journal") << 1 << QStringLiteral(".journal.1");
}

void TestJournalRotation::rotatedNames()
{
    QFETCH(QString, name);
    QFETCH(int, number);
    QFETCH(QString, rotated);
    const QString path = m_dir->filePath(name);
    QCOMPARE(Files::rotatedPath(path, number), m_dir->filePath(rotated));
    QVERIFY(writeFile(Files::rotatedPath(path, number), "x"));
    const QList<Files::RotatedFile> found = Files::rotatedFiles(path);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().number, number);
    QCOMPARE(found.first().path, m_dir->filePath(rotated));
}

// Names that only look alike are never counted, renamed or deleted.
void TestJournalRotation::otherFilesAreNotRotatedOnes()
{
    const QStringList others = {QStringLiteral("journal.01.jsonl"), QStringLiteral("journal.x.jsonl"),
                                QStringLiteral("journal.1.json"),   QStringLiteral("journal.jsonl.1"),
                                QStringLiteral("other.1.jsonl"),    QStringLiteral("journal.-1.jsonl")};
    for (const QString &name : others)
        QVERIFY(writeFile(m_dir->filePath(name), "keep"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("journal.2.jsonl")), "old"));
    QCOMPARE(Files::rotatedFiles(journalPath()).size(), 1);

    Writer writer;
    writer.setOptions({1024, 1, false});
    QVERIFY(writer.open(journalPath(), nullptr));
    QVERIFY(appendEntries(writer, 10) > 0);
    for (const QString &name : others)
        QVERIFY2(QFileInfo::exists(m_dir->filePath(name)), qPrintable(name));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("journal.2.jsonl"))));
}

// At 4 KiB and three kept: no file goes past the limit, the oldest files go, and the files left hold a run of
// seq numbers without a gap up to the last one written.
void TestJournalRotation::rotatesAndKeepsSoMany()
{
    const qint64 maxBytes = 4096;
    Writer writer;
    writer.setOptions({maxBytes, 3, false});
    QVERIFY(writer.open(journalPath(), nullptr));
    const qint64 last = appendEntries(writer, 100);
    QCOMPARE(last, 100);

    QStringList names;
    for (const Files::RotatedFile &rotated : Files::rotatedFiles(journalPath()))
        names.append(QFileInfo(rotated.path).fileName());
    QCOMPARE(names, (QStringList{QStringLiteral("journal.1.jsonl"), QStringLiteral("journal.2.jsonl"),
                                 QStringLiteral("journal.3.jsonl")}));
    const QStringList chain = Files::chain(journalPath());
    QCOMPARE(chain.size(), 4);
    QList<qint64> seqs;
    for (const QString &file : chain) {
        QVERIFY2(QFileInfo(file).size() <= maxBytes, qPrintable(file));
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        const QList<qint64> inFile = seqsIn(file);
        QVERIFY(!inFile.isEmpty());
        if (!seqs.isEmpty())
            QCOMPARE(inFile.first(), seqs.last() + 1);
        seqs += inFile;
    }
    QCOMPARE(seqs.last(), last);
    // the cursor reads the same run, oldest first
    QCOMPARE(seqsAcross(journalPath()), JournalSample::seqRange(seqs.first(), last));
    QVERIFY(seqs.first() > 1);
    QCOMPARE(QFile::permissions(journalPath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A restart goes on after the last seq, also when the file written last was just rotated away and is empty
// (or missing).
void TestJournalRotation::seqGoesOnAcrossARestart()
{
    {
        Writer writer;
        writer.setOptions({4096, 2, false});
        QVERIFY(writer.open(journalPath(), nullptr));
        QCOMPARE(appendEntries(writer, 30), 30);
    }
    {
        Writer writer;
        writer.setOptions({4096, 2, false});
        QVERIFY(writer.open(journalPath(), nullptr));
        QCOMPARE(writer.nextSeq(), 31);
    }
    QVERIFY(Files::shift(journalPath(), 2));
    QVERIFY(!QFileInfo::exists(journalPath()));
    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    QCOMPARE(writer.nextSeq(), 31);
    QCOMPARE(appendEntries(writer, 1), 31);
}

void TestJournalRotation::largeEntryGetsAFileOfItsOwn()
{
    Writer writer;
    writer.setOptions({1024, 4, false});
    QVERIFY(writer.open(journalPath(), nullptr));
    Entry small = entry(1);
    QVERIFY(writer.append(&small, nullptr));
    Entry large = entry(2);
    large.body = QByteArray(5000, 'L');
    QVERIFY(writer.append(&large, nullptr));
    QCOMPARE(seqsIn(Files::rotatedPath(journalPath(), 1)), QList<qint64>{1});
    QCOMPARE(seqsIn(journalPath()), QList<qint64>{2});
    QCOMPARE(seqsAcross(journalPath()), (QList<qint64>{1, 2}));
    Cursor cursor(journalPath());
    QCOMPARE(cursor.last().value_or(Entry()).seq, 2);
    QVERIFY(QFileInfo(journalPath()).size() > 5000);
}

void TestJournalRotation::devicesDoNotRotate()
{
    const QString null = QStringLiteral("/dev/null");
    if (!QFileInfo::exists(null))
        QSKIP("no /dev/null here");
    Writer writer;
    writer.setOptions({16, 1, false});
    QVERIFY(writer.open(null, nullptr));
    QCOMPARE(appendEntries(writer, 5), 5);
    QVERIFY(Files::rotatedFiles(null).isEmpty());
}

// find() opens only the files that can hold the seq: a broken line in an older file is not even read.
void TestJournalRotation::cursorReadsAcrossFiles()
{
    QVERIFY(writeFile(Files::rotatedPath(journalPath(), 1), "broken line\n")); // older than any entry
    Writer writer;
    writer.setOptions({4096, 5, false});
    QVERIFY(writer.open(journalPath(), nullptr));
    QCOMPARE(appendEntries(writer, 20), 20);
    QCOMPARE(Files::rotatedFiles(journalPath()).size(), 3);

    for (const qint64 seq : {1, 2, 10, 19, 20}) {
        Cursor cursor(journalPath());
        QCOMPARE(cursor.find(seq).value_or(Entry()).seq, seq);
        QVERIFY(cursor.ok());
    }
    Cursor recent(journalPath());
    QCOMPARE(recent.find(19).value_or(Entry()).seq, 19);
    QCOMPARE(recent.skippedLines(), 0);
    Cursor all(journalPath());
    QList<qint64> seqs;
    while (const std::optional<Entry> e = all.next())
        seqs.append(e->seq);
    QCOMPARE(seqs, JournalSample::seqRange(1, 20));
    QCOMPARE(all.skippedLines(), 1);
    QCOMPARE(seqsAcross(journalPath()), seqs);
}

QTEST_GUILESS_MAIN(TestJournalRotation)
#include "tst_journalrotation.moc"
