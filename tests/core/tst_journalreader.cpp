// SPDX-License-Identifier: MIT
#include "journal/codec.h"
#include "journal/reader.h"
#include "journalsample.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Journal::Entry;
using Journal::Reader;
using Journal::ReadResult;
namespace Codec = Journal::Codec;
using JournalSample::entry;

namespace {

QByteArray line(qint64 seq)
{
    return Codec::encode(entry(seq));
}

QList<qint64> seqsOf(const ReadResult &result)
{
    QList<qint64> seqs;
    for (const Entry &e : result.entries)
        seqs.append(e.seq);
    return seqs;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestJournalReader : public QObject
{
    Q_OBJECT

private slots:
    void readBytes_data();
    void readBytes();
    void entriesAreIntact();
    void readFileMatchesReadBytes_data();
    void readFileMatchesReadBytes();
    void readFileErrors_data();
    void readFileErrors();
};

void TestJournalReader::readBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<qint64>>("seqs");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<bool>("tornTail");

    const QByteArray three = line(1) + line(2) + line(3);
    const QByteArray half = line(4).left(line(4).size() / 2);

    QTest::newRow("empty") << QByteArray() << QList<qint64>{} << 0 << false;
    QTest::newRow("blank lines only") << QByteArray("\n\n  \n\r\n") << QList<qint64>{} << 0 << false;
    QTest::newRow("three entries") << three << QList<qint64>{1, 2, 3} << 0 << false;
    QTest::newRow("three entries and a torn line") << three + half << QList<qint64>{1, 2, 3} << 0 << true;
    QTest::newRow("last entry without newline")
        << three + line(4).chopped(1) << QList<qint64>{1, 2, 3, 4} << 0 << false;
    QTest::newRow("torn line ended by a later run")
        << three + half + "\n" + line(4) << QList<qint64>{1, 2, 3, 4} << 1 << false;
    QTest::newRow("malformed line in the middle")
        << line(1) + "not json\n" + line(2) << QList<qint64>{1, 2} << 1 << false;
    QTest::newRow("malformed last line with newline") << line(1) + "{\"a\":1}\n" << QList<qint64>{1} << 1 << false;
    QTest::newRow("two malformed lines") << "x\n" + line(1) + "y\n" << QList<qint64>{1} << 2 << false;
    QTest::newRow("blank lines between entries") << "\n" + line(1) + "\n\n" + line(2) + "   \n"
                                                 << QList<qint64>{1, 2} << 0 << false;
    QTest::newRow("CRLF line endings") << line(1).chopped(1) + "\r\n" + line(2).chopped(1) + "\r\n"
                                       << QList<qint64>{1, 2} << 0 << false;
    QTest::newRow("only a torn line") << half << QList<qint64>{} << 0 << true;
    QTest::newRow("two objects glued on one line")
        << line(1).chopped(1) + line(2) + line(3) << QList<qint64>{3} << 1 << false;
}

void TestJournalReader::readBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<qint64>, seqs);
    QFETCH(int, skipped);
    QFETCH(bool, tornTail);

    const ReadResult result = Reader::readBytes(data);
    QVERIFY(result.ok());
    QCOMPARE(seqsOf(result), seqs);
    QCOMPARE(result.skippedLines, skipped);
    QCOMPARE(result.tornTail, tornTail);
}

void TestJournalReader::entriesAreIntact()
{
    QList<Entry> written;
    QByteArray data;
    for (int i = 1; i <= 20; ++i) {
        Entry e = entry(i, i % 2 ? QByteArray("text \xc3\xa6 ") + QByteArray::number(i) : QByteArray(i, '\xfe'));
        e.headers.append(Http::Header{"X-Latin", "\xe9t\xe9"});
        written.append(e);
        data += Codec::encode(e);
    }
    const ReadResult result = Reader::readBytes(data);
    QCOMPARE(result.entries.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i)
        QVERIFY2(result.entries.at(i) == written.at(i), qPrintable(QString::number(i)));
}

void TestJournalReader::readFileMatchesReadBytes_data()
{
    QTest::addColumn<QByteArray>("data");

    // Lines of about 300 KiB put line ends on both sides of the reader's 4 MiB chunk boundaries.
    QByteArray lines;
    for (int i = 1; i <= 40; ++i)
        lines += Codec::encode(entry(i, QByteArray(300 * 1024 + i, 'a' + char(i % 26))));
    const QByteArray giant = Codec::encode(entry(41, QByteArray(5 * 1024 * 1024, '\x01')));

    QTest::newRow("lines across chunk boundaries") << lines;
    QTest::newRow("torn tail after several chunks") << lines + giant.left(giant.size() - 10);
    QTest::newRow("line longer than a chunk") << lines + giant + Codec::encode(entry(42));
    QTest::newRow("malformed line across a boundary")
        << lines.left(4 * 1024 * 1024 - 5) + "\n" + lines.mid(4 * 1024 * 1024 - 5);
}

void TestJournalReader::readFileMatchesReadBytes()
{
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeFile(path, data));

    const ReadResult fromFile = Reader::readFile(path);
    const ReadResult fromBytes = Reader::readBytes(data);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorMessage));
    QVERIFY(!fromBytes.entries.isEmpty());
    QCOMPARE(seqsOf(fromFile), seqsOf(fromBytes));
    QVERIFY(fromFile.entries == fromBytes.entries);
    QCOMPARE(fromFile.skippedLines, fromBytes.skippedLines);
    QCOMPARE(fromFile.tornTail, fromBytes.tornTail);
}

void TestJournalReader::readFileErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("file does not exist") << QStringLiteral("missing.jsonl");
    QTest::newRow("folder does not exist") << QStringLiteral("no/such/journal.jsonl");
    QTest::newRow("path is a folder") << QString();
}

void TestJournalReader::readFileErrors()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = relativePath.isEmpty() ? dir.path() : dir.filePath(relativePath);

    const ReadResult result = Reader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(result.errorMessage.contains(QDir::toNativeSeparators(path)), qPrintable(result.errorMessage));
    QFile probe(path);
    QVERIFY(!probe.open(QIODevice::ReadOnly));
    QVERIFY2(result.errorMessage.contains(probe.errorString()), qPrintable(result.errorMessage));
}

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
