// SPDX-License-Identifier: MIT
#include "filesizelimit.h"
#include "journal/codec.h"
#include "journal/reader.h"
#include "journal/writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using Journal::Entry;
using Journal::Reader;
using Journal::ReadResult;
using Journal::Writer;
namespace Codec = Journal::Codec;

namespace {

Entry entry(int n, const QByteArray &body = QByteArray())
{
    Entry e;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, n % 1000), Qt::UTC);
    e.remote = QStringLiteral("127.0.0.1:50000");
    e.method = "POST";
    e.target = "/hook?n=" + QByteArray::number(n);
    e.headers = {{"Host", "localhost"}, {"x-ms-date", "Thu, 26 Nov 2026 10:00:00 GMT"}};
    e.body = body.isNull() ? "{\"n\":" + QByteArray::number(n) + '}' : body;
    e.result = QStringLiteral("valid");
    e.webhookId = QStringLiteral("wh");
    e.status = 200;
    return e;
}

Entry entryWithSeq(qint64 seq, const QByteArray &body = QByteArray())
{
    Entry e = entry(int(seq), body);
    e.seq = seq;
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QList<qint64> seqsOf(const ReadResult &result)
{
    QList<qint64> seqs;
    for (const Entry &e : result.entries)
        seqs.append(e.seq);
    return seqs;
}

bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TestJournalWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendAssignsIncreasingSeq();
    void appendedLineIsVisibleBeforeClose();
    void continuesSeqAfterReopen();
    void completeLastLineWithoutNewline();
    void tornLastLine();
    void malformedLines_data();
    void malformedLines();
    void tailScan_data();
    void tailScan();
    void secretsNeverReachTheFile();
    void openErrors_data();
    void openErrors();
    void readOnlyFile();
    void diskFull();
    void partialWrite();
    void appendWithoutOpen();
    void syncAndClose();
    void reopenSwitchesFile();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalWriter::appendAssignsIncreasingSeq()
{
    Writer writer;
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
    QVERIFY(writer.isOpen());
    QCOMPARE(writer.path(), journalPath());
    QCOMPARE(writer.nextSeq(), 1);

    QList<Entry> written;
    for (int n = 1; n <= 3; ++n) {
        Entry e = entry(n);
        QVERIFY2(writer.append(&e, &error), qPrintable(error));
        QCOMPARE(e.seq, n);
        written.append(e);
    }
    QCOMPARE(writer.nextSeq(), 4);

    const ReadResult result = Reader::readFile(journalPath());
    QVERIFY(result.ok());
    QCOMPARE(result.entries.size(), 3);
    QVERIFY(result.entries == written);
    QCOMPARE(result.skippedLines, 0);
    QVERIFY(!result.tornTail);
}

// No user-space buffering: once append() returned true the bytes are in the kernel, so they survive
// kill -9 of the receiver. A second, independent reader sees them while the writer stays open.
void TestJournalWriter::appendedLineIsVisibleBeforeClose()
{
    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    Entry first = entry(1);
    QVERIFY(writer.append(&first, nullptr));
    QCOMPARE(readAll(journalPath()), Codec::encode(first));

    Entry second = entry(2, QByteArray(200 * 1024, 'z'));
    QVERIFY(writer.append(&second, nullptr));
    QCOMPARE(readAll(journalPath()), Codec::encode(first) + Codec::encode(second));
    QVERIFY(writer.isOpen());
}

void TestJournalWriter::continuesSeqAfterReopen()
{
    {
        Writer writer;
        QVERIFY(writer.open(journalPath(), nullptr));
        for (int n = 1; n <= 3; ++n) {
            Entry e = entry(n);
            QVERIFY(writer.append(&e, nullptr));
        }
    }
    Writer writer;
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
    QCOMPARE(writer.nextSeq(), 4);
    Entry e = entry(4);
    QVERIFY(writer.append(&e, nullptr));
    QCOMPARE(e.seq, 4);
    writer.close();
    QVERIFY(writer.open(journalPath(), nullptr));
    QCOMPARE(writer.nextSeq(), 5);

    const ReadResult result = Reader::readFile(journalPath());
    QCOMPARE(seqsOf(result), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(result.skippedLines, 0);
}

// The crash hit between the last '}' and its '\n': the entry counts, and the next one gets its own line.
void TestJournalWriter::completeLastLineWithoutNewline()
{
    const QByteArray before =
        Codec::encode(entryWithSeq(1)) + Codec::encode(entryWithSeq(2)) + Codec::encode(entryWithSeq(3)).chopped(1);
    QVERIFY(writeFile(journalPath(), before));
    QCOMPARE(seqsOf(Reader::readFile(journalPath())), (QList<qint64>{1, 2, 3}));

    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    QCOMPARE(writer.nextSeq(), 4);
    Entry e = entry(4);
    QVERIFY(writer.append(&e, nullptr));

    QCOMPARE(readAll(journalPath()), before + '\n' + Codec::encode(e));
    const ReadResult result = Reader::readFile(journalPath());
    QCOMPARE(seqsOf(result), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(result.skippedLines, 0);
    QVERIFY(!result.tornTail);
}

void TestJournalWriter::tornLastLine()
{
    QList<Entry> good;
    QByteArray before;
    for (qint64 seq = 1; seq <= 3; ++seq) {
        good.append(entryWithSeq(seq, "body " + QByteArray::number(seq) + " \xc3\xa6\n"));
        before += Codec::encode(good.last());
    }
    const QByteArray torn = Codec::encode(entryWithSeq(4));
    before += torn.left(torn.size() / 2);
    QVERIFY(writeFile(journalPath(), before));

    const ReadResult crashed = Reader::readFile(journalPath());
    QCOMPARE(crashed.entries.size(), 3);
    QVERIFY(crashed.tornTail);
    QCOMPARE(crashed.skippedLines, 0);

    Writer writer;
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
    QCOMPARE(writer.nextSeq(), 4);
    Entry next = entry(40);
    QVERIFY(writer.append(&next, nullptr));
    QCOMPARE(next.seq, 4);

    const QByteArray after = readAll(journalPath());
    QVERIFY(after.startsWith(before + '\n'));
    QVERIFY(after.endsWith('\n' + Codec::encode(next)));
    const ReadResult result = Reader::readFile(journalPath());
    QCOMPARE(result.entries.size(), 4);
    QCOMPARE(result.skippedLines, 1);
    QVERIFY(!result.tornTail);
    for (qsizetype i = 0; i < good.size(); ++i)
        QVERIFY2(result.entries.at(i) == good.at(i), qPrintable(QString::number(i)));
    QVERIFY(result.entries.at(3) == next);
}

void TestJournalWriter::malformedLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("nextSeq");

    const QByteArray one = Codec::encode(entryWithSeq(1));
    const QByteArray two = Codec::encode(entryWithSeq(2));
    QTest::newRow("malformed line in the middle") << one + "garbage\n" + two << qint64(3);
    QTest::newRow("malformed last line") << one + two + "{\"other\":true}\n" << qint64(3);
    QTest::newRow("blank lines at the end") << one + two + "\n\n\n" << qint64(3);
    QTest::newRow("nothing readable") << QByteArray("garbage\nmore garbage\n") << qint64(1);
    QTest::newRow("empty file") << QByteArray() << qint64(1);
    QTest::newRow("seq continues from the last line, not a count")
        << Codec::encode(entryWithSeq(41)) + Codec::encode(entryWithSeq(42)) << qint64(43);
}

void TestJournalWriter::malformedLines()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, nextSeq);
    QVERIFY(writeFile(journalPath(), content));

    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    QCOMPARE(writer.nextSeq(), nextSeq);
    Entry e = entry(99);
    QVERIFY(writer.append(&e, nullptr));
    QCOMPARE(readAll(journalPath()), content + Codec::encode(e));
    const ReadResult result = Reader::readFile(journalPath());
    QCOMPARE(result.entries.last().seq, nextSeq);
}

void TestJournalWriter::tailScan_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("nextSeq");

    QByteArray many;
    for (qint64 seq = 1; seq <= 3000; ++seq)
        many += Codec::encode(entryWithSeq(seq, QByteArray(1000, 'm')));
    const QByteArray huge = Codec::encode(entryWithSeq(3001, QByteArray(1024 * 1024, '\xff')));
    QByteArray garbage;
    while (garbage.size() < 3 * 1024 * 1024)
        garbage += "{\"not\":\"an entry\"}\n";

    // A torn line glued to a whole entry is malformed as a whole, even when the writer's 1 MiB tail window
    // happens to start exactly where the glued entry begins.
    const qsizetype overhead = Codec::encode(entryWithSeq(7777, "")).size();
    const QByteArray glued = Codec::encode(entryWithSeq(7777, QByteArray(1024 * 1024 - overhead, 'g')));
    QCOMPARE(glued.size(), 1024 * 1024);

    QTest::newRow("many entries, larger than the tail window") << many << qint64(3001);
    QTest::newRow("window starts inside a glued line") << many + "{\"seq\":12,\"torn" + glued << qint64(3001);
    QTest::newRow("last line longer than the tail window") << many + huge << qint64(3002);
    QTest::newRow("torn line longer than the tail window") << many + huge.chopped(100) << qint64(3001);
    QTest::newRow("garbage tail longer than the window") << many + garbage << qint64(3001);
    QTest::newRow("only garbage, larger than the window") << garbage << qint64(1);
    QTest::newRow("first line is the only entry") << huge + garbage << qint64(3002);
}

// The writer reads only the tail; it must still agree with a full read.
void TestJournalWriter::tailScan()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, nextSeq);
    QVERIFY(writeFile(journalPath(), content));

    const ReadResult full = Reader::readFile(journalPath());
    QCOMPARE(full.entries.isEmpty() ? 1 : full.entries.last().seq + 1, nextSeq);

    Writer writer;
    QString error;
    QVERIFY2(writer.open(journalPath(), &error), qPrintable(error));
    QCOMPARE(writer.nextSeq(), nextSeq);
}

void TestJournalWriter::secretsNeverReachTheFile()
{
    const QByteArray hmac = "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=c2lnbmF0dXJl";
    const QList<QByteArray> secrets = {"eyJ0b2tlbi1vbmUi", "subscription-key-0123456789", "client-secret-abcdef",
                                       "sessionid-9876", "eyJ0b2tlbi10d28i"};
    Entry e = entry(1);
    e.headers = {{"Authorization", "Bearer " + secrets.at(0)},
                 {"Ocp-Apim-Subscription-Key", secrets.at(1)},
                 {"client_secret", secrets.at(2)},
                 {"Cookie", "sid=" + secrets.at(3)},
                 {"X-Vipps-Authorization", "bearer " + secrets.at(4)},
                 {"X-Vipps-Authorization", hmac},
                 {"client_id", "public-client-id"}};

    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    QVERIFY(writer.append(&e, nullptr));
    const QByteArray file = readAll(journalPath());
    QVERIFY(!file.isEmpty());
    for (const QByteArray &secret : secrets)
        QVERIFY2(!file.contains(secret), secret.constData());
    QVERIFY(file.contains(hmac));
    QVERIFY(file.contains("public-client-id"));
    QVERIFY(file.contains("[\"Authorization\",\"Bearer [redacted]\"]"));
}

void TestJournalWriter::openErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder does not exist") << QStringLiteral("no/such/folder/journal.jsonl");
    QTest::newRow("path is a folder") << QString();
}

void TestJournalWriter::openErrors()
{
    QFETCH(QString, relativePath);
    const QString path = relativePath.isEmpty() ? m_dir->path() : m_dir->filePath(relativePath);

    Writer writer;
    QString error;
    QVERIFY(!writer.open(path, &error));
    QVERIFY(!writer.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QFile probe(path);
    QVERIFY(!probe.open(QIODevice::WriteOnly | QIODevice::Append));
    QVERIFY(!probe.errorString().isEmpty());
    QVERIFY2(error.contains(probe.errorString()), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));

    Entry e = entry(1);
    QVERIFY(!writer.append(&e, &error));
    QVERIFY(!writer.open(path, nullptr)); // a null message pointer is allowed
}

void TestJournalWriter::readOnlyFile()
{
    if (runningAsRoot())
        QSKIP("root may write to a read-only file, so permissions cannot make open() fail");
    QVERIFY(writeFile(journalPath(), Codec::encode(entryWithSeq(1))));
    QVERIFY(QFile::setPermissions(journalPath(), QFileDevice::ReadOwner));

    Writer writer;
    QString error;
    QVERIFY(!writer.open(journalPath(), &error));
    QVERIFY(!writer.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(journalPath())), qPrintable(error));
    QFile::setPermissions(journalPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// /dev/full accepts open() and fails every write() with ENOSPC.
void TestJournalWriter::diskFull()
{
    const QString full = QStringLiteral("/dev/full");
    if (!QFileInfo::exists(full))
        QSKIP("this system has no /dev/full to simulate a full disk");

    Writer writer;
    QString error;
    QVERIFY2(writer.open(full, &error), qPrintable(error));
    QCOMPARE(writer.nextSeq(), 1);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Entry e = entry(1);
        e.seq = -5;
        error.clear();
        QVERIFY(!writer.append(&e, &error));
        QVERIFY2(error.contains(full), qPrintable(error));
        QCOMPARE(e.seq, -5);
        QCOMPARE(writer.nextSeq(), 1);
    }
}

// A file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes the kernel accept only part of a line and
// then fail with EFBIG: the torn line must not swallow the next entry.
void TestJournalWriter::partialWrite()
{
#if defined(Q_OS_UNIX)
    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    Entry first = entry(1);
    QVERIFY(writer.append(&first, nullptr));
    const qint64 sizeBefore = QFileInfo(journalPath()).size();

    FileSizeLimit limit;
    if (!limit.set(sizeBefore + 100))
        QSKIP("the file size limit is already too low for this test");
    Entry failed = entry(2, QByteArray(1000, 'p'));
    QString error;
    const bool appended = writer.append(&failed, &error);
    limit.reset();

    QVERIFY(!appended);
    QVERIFY2(error.contains(QDir::toNativeSeparators(journalPath())), qPrintable(error));
    QCOMPARE(writer.nextSeq(), 2);
    QCOMPARE(QFileInfo(journalPath()).size(), sizeBefore + 100);

    Entry next = entry(3);
    QVERIFY(writer.append(&next, nullptr));
    QCOMPARE(next.seq, 2);
    const ReadResult result = Reader::readFile(journalPath());
    QCOMPARE(seqsOf(result), (QList<qint64>{1, 2}));
    QCOMPARE(result.skippedLines, 1);
    QVERIFY(!result.tornTail);
    QVERIFY(result.entries.last() == next);
#else
    QSKIP("needs POSIX file size limits");
#endif
}

void TestJournalWriter::appendWithoutOpen()
{
    Writer writer;
    QVERIFY(!writer.isOpen());
    Entry e = entry(1);
    QString error;
    QVERIFY(!writer.append(&e, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(e.seq, 0);
    QCOMPARE(writer.nextSeq(), 1);
    QVERIFY(!writer.sync());
}

void TestJournalWriter::syncAndClose()
{
    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    Entry e = entry(1);
    QVERIFY(writer.append(&e, nullptr));
    QVERIFY(writer.sync());
    writer.close();
    QVERIFY(!writer.isOpen());
    QVERIFY(!writer.sync());
    QVERIFY(!writer.append(&e, nullptr));
    QCOMPARE(Reader::readFile(journalPath()).entries.size(), 1);
}

void TestJournalWriter::reopenSwitchesFile()
{
    const QString other = m_dir->filePath(QStringLiteral("other.jsonl"));
    QVERIFY(writeFile(other, Codec::encode(entryWithSeq(10))));

    Writer writer;
    QVERIFY(writer.open(journalPath(), nullptr));
    Entry first = entry(1);
    QVERIFY(writer.append(&first, nullptr));
    QVERIFY(writer.open(other, nullptr));
    QCOMPARE(writer.path(), other);
    QCOMPARE(writer.nextSeq(), 11);
    Entry second = entry(2);
    QVERIFY(writer.append(&second, nullptr));

    QCOMPARE(seqsOf(Reader::readFile(journalPath())), QList<qint64>{1});
    QCOMPARE(seqsOf(Reader::readFile(other)), (QList<qint64>{10, 11}));
}

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"
