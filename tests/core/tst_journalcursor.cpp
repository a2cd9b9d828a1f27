// SPDX-License-Identifier: MIT
// Reading a journal as a stream (docs/architecture.md §4 "Reading"): lines across read pieces, lines too long to
// keep, the seq read from a line's start, finding an entry in a journal of any size with bounded memory, and the
// last entry read backwards.
#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/linereader.h"
#include "journalsample.h"
#include "repeatedjournal.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Journal::Cursor;
using Journal::Entry;
using Journal::LineReader;
namespace Codec = Journal::Codec;
using JournalSample::entry;

namespace {

QByteArray lines(qint64 from, qint64 to)
{
    QByteArray data;
    for (qint64 seq = from; seq <= to; ++seq)
        data += Codec::encode(entry(seq));
    return data;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct ReadLine
{
    LineReader::Kind kind;
    QByteArray text;
};

QList<ReadLine> readLines(const QByteArray &data, qsizetype maxLineBytes)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(&buffer, maxLineBytes);
    QList<ReadLine> out;
    QByteArrayView line;
    for (LineReader::Kind kind = reader.next(&line); kind != LineReader::Kind::End; kind = reader.next(&line))
        out.append({kind, kind == LineReader::Kind::TooLong ? QByteArray() : line.toByteArray()});
    return out;
}

} // namespace

class TestJournalCursor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void linesAcrossPieces();
    void tooLongLinesAreSkipped();
    void leadingSeq_data();
    void leadingSeq();
    void findPassesLinesBySeq();
    void findInAJournalOver64MiB();
    void lastOfAFileAndOfAStream();
    void missingFile();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalCursor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Line ends just before, on and after the reader's 1 MiB pieces, and a last line without '\n'.
void TestJournalCursor::linesAcrossPieces()
{
    QList<QByteArray> expected;
    QByteArray data;
    for (const qsizetype size : {1024 * 1024 - 1, 0, 1, 3 * 1024 * 1024, 17, 1024 * 1024}) {
        expected.append(QByteArray(size, 'x'));
        data += expected.last() + '\n';
    }
    expected.append("tail");
    data += "tail";
    const QList<ReadLine> read = readLines(data, LineReader::DefaultMaxLineBytes);
    QCOMPARE(read.size(), expected.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).text, expected.at(i));
        QCOMPARE(read.at(i).kind, i + 1 < read.size() ? LineReader::Kind::Line : LineReader::Kind::Unterminated);
    }
}

// A line over the limit is reported without its bytes, and reading goes on with the next line.
void TestJournalCursor::tooLongLinesAreSkipped()
{
    const qsizetype limit = 1024 * 1024;
    const QByteArray data = "a\n" + QByteArray(3 * limit, 'x') + "\nb\n" + QByteArray(2 * limit, 'y');
    const QList<ReadLine> read = readLines(data, limit);
    QCOMPARE(read.size(), 4);
    QCOMPARE(read.at(0).text, QByteArray("a"));
    QCOMPARE(read.at(1).kind, LineReader::Kind::TooLong);
    QCOMPARE(read.at(2).text, QByteArray("b"));
    QCOMPARE(read.at(3).kind, LineReader::Kind::TooLong);
}

void TestJournalCursor::leadingSeq_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("seq"); // -1: none
    QTest::newRow("as written") << Codec::encode(entry(4711)) << qint64(4711);
    QTest::newRow("zero") << QByteArray(R"({"seq":0,"x":1})") << qint64(0);
    QTest::newRow("largest exact JSON integer") << QByteArray(R"({"seq":9007199254740992,)") << (qint64(1) << 53);
    QTest::newRow("beyond it") << QByteArray(R"({"seq":9007199254740993,)") << qint64(-1);
    QTest::newRow("spaces") << QByteArray(R"({ "seq": 5, "x":1})") << qint64(-1);
    QTest::newRow("other key first") << QByteArray(R"({"remote":"a","seq":5})") << qint64(-1);
    QTest::newRow("no digits") << QByteArray(R"({"seq":,)") << qint64(-1);
    QTest::newRow("not a number") << QByteArray(R"({"seq":"5",)") << qint64(-1);
    QTest::newRow("cut after the digits") << QByteArray(R"({"seq":5)") << qint64(-1);
    QTest::newRow("fraction") << QByteArray(R"({"seq":5.5,)") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestJournalCursor::leadingSeq()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, seq);
    const std::optional<qint64> read = Codec::leadingSeq(line);
    QCOMPARE(read.value_or(-1), seq);
}

// Lines that start with another seq are passed without decoding: a broken one before the entry is not even
// counted as skipped. A line laid out differently is decoded to learn its seq.
void TestJournalCursor::findPassesLinesBySeq()
{
    QByteArray reordered = Codec::encode(entry(6));
    reordered.replace(R"({"seq":6,"receivedAt")", R"({"receivedAt")");
    reordered.replace(R"("response":{"status":200}})", R"("response":{"status":200},"seq":6})");
    QVERIFY(!Codec::leadingSeq(reordered) && Codec::decode(reordered));
    const QByteArray data = lines(1, 3) + R"({"seq":4,"broken)" + "\n" + lines(5, 5) + reordered + lines(7, 9);
    QVERIFY(writeFile(journalPath(), data));

    for (const qint64 seq : {1, 5, 6, 9}) {
        Cursor cursor(journalPath());
        const std::optional<Entry> found = cursor.find(seq);
        QVERIFY2(found, qPrintable(QString::number(seq)));
        QVERIFY(*found == entry(seq));
        QCOMPARE(cursor.skippedLines(), 0);
        QVERIFY(cursor.ok());
        if (seq == 5) // the cursor goes on after the entry found
            QCOMPARE(cursor.next().value_or(Entry()).seq, 6);
    }
    for (const qint64 seq : {4, 10}) {
        Cursor cursor(journalPath());
        QVERIFY(!cursor.find(seq));
        QVERIFY(cursor.ok());
    }
}

// The journal is larger than anything kept in memory: the peak resident memory grows by far less than its size.
void TestJournalCursor::findInAJournalOver64MiB()
{
    const qint64 size = 70 * 1024 * 1024;
    const qint64 lastSeq = writeRepeatedJournal(journalPath(), entry(1, QByteArray(600, 'b')), 1, size);
    QVERIFY(lastSeq > 0);
    QVERIFY(QFileInfo(journalPath()).size() >= size);
    const qint64 peakBefore = peakResidentBytes();

    Cursor cursor(journalPath());
    const std::optional<Entry> found = cursor.find(lastSeq - 3);
    QVERIFY(found);
    QCOMPARE(found->seq, lastSeq - 3);
    QCOMPARE(found->body, QByteArray(600, 'b'));
    Cursor fromEnd(journalPath());
    QCOMPARE(fromEnd.last().value_or(Entry()).seq, lastSeq);

    if (peakBefore == 0)
        QSKIP("no /proc/self/status to read the peak memory from");
    const qint64 growth = peakResidentBytes() - peakBefore;
    QVERIFY2(growth < 16 * 1024 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 bytes").arg(growth)));
}

// A file's last entry is read backwards past a torn line and a malformed one; a stream's by reading it through.
void TestJournalCursor::lastOfAFileAndOfAStream()
{
    const QByteArray data = lines(1, 4) + "not an entry\n" + Codec::encode(entry(5)).left(40);
    QVERIFY(writeFile(journalPath(), data));
    Cursor file(journalPath());
    QCOMPARE(file.last().value_or(Entry()).seq, 4);

    QBuffer buffer;
    buffer.setData(data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Cursor stream(&buffer, QStringLiteral("stdin"));
    QCOMPARE(stream.last().value_or(Entry()).seq, 4);
    QCOMPARE(stream.skippedLines(), 1);
    QVERIFY(stream.tornTail());
}

void TestJournalCursor::missingFile()
{
    Cursor cursor(m_dir->filePath(QStringLiteral("missing.jsonl")));
    QVERIFY(!cursor.next());
    QVERIFY(!cursor.ok());
    QVERIFY2(cursor.errorMessage().contains(QStringLiteral("missing.jsonl")), qPrintable(cursor.errorMessage()));
}

QTEST_GUILESS_MAIN(TestJournalCursor)
#include "tst_journalcursor.moc"
