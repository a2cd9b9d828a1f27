// SPDX-License-Identifier: MIT
// Exports read back (docs/architecture.md §4 "Export and import"): HAR and JSON Lines give the same requests
// byte for byte, marked imported; HAR files of other programs are read too; malformed input is an error that
// names the file and the entry.
#include "events/exportfile.h"
#include "events/importreader.h"
#include "journal/codec.h"
#include "journal/forwardcodec.h"
#include "journalsample.h"
#include "exportsample.h"
#include "harcheck.h"
#include "journal/redaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QBuffer>
#include <QTest>

using namespace Events;

Q_DECLARE_METATYPE(Journal::Entry)

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// A HAR file with one entry: `entry` (a JSON object) inside a log.
QByteArray harWith(const QByteArray &entry)
{
    return R"({"log":{"version":"1.2","creator":{"name":"x","version":"1"},"entries":[)" + entry + "]}}";
}

const QByteArray ForeignEntry =
    R"({"startedDateTime":"2026-11-26T11:00:00.5+01:00","time":12,)"
    R"("request":{"method":"POST","url":"https://shop.example/hooks/vipps?a=1#top","httpVersion":"HTTP/2",)"
    R"("headers":[{"name":"host","value":"shop.example"},{"name":"content-type","value":"application/json"}],)"
    R"("queryString":[],"cookies":[],"headersSize":-1,"bodySize":5,)"
    R"("postData":{"mimeType":"application/json","text":"[1,2]"}},)"
    R"("response":{"status":202,"statusText":"","httpVersion":"HTTP/2","headers":[],"cookies":[],)"
    R"("content":{"size":0,"mimeType":""},"redirectURL":"","headersSize":-1,"bodySize":0},)"
    R"("cache":{},"timings":{"send":0,"wait":12,"receive":0}})";

const QByteArray GetEntry = R"({"startedDateTime":"2026-11-26T10:00:00Z","request":{"method":"GET",)"
                            R"("url":"https://shop.example/","headers":[]},"response":{"status":200}})";

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void nonUtf8BodyKeepsItsBytes();
    void harOfAnotherProgramIsRead();
    void harWithoutSeqsIsNumberedByPlace();
    void findAndLast();
    void malformed_data();
    void malformed();
    void harOverTheLimitIsRefused();
    void readFileHasABound();
    void journalStartingWithAForwardLineIsAJournal();

private:
    QList<Journal::Entry> readBack(const QString &path, QString *error, qint64 *skipped = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<Journal::Entry> TestImport::readBack(const QString &path, QString *error, qint64 *skipped)
{
    const ImportReader::All all = ImportReader::readFile(path, 1000);
    *error = all.error;
    if (skipped)
        *skipped = all.skipped;
    return all.entries;
}

void TestImport::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<Journal::Entry>("entry");
    const Journal::Entry delivery = ExportSample::delivery();
    Journal::Entry latin1 = delivery;
    latin1.headers.append(Http::Header{"X-Name", "Bj\xf8rn"});
    Journal::Entry bom = delivery;
    bom.body = "\xef\xbb\xbf{\"n\":1}";
    Journal::Entry absolute = delivery;
    absolute.target = "http://proxy.example:81/hooks/vipps?x=1";
    Journal::Entry nonAscii = delivery;
    nonAscii.target = "/hooks/\xc3\xa6\xff?q=%41";
    Journal::Entry empty = delivery;
    empty.body.clear();
    empty.duplicate = true;
    empty.result = QStringLiteral("invalid");
    empty.reason = QStringLiteral("the body differs from what was signed");
    Journal::Entry noTime = delivery;
    noTime.remote.clear();
    for (const auto &[name, format] : {std::pair{"HAR", ExportFormat::Har}, {"JSONL", ExportFormat::JsonLines}}) {
        const QByteArray prefix = QByteArray(name) + ": ";
        QTest::newRow(prefix + "a delivery") << int(format) << delivery;
        QTest::newRow(prefix + "a header that is not UTF-8") << int(format) << latin1;
        QTest::newRow(prefix + "a body starting with U+FEFF") << int(format) << bom;
        QTest::newRow(prefix + "an absolute-form target") << int(format) << absolute;
        QTest::newRow(prefix + "a target that is not ASCII") << int(format) << nonAscii;
        QTest::newRow(prefix + "an empty body, a duplicate") << int(format) << empty;
        QTest::newRow(prefix + "no remote") << int(format) << noTime;
    }
}

// Export, import: the same entry, but its secrets removed and marked imported.
void TestImport::roundTrip()
{
    QFETCH(int, format);
    QFETCH(Journal::Entry, entry);
    const QString path = m_dir->filePath(QStringLiteral("export"));
    QString error;
    QVERIFY2(ExportFile::save(path, ExportFormat(format), {entry}, &error), qPrintable(error));
    const QList<Journal::Entry> back = readBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 1);
    const Journal::Entry &imported = back.first();
    QCOMPARE(imported.method, entry.method);
    QCOMPARE(imported.target, entry.target);
    QVERIFY(imported.headers == Journal::Redaction::redactedHeaders(entry.headers));
    QCOMPARE(imported.body, entry.body);
    QCOMPARE(imported.seq, entry.seq);
    QCOMPARE(imported.receivedAt, entry.receivedAt);
    QCOMPARE(imported.status, entry.status);
    QVERIFY(imported.imported);
    Journal::Entry expected = entry;
    expected.headers = Journal::Redaction::redactedHeaders(entry.headers);
    expected.imported = true;
    QVERIFY(imported == expected); // remote, verification and duplicate too
}

void TestImport::nonUtf8BodyKeepsItsBytes()
{
    Journal::Entry entry = ExportSample::delivery();
    entry.body = QByteArray("\x1f\x8b\x08\x00\xff\xfe{\"a\":\"\xe6\"}\x00", 16);
    const QString path = m_dir->filePath(QStringLiteral("binary.har"));
    QString error;
    QVERIFY(ExportFile::save(path, ExportFormat::Har, {entry}, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject postData = HarCheck::field(file.readAll(), "log.entries.0.request.postData").toObject();
    QCOMPARE(QByteArray::fromBase64(postData[QLatin1String("_bodyBase64")].toString().toLatin1()), entry.body);
    QVERIFY(postData[QLatin1String("text")].toString().contains(QChar::ReplacementCharacter));
    const QList<Journal::Entry> back = readBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.value(0).body, entry.body);
}

// A HAR a browser or proxy saved: pretty-printed, no custom fields, other requests among the POSTs.
void TestImport::harOfAnotherProgramIsRead()
{
    const QString path = write(*m_dir, QStringLiteral("browser.har"),
                               "{\n  \"log\": {\"version\":\"1.2\",\"creator\":{\"name\":\"b\",\"version\":\"1\"},\n"
                               "  \"entries\": [" +
                                   GetEntry + ",\n" + ForeignEntry + "]}}\n");
    QString error;
    qint64 skipped = 0;
    const QList<Journal::Entry> back = readBack(path, &error, &skipped);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(skipped, 1);
    QCOMPARE(back.size(), 1);
    const Journal::Entry &entry = back.first();
    QCOMPARE(entry.seq, 2); // its place in log.entries
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.target, QByteArray("/hooks/vipps?a=1"));
    QCOMPARE(entry.headers.value("Host"), QByteArray("shop.example"));
    QCOMPARE(entry.body, QByteArray("[1,2]"));
    QCOMPARE(entry.status, 202);
    QCOMPARE(entry.receivedAt, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 500), Qt::UTC));
    QVERIFY(entry.imported);
    QVERIFY(entry.result.isEmpty());
}

void TestImport::harWithoutSeqsIsNumberedByPlace()
{
    QByteArray withoutBody = ForeignEntry;
    withoutBody.replace(R"("postData":{"mimeType":"application/json","text":"[1,2]"})", R"("comment":"")");
    const QString path =
        write(*m_dir, QStringLiteral("three.har"),
              R"({"log":{"entries":[)" + withoutBody + ',' + ForeignEntry + ',' + ForeignEntry + "]}}");
    ImportReader reader(path);
    QCOMPARE(reader.next().value_or(Journal::Entry()).seq, 2);
    QCOMPARE(reader.next().value_or(Journal::Entry()).seq, 3);
    QVERIFY(!reader.next());
    QVERIFY(reader.ok());
    QCOMPARE(reader.skipped(), 1); // a POST without a body
    QCOMPARE(reader.format(), ImportReader::Format::Har);
}

void TestImport::findAndLast()
{
    Journal::Entry first = ExportSample::delivery();
    Journal::Entry second = ExportSample::apiCall();
    for (const ExportFormat format : {ExportFormat::Har, ExportFormat::JsonLines}) {
        const QString path =
            m_dir->filePath(format == ExportFormat::Har ? QStringLiteral("two.har") : QStringLiteral("two.jsonl"));
        QString error;
        QVERIFY(ExportFile::save(path, format, {first, second}, &error));
        QCOMPARE(ImportReader(path).find(42).value_or(Journal::Entry()).target, first.target);
        QCOMPARE(ImportReader(path).find(43).value_or(Journal::Entry()).target, second.target);
        ImportReader missing(path);
        QVERIFY(!missing.find(44));
        QVERIFY(missing.ok());
        QCOMPARE(ImportReader(path).last().value_or(Journal::Entry()).seq, 43);
        ImportReader reader(path);
        reader.next();
        QCOMPARE(reader.format(),
                 format == ExportFormat::Har ? ImportReader::Format::Har : ImportReader::Format::JsonLines);
    }
}

void TestImport::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray post = ForeignEntry;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("does not start with '{'");
    QTest::newRow("not JSON") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QStringLiteral("does not start with '{'");
    QTest::newRow("JSON cut short") << harWith(post).chopped(3) << QStringLiteral("is not valid JSON");
    QTest::newRow("no log") << QByteArray(R"({"entries":[]})") << QStringLiteral("no log.entries");
    QTest::newRow("entries not a list") << QByteArray(R"({"log":{"entries":{}}})") << QStringLiteral("no log.entries");
    QTest::newRow("an entry not an object") << harWith("[1]") << QStringLiteral("HAR entry 1: request.method");
    QTest::newRow("no method") << harWith(QByteArray(post).replace(R"("method":"POST",)", ""))
                               << QStringLiteral("HAR entry 1: request.method is missing");
    QTest::newRow("no url") << harWith(
                                   QByteArray(post).replace(R"("url":"https://shop.example/hooks/vipps?a=1#top",)", ""))
                            << QStringLiteral("HAR entry 1: request.url");
    QTest::newRow("relative url") << harWith(QByteArray(post).replace("https://shop.example", ""))
                                  << QStringLiteral("request.url is missing or not an absolute URL");
    QTest::newRow("headers not a list") << harWith(QByteArray(post)
                                                       .replace(R"("headers":[{"name":"host")",
                                                                R"("headers":{"x":[{"name":"host")")
                                                       .replace(R"(application/json"}],)", R"(application/json"}]},)"))
                                        << QStringLiteral("request.headers is missing");
    QTest::newRow("a header without value")
        << harWith(QByteArray(post).replace(R"("value":"shop.example")", R"("v":1)"))
        << QStringLiteral("request.headers[0] needs a name and a value");
    QTest::newRow("latin1 header beyond U+00FF")
        << harWith(QByteArray(post).replace(R"({"name":"host","value":"shop.example"})",
                                            R"({"name":"host","value":"\u0100","_latin1":true})"))
        << QStringLiteral("request.headers[0]");
    QTest::newRow("no status") << harWith(QByteArray(post).replace(R"("status":202,)", ""))
                               << QStringLiteral("response.status is missing");
    QTest::newRow("status not whole") << harWith(QByteArray(post).replace(R"("status":202,)", R"("status":2.5,)"))
                                      << QStringLiteral("response.status");
    QTest::newRow("no date") << harWith(
                                    QByteArray(post).replace(R"("startedDateTime":"2026-11-26T11:00:00.5+01:00",)", ""))
                             << QStringLiteral("startedDateTime is missing");
    QTest::newRow("seq negative") << harWith(QByteArray(post).replace(R"("time":12,)", R"("time":12,"_seq":-1,)"))
                                  << QStringLiteral("HAR entry 1 (seq -1): _seq is not a whole number");
    QTest::newRow("body not base64") << harWith(QByteArray(post).replace(R"("text":"[1,2]")",
                                                                         R"("text":"","_bodyBase64":"**")"))
                                     << QStringLiteral("request.postData._bodyBase64 is not base64");
    QTest::newRow("verification without result")
        << harWith(QByteArray(post).replace(R"("time":12,)", R"("time":12,"_verification":{"reason":"x"},)"))
        << QStringLiteral("_verification needs a result");
    QTest::newRow("second entry broken") << harWith(post + ",{\"_seq\":7}")
                                         << QStringLiteral("HAR entry 2 (seq 7): request.method is missing");
    QTest::newRow("a journal line broken")
        << QByteArray("{\"seq\":1,\"method\":\"POST\",\"target\":\"/"
                      "\",\"headers\":[],\"body\":\"\",\"response\":{\"status\":200}}\n"
                      "{\"seq\":2,\"method\":\"POST\"}\n")
        << QStringLiteral("the entry after seq 1 is not a journal entry");
    QTest::newRow("a journal line not JSON")
        << QByteArray("{\"seq\":1,\"method\":\"POST\",\"target\":\"/"
                      "\",\"headers\":[],\"body\":\"\",\"response\":{\"status\":200}}\n"
                      "{\"seq\":2,\n{\"seq\":3}\n")
        << QStringLiteral("the entry after seq 1 is not a journal entry");
    QTest::newRow("the first journal line broken")
        << QByteArray("{\"seq\":1,\"headers\":7}\n") << QStringLiteral("the first entry is not a journal entry");
    QTest::newRow("a journal cut off") << QByteArray("{\"seq\":1,\"method\":\"POST\",\"target\":\"/"
                                                     "\",\"headers\":[],\"body\":\"\",\"response\":{\"status\":200}}\n"
                                                     "{\"seq\":2,\"method\":\"PO")
                                       << QStringLiteral("the entry after seq 1 is cut off");
}

// Every one an error naming the file (and the entry where there is one), never a crash or an entry made up.
void TestImport::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = write(*m_dir, QStringLiteral("input.har"), content);
    QVERIFY(!path.isEmpty());
    QString error;
    const QList<Journal::Entry> back = readBack(path, &error);
    QVERIFY(back.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("input.har")), qPrintable(error));
}

void TestImport::harOverTheLimitIsRefused()
{
    QByteArray big = harWith(ForeignEntry);
    big.insert(1, QByteArray(ImportReader::MaxHarBytes, ' '));
    const QString path = write(*m_dir, QStringLiteral("big.har"), big);
    QString error;
    QVERIFY(readBack(path, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("larger than 64 MiB")), qPrintable(error));

    QVERIFY(!readBack(m_dir->filePath(QStringLiteral("missing.har")), &error).size());
    QVERIFY2(error.contains(QStringLiteral("Cannot read")), qPrintable(error));
}

void TestImport::readFileHasABound()
{
    const QString path =
        write(*m_dir, QStringLiteral("many.har"), harWith(ForeignEntry + ',' + ForeignEntry + ',' + ForeignEntry));
    const ImportReader::All two = ImportReader::readFile(path, 2);
    QVERIFY(two.entries.isEmpty());
    QVERIFY2(two.error.contains(QStringLiteral("more than 2 entries")), qPrintable(two.error));
    QCOMPARE(ImportReader::readFile(path, 3).entries.size(), 3);
}

// A rotated journal's newest file may start with the answer to a forwarded entry of the file before: still JSON
// Lines, not a HAR file (docs/architecture.md §4 "Forward lines").
void TestImport::journalStartingWithAForwardLineIsAJournal()
{
    const QByteArray forward = Journal::ForwardCodec::encode(JournalSample::forward(6));
    const QByteArray entry = Journal::Codec::encode(JournalSample::entry(7));
    QCOMPARE(ImportReader::detect(forward + entry), ImportReader::Format::JsonLines);
    QCOMPARE(ImportReader::detect(" " + forward), ImportReader::Format::JsonLines);
    QBuffer buffer;
    buffer.setData(forward + entry);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportReader reader(&buffer, QStringLiteral("journal.jsonl"));
    const std::optional<Journal::Entry> found = reader.find(7);
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    QVERIFY(found);
    QCOMPARE(found->body, JournalSample::entry(7).body);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
