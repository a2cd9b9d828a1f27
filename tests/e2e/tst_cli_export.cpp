// SPDX-License-Identifier: MIT
// `vipps-hooks export` and `verify --request` on an export, end to end (docs/architecture.md §4 "Export and
// import", §6): what listen journaled comes out as a HAR a HAR reader accepts, or as JSON Lines, with no bearer
// token, subscription key or cookie in it; verify says the same of an export as of the journal; a 100 MB journal
// is exported in bounded memory.
#include "childpeak.h"
#include "clienvironment.h"
#include "harcheck.h"
#include "journal/codec.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "repeatedjournal.h"
#include "signeddelivery.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray Secret = QByteArrayLiteral("export-cli-secret-Hq27");
const QByteArray Token = QByteArrayLiteral("export-cli-bearer-token-P0x");
const QByteArray SubscriptionKey = QByteArrayLiteral("export-cli-subscription-key-9c");
const QByteArray CookieValue = QByteArrayLiteral("export-cli-cookie-41");
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"export-order-9","pspReference":"p-9","name":"AUTHORIZED",)"
    R"("amount":{"currency":"NOK","value":2500},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");
const QByteArray BinaryBody("\x1f\x8b\x08\x00\xff\xfe{\"a\":\"\xe6\"}", 13);

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The secrets a client might send besides the signature, each in a header the journal redacts.
QByteArray secretHeaders()
{
    return "Ocp-Apim-Subscription-Key: " + SubscriptionKey + "\r\nX-Api-Token: Bearer " + Token +
           "\r\nCookie: session=" + CookieValue + "\r\n";
}

// Whether text holds the bearer token, the subscription key, the cookie or the webhook secret (none of them is
// printed when a check fails).
bool containsASecret(const QByteArray &text)
{
    return text.contains(Token) || text.contains(SubscriptionKey) || text.contains(CookieValue) ||
           text.contains(Secret);
}

struct Run
{
    int exitCode = -1; // -1: did not finish within 60 s, or crashed
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void harOfWhatListenJournaled();
    void jsonLinesOnStandardOutput();
    void verifySaysOfAnExportWhatItSaysOfTheJournal_data();
    void verifySaysOfAnExportWhatItSaysOfTheJournal();
    void bodyThatIsNotUtf8VerifiesFromTheHar();
    void seqsAreExportedInTheOrderGiven();
    void usageErrors_data();
    void usageErrors();
    void largeJournalIsExportedInBoundedMemory();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments) const;
    // listen on a fresh journal, deliveries of bodies with secretHeaders(), stop; false when something failed.
    bool journal(const QList<QByteArray> &bodies);
    QStringList verifyArguments(const QString &request, qint64 seq) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QUrl m_hookUrl;
};

void TestCliExport::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
}

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = m_dir->filePath(QStringLiteral("journal.jsonl"));
}

QProcessEnvironment TestCliExport::environment() const
{
    QProcessEnvironment environment = isolatedCliEnvironment(m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    return environment;
}

Run TestCliExport::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(hooksBinary(), arguments);
    process.closeWriteChannel();
    Run result;
    const bool finished = process.waitForFinished(60000);
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

bool TestCliExport::journal(const QList<QByteArray> &bodies)
{
    ListenProcess listen(hooksBinary());
    if (!listen.start({QStringLiteral("--secret"), QString::fromUtf8(Secret), QStringLiteral("--journal"), m_journal},
                      environment()))
        return false;
    m_hookUrl = listen.hookUrl();
    RawHttpClient client;
    if (!client.connectTo(listen.port()))
        return false;
    for (const QByteArray &body : bodies) {
        client.send(signedDeliveryBytes(m_hookUrl, Secret, body, secretHeaders()));
        if (client.readResponse().status != 200)
            return false;
    }
    return listen.stop() == 0;
}

QStringList TestCliExport::verifyArguments(const QString &request, qint64 seq) const
{
    return {QStringLiteral("verify"),
            QStringLiteral("--secret"),
            QString::fromUtf8(Secret),
            QStringLiteral("--url"),
            m_hookUrl.toString(),
            QStringLiteral("--request"),
            request,
            QStringLiteral("--seq"),
            QString::number(seq),
            QStringLiteral("--json")};
}

void TestCliExport::harOfWhatListenJournaled()
{
    QVERIFY(journal({Body, Body}));
    const QString output = m_dir->filePath(QStringLiteral("deliveries.har"));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal,
                              QStringLiteral("--format"), QStringLiteral("har"), QStringLiteral("--output"), output});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.isEmpty());
    QCOMPARE(modeOf(output), 0600);

    const QByteArray har = readFile(output);
    const QStringList problems = HarCheck::problems(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String(", "))));
    const QJsonArray entries = HarCheck::entries(har);
    QCOMPARE(entries.size(), 2);
    const QJsonObject request = HarCheck::field(entries.at(1), "request").toObject();
    QCOMPARE(HarCheck::field(request, "method").toString(), QStringLiteral("POST"));
    QCOMPARE(HarCheck::field(request, "url").toString(), m_hookUrl.toString());
    QCOMPARE(HarCheck::field(request, "postData.text").toString().toUtf8(), Body);
    QCOMPARE(HarCheck::field(entries.at(1), "response.status").toInt(), 200);
    QCOMPARE(HarCheck::field(entries.at(1), "_seq").toInteger(), 2);
    QStringList names;
    for (const QJsonValue &header : HarCheck::field(request, "headers").toArray())
        names.append(HarCheck::field(header, "name").toString());
    for (const char *name : {"Host", "x-ms-date", "x-ms-content-sha256", "Authorization", "Content-Type",
                             "Ocp-Apim-Subscription-Key", "X-Api-Token", "Cookie"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QVERIFY(!containsASecret(har));
    QVERIFY(har.contains("HMAC-SHA256 SignedHeaders="));
}

void TestCliExport::jsonLinesOnStandardOutput()
{
    QVERIFY(journal({Body, Body, Body}));
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal,
                              QStringLiteral("--format"), QStringLiteral("jsonl")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const std::optional<Journal::Entry> entry = Journal::Codec::decode(lines.at(i));
        QVERIFY2(entry, lines.at(i).constData());
        QCOMPARE(entry->seq, i + 1);
        QCOMPARE(entry->body, Body);
    }
    QVERIFY(!containsASecret(exported.out));
}

void TestCliExport::verifySaysOfAnExportWhatItSaysOfTheJournal_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("HAR") << QStringLiteral("har");
    QTest::newRow("JSON Lines") << QStringLiteral("jsonl");
}

// The export keeps the journal's seq numbers (_seq in HAR) and every signed header: verify finds the same entry
// and comes to the same result, step by step.
void TestCliExport::verifySaysOfAnExportWhatItSaysOfTheJournal()
{
    QFETCH(QString, format);
    QVERIFY(journal({Body, Body, Body}));
    const QString output = m_dir->filePath(QStringLiteral("export.") + format);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal, QStringLiteral("--format"), format,
                  QStringLiteral("--output"), output})
                 .exitCode,
             0);
    for (const qint64 seq : {1, 3}) {
        const Run fromJournal = run(verifyArguments(m_journal, seq));
        const Run fromExport = run(verifyArguments(output, seq));
        QCOMPARE(fromJournal.exitCode, 0);
        QVERIFY2(fromExport.exitCode == 0, fromExport.out + fromExport.err);
        QJsonObject journalReport = QJsonDocument::fromJson(fromJournal.out).object();
        QJsonObject exportReport = QJsonDocument::fromJson(fromExport.out).object();
        QCOMPARE(journalReport.take(QStringLiteral("source")).toString(), QStringLiteral("journal entry #%1").arg(seq));
        const QString source = exportReport.take(QStringLiteral("source")).toString();
        QVERIFY2(source.endsWith(QStringLiteral("entry #%1").arg(seq)), qPrintable(source));
        QVERIFY(!journalReport.isEmpty());
        QCOMPARE(exportReport, journalReport);
    }
}

// The exact bytes come back from postData._bodyBase64: the signature over them still matches.
void TestCliExport::bodyThatIsNotUtf8VerifiesFromTheHar()
{
    QVERIFY(journal({Body, BinaryBody}));
    const QString output = m_dir->filePath(QStringLiteral("binary.har"));
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal, QStringLiteral("--format"),
             QStringLiteral("har"), QStringLiteral("--output"), output, QStringLiteral("--seq"), QStringLiteral("2")})
            .exitCode,
        0);
    QVERIFY(HarCheck::problems(readFile(output)).isEmpty());
    const Run verified = run(verifyArguments(output, 2));
    QVERIFY2(verified.exitCode == 0, verified.out + verified.err);
    QCOMPARE(HarCheck::field(verified.out, "result").toString(), QStringLiteral("valid"));
}

void TestCliExport::seqsAreExportedInTheOrderGiven()
{
    QVERIFY(journal({Body, Body, Body}));
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal, QStringLiteral("--seq"),
             QStringLiteral("3"), QStringLiteral("--seq"), QStringLiteral("1"), QStringLiteral("--seq"),
             QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("har")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonArray entries = HarCheck::entries(exported.out);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(HarCheck::field(entries.at(0), "_seq").toInteger(), 3);
    QCOMPARE(HarCheck::field(entries.at(1), "_seq").toInteger(), 1);
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString journal = QStringLiteral("JOURNAL");
    const QString har = QStringLiteral("EXPORT_HAR");
    QTest::newRow("unknown seq")
        << QStringList{QStringLiteral("export"), QStringLiteral("--journal"), journal,
                       QStringLiteral("--seq"),  QStringLiteral("9"),         QStringLiteral("--format"),
                       QStringLiteral("har")}
        << QStringLiteral("has no entry with seq 9");
    QTest::newRow("no such journal") << QStringList{QStringLiteral("export"), QStringLiteral("--journal"),
                                                    QStringLiteral("MISSING"), QStringLiteral("--format"),
                                                    QStringLiteral("jsonl")}
                                     << QStringLiteral("Cannot read the journal");
    QTest::newRow("no format") << QStringList{QStringLiteral("export"), QStringLiteral("--journal"), journal}
                               << QStringLiteral("--format must be har or jsonl");
    QTest::newRow("seq not a number")
        << QStringList{QStringLiteral("export"), QStringLiteral("--journal"), journal,
                       QStringLiteral("--seq"),  QStringLiteral("x"),         QStringLiteral("--format"),
                       QStringLiteral("har")}
        << QStringLiteral("--seq must be a positive");
    QTest::newRow("output folder missing")
        << QStringList{QStringLiteral("export"),         QStringLiteral("--journal"), journal,
                       QStringLiteral("--format"),       QStringLiteral("har"),       QStringLiteral("--output"),
                       QStringLiteral("MISSING/out.har")}
        << QStringLiteral("Cannot write");
    QTest::newRow("verify: unknown seq in a HAR") << QStringList{QStringLiteral("verify"),
                                                                 QStringLiteral("--secret"),
                                                                 QStringLiteral("s"),
                                                                 QStringLiteral("--url"),
                                                                 QStringLiteral("https://example.com/hooks/vipps"),
                                                                 QStringLiteral("--request"),
                                                                 har,
                                                                 QStringLiteral("--seq"),
                                                                 QStringLiteral("9")}
                                                  << QStringLiteral("no POST request with seq 9");
    QTest::newRow("verify: a HAR that is not JSON") << QStringList{QStringLiteral("verify"),
                                                                   QStringLiteral("--secret"),
                                                                   QStringLiteral("s"),
                                                                   QStringLiteral("--url"),
                                                                   QStringLiteral("https://example.com/hooks/vipps"),
                                                                   QStringLiteral("--request"),
                                                                   QStringLiteral("BROKEN_HAR")}
                                                    << QStringLiteral("is not valid JSON");
}

// Exit code 2, a message saying what is wrong, and no output file left behind (docs/architecture.md §6).
void TestCliExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QVERIFY(journal({Body}));
    const QString har = m_dir->filePath(QStringLiteral("export.har"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--journal"), m_journal, QStringLiteral("--format"),
                  QStringLiteral("har"), QStringLiteral("--output"), har})
                 .exitCode,
             0);
    QFile broken(m_dir->filePath(QStringLiteral("broken.har")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"log":{"entries":[)");
    broken.close();
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("EXPORT_HAR"), har);
        argument.replace(QLatin1String("BROKEN_HAR"), broken.fileName());
        argument.replace(QLatin1String("JOURNAL"), m_journal);
        argument.replace(QLatin1String("MISSING"), m_dir->filePath(QStringLiteral("missing")));
    }
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
}

// Entries are read as a stream and written one by one: exporting a 100 MB journal takes no more memory than
// exporting one entry, give or take a few MiB.
void TestCliExport::largeJournalIsExportedInBoundedMemory()
{
    QVERIFY(journal({Body}));
    const Journal::Entry entry = Journal::Codec::decode(readFile(m_journal).trimmed()).value_or(Journal::Entry());
    QCOMPARE(entry.seq, 1);
    const QString output = m_dir->filePath(QStringLiteral("export.har"));
    const QStringList arguments{QStringLiteral("export"),
                                QStringLiteral("--format"),
                                QStringLiteral("har"),
                                QStringLiteral("--output"),
                                output,
                                QStringLiteral("--journal")};
    const ChildPeak small = runMeasuringPeak(hooksBinary(), arguments + QStringList{m_journal});
    QCOMPARE(small.exitCode, 0);

    const QString big = m_dir->filePath(QStringLiteral("big.jsonl"));
    const qint64 size = 100 * 1024 * 1024;
    const qint64 lastSeq = writeRepeatedJournal(big, entry, 1, size);
    QVERIFY(lastSeq > 0);
    const ChildPeak large = runMeasuringPeak(hooksBinary(), arguments + QStringList{big});
    QCOMPARE(large.exitCode, 0);
    QFile har(output);
    QVERIFY(har.open(QIODevice::ReadOnly));
    QVERIFY(har.size() > size);
    qint64 lines = 0;
    while (!har.readLine().isEmpty())
        ++lines;
    QCOMPARE(lines, lastSeq + 2); // the log's head, one line per entry, its tail
    if (small.peakBytes == 0)
        QSKIP("the peak memory of a child cannot be read here");
    QVERIFY2(large.peakBytes < small.peakBytes + 16 * 1024 * 1024,
             qPrintable(QStringLiteral("%1 bytes at the peak for one entry, %2 for 100 MB")
                            .arg(small.peakBytes)
                            .arg(large.peakBytes)));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
