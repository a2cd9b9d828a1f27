// SPDX-License-Identifier: MIT
// The journal of `vipps-hooks listen` as a user meets it (docs/architecture.md §4): private files and folders,
// a warning for one others may read, and `verify` reading it back.
#include "clienvironment.h"
#include "journal/cursor.h"
#include "journal/files.h"
#include "journal/reader.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "repeatedjournal.h"
#include "signeddelivery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

const QByteArray Secret = QByteArrayLiteral("journal-cli-secret-Zq81");
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"journal-order-7","pspReference":"p-7","name":"CAPTURED",)"
    R"("amount":{"currency":"NOK","value":1500},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

// The permission bits of path (0 when it cannot be read).
int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : 0;
}

const QUrl RegisteredUrl(QStringLiteral("https://example.com/hooks/vipps"));

// A delivery as listen journals it, signed for RegisteredUrl.
Journal::Entry signedEntry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Journal::Entry entry;
    entry.receivedAt = now;
    entry.remote = QStringLiteral("127.0.0.1:40000");
    entry.method = "POST";
    entry.target = "/hooks/vipps";
    entry.headers = Signature::Signer::sign(Secret, RegisteredUrl, Body, now).toHeaders();
    entry.headers.append(Http::Header{"Host", "example.com"});
    entry.body = Body;
    entry.result = QStringLiteral("valid");
    entry.status = 200;
    return entry;
}

// The largest resident memory of any child this process has waited for (0 where unknown).
qint64 peakChildResidentBytes()
{
    rusage usage = {};
    return ::getrusage(RUSAGE_CHILDREN, &usage) == 0 ? qint64(usage.ru_maxrss) * 1024 : 0;
}

// Restores the process's umask when the test ends.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_previous(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newJournalIsPrivate();
    void readableJournalIsWarnedAbout();
    void verifyFindsAnEntryInAJournalOver64MiB();
    void verifyReadsAJournalFromAPipe_data();
    void verifyReadsAJournalFromAPipe();
    void journalRotatesAndVerifyReadsAcrossFiles();
    void syncAnswersPipelinedDeliveries();
    void fullDiskIsAnswered503AndCounted();

private:
    QProcessEnvironment environment() const;
    QStringList listenArguments(const QString &journal) const;
    QStringList verifyArguments(const QString &journal, qint64 seq, const QUrl &url = RegisteredUrl) const;
    int verify(const QStringList &arguments, QByteArray *out, const QByteArray &input = {});
    static int deliver(const ListenProcess &listen, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliJournal::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
}

void TestCliJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Own settings, no VIPPS_* variables and no keychain: only what the test passes counts.
QProcessEnvironment TestCliJournal::environment() const
{
    return isolatedCliEnvironment(m_dir->path());
}

QStringList TestCliJournal::listenArguments(const QString &journal) const
{
    return {QStringLiteral("--secret"), QString::fromUtf8(Secret), QStringLiteral("--journal"), journal};
}

QStringList TestCliJournal::verifyArguments(const QString &journal, qint64 seq, const QUrl &url) const
{
    return {QStringLiteral("verify"),
            QStringLiteral("--secret"),
            QString::fromUtf8(Secret),
            QStringLiteral("--url"),
            url.toString(),
            QStringLiteral("--request"),
            journal,
            QStringLiteral("--seq"),
            QString::number(seq)};
}

// Runs vipps-hooks; its exit code (-1 when it did not finish within 60 s), standard output and error in *out.
int TestCliJournal::verify(const QStringList &arguments, QByteArray *out, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(hooksBinary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    *out = process.readAllStandardOutput() + process.readAllStandardError();
    return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Sends count signed deliveries on one keep-alive connection; returns how many were answered 200.
int TestCliJournal::deliver(const ListenProcess &listen, int count)
{
    RawHttpClient client;
    if (!client.connectTo(listen.port()))
        return 0;
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        client.send(signedDeliveryBytes(listen.hookUrl(), Secret, Body));
        accepted += client.readResponse().status == 200 ? 1 : 0;
    }
    return accepted;
}

// A umask of 022 would leave a plain new file 0644 and a folder 0755; the journal holds whole requests, so
// listen makes both its owner's alone, and has nothing to warn about.
void TestCliJournal::newJournalIsPrivate()
{
    const UmaskGuard umask(022);
    const QString folder = m_dir->filePath(QStringLiteral("made/by/listen"));
    const QString journal = folder + QStringLiteral("/journal.jsonl");
    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(journal), environment()), listen.err().constData());
    QCOMPARE(deliver(listen, 1), 1);
    QCOMPARE(listen.stop(), 0);

    QCOMPARE(modeOf(journal), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("made/by"))), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("made"))), 0700);
    QVERIFY2(!listen.err().contains("warning"), listen.err().constData());
}

// A journal that exists keeps its mode: listen says once that others may read it, and goes on.
void TestCliJournal::readableJournalIsWarnedAbout()
{
    const QString journal = m_dir->filePath(QStringLiteral("shared.jsonl"));
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(journal).constData(), 0644) == 0);

    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(journal), environment()), listen.err().constData());
    QCOMPARE(deliver(listen, 2), 2);
    QCOMPARE(listen.stop(), 0);

    const QByteArray err = listen.err();
    QCOMPARE(err.count("other users may read it"), 1);
    QVERIFY2(err.contains("(mode 0644)"), err.constData());
    QVERIFY2(err.contains("chmod 600"), err.constData());
    QCOMPARE(modeOf(journal), 0644);
}

// Past 64 MiB a journal is still read, as a stream: the entry near its end is found and verify's memory stays far
// below the journal's size.
void TestCliJournal::verifyFindsAnEntryInAJournalOver64MiB()
{
    const QString journal = m_dir->filePath(QStringLiteral("big.jsonl"));
    const qint64 size = 70 * 1024 * 1024;
    const qint64 lastSeq = writeRepeatedJournal(journal, signedEntry(), 1, size);
    QVERIFY(lastSeq > 0);
    QVERIFY(QFileInfo(journal).size() >= size);

    QByteArray out;
    QCOMPARE(verify(verifyArguments(journal, lastSeq - 2), &out), 0);
    QVERIFY2(out.contains("journal entry #" + QByteArray::number(lastSeq - 2)), out.constData());
    QVERIFY2(out.contains("Result: valid"), out.constData());
    const qint64 peak = peakChildResidentBytes();
    if (peak == 0)
        QSKIP("the peak memory of a child cannot be read here");
    QVERIFY2(peak < size / 2, qPrintable(QStringLiteral("a child used %1 bytes at its peak").arg(peak)));
}

// At 4 KiB a file and three kept, many deliveries leave journal.jsonl and journal.1-3.jsonl, none past the limit,
// holding a run of seq numbers that a restart continues; verify finds an entry in a rotated file.
void TestCliJournal::journalRotatesAndVerifyReadsAcrossFiles()
{
    const QString journal = m_dir->filePath(QStringLiteral("journal.jsonl"));
    const QStringList arguments =
        listenArguments(journal) + QStringList{QStringLiteral("--journal-max-size"), QStringLiteral("4K"),
                                               QStringLiteral("--journal-keep"), QStringLiteral("3")};
    QUrl hookUrl;
    {
        ListenProcess listen(hooksBinary());
        QVERIFY2(listen.start(arguments, environment()), listen.err().constData());
        hookUrl = listen.hookUrl();
        QCOMPARE(deliver(listen, 40), 40);
        QCOMPARE(listen.stop(), 0);
    }
    const QList<Journal::Files::RotatedFile> rotated = Journal::Files::rotatedFiles(journal);
    QCOMPARE(rotated.size(), 3);
    QCOMPARE(rotated.last().path, m_dir->filePath(QStringLiteral("journal.3.jsonl")));
    for (const QString &file : Journal::Files::chain(journal))
        QVERIFY2(QFileInfo(file).size() <= 4096, qPrintable(file));

    QList<qint64> seqs;
    Journal::Cursor cursor(journal);
    while (const std::optional<Journal::Entry> entry = cursor.next())
        seqs.append(entry->seq);
    QVERIFY(seqs.size() > 3 && seqs.first() > 1);
    for (qsizetype i = 1; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
    QCOMPARE(seqs.last(), 40);

    const QList<Journal::Entry> second = Journal::Reader::readFile(rotated.at(1).path).entries;
    QVERIFY(!second.isEmpty());
    QByteArray out;
    QCOMPARE(verify(verifyArguments(journal, second.first().seq, hookUrl), &out), 0);
    QVERIFY2(out.contains("journal entry #" + QByteArray::number(second.first().seq)), out.constData());

    ListenProcess again(hooksBinary());
    QVERIFY2(again.start(arguments, environment()), again.err().constData());
    QCOMPARE(deliver(again, 1), 1);
    QCOMPARE(again.stop(), 0);
    Journal::Cursor afterRestart(journal);
    QCOMPARE(afterRestart.last().value_or(Journal::Entry()).seq, 41);
}

// --sync over real sockets: several connections, each pipelining its deliveries, all answered 200 and journaled
// with a run of seq numbers.
void TestCliJournal::syncAnswersPipelinedDeliveries()
{
    const QString journal = m_dir->filePath(QStringLiteral("synced.jsonl"));
    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(journal) + QStringList{QStringLiteral("--sync")}, environment()),
             listen.err().constData());
    constexpr int Connections = 4;
    constexpr int PerConnection = 10;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int c = 0; c < Connections; ++c) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(listen.port()));
        QByteArray pipelined;
        for (int i = 0; i < PerConnection; ++i)
            pipelined += signedDeliveryBytes(listen.hookUrl(), Secret, Body);
        clients.back()->send(pipelined);
    }
    for (const auto &client : clients) {
        const QList<RawResponse> answers = client->readResponses(PerConnection, 20000);
        QCOMPARE(answers.size(), PerConnection);
        for (const RawResponse &answer : answers)
            QCOMPARE(answer.status, 200);
    }
    QCOMPARE(listen.stop(), 0);

    QList<qint64> seqs;
    for (const Journal::Entry &entry : Journal::Reader::readFile(journal).entries) {
        QCOMPARE(entry.status, 200);
        seqs.append(entry.seq);
    }
    QCOMPARE(seqs.size(), Connections * PerConnection);
    for (qsizetype i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i + 1);
}

// A journal on a full disk: every delivery is answered 503 so Vipps retries, the summary does not count them as
// valid, and nothing of Qt's own reaches stderr (a character device has no end to seek to).
void TestCliJournal::fullDiskIsAnswered503AndCounted()
{
    if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
        QSKIP("no /dev/full here");
    QProcessEnvironment debugging = environment(); // Qt's diagnostics shown: none may come
    debugging.insert(QStringLiteral("VIPPS_HOOKS_DEBUG"), QStringLiteral("1"));
    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(QStringLiteral("/dev/full")), debugging), listen.err().constData());
    RawHttpClient client;
    QVERIFY(client.connectTo(listen.port()));
    for (int i = 0; i < 3; ++i) {
        client.send(signedDeliveryBytes(listen.hookUrl(), Secret, Body));
        QCOMPARE(client.readResponse().status, 503);
    }
    QCOMPARE(listen.stop(), 0);
    const QByteArray err = listen.err();
    QVERIFY2(err.contains("Stopped. 3 requests, 0 valid deliveries, 3 not journaled (answered 503)."),
             err.constData());
    QCOMPARE(err.count("No space left on device"), 3);
    QVERIFY2(!err.contains("QIODevice") && !err.contains("QFile"), err.constData());
}

void TestCliJournal::verifyReadsAJournalFromAPipe_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("stdin") << QStringLiteral("-");
    QTest::newRow("a path that is a pipe") << QStringLiteral("/dev/stdin");
}

// A journal piped in is read on from where the first look at it stopped, not opened a second time: its first
// entries are found too.
void TestCliJournal::verifyReadsAJournalFromAPipe()
{
    QFETCH(QString, request);
    if (!QFileInfo::exists(request) && request != QLatin1String("-"))
        QSKIP("no /dev/stdin here");
    const QString journal = m_dir->filePath(QStringLiteral("piped.jsonl"));
    const qint64 lastSeq = writeRepeatedJournal(journal, signedEntry(), 1, 256 * 1024);
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray out;
    QVERIFY(lastSeq > 100);
    QCOMPARE(verify(verifyArguments(request, 2), &out, file.readAll()), 0);
    QVERIFY2(out.contains("journal entry #2"), out.constData());
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
