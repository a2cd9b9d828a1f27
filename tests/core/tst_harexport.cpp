// SPDX-License-Identifier: MIT
// Journal entries exported as HAR 1.2 and JSON Lines (docs/architecture.md §4 "Export and import"): every field a
// HAR reader requires, what was received said as it was, no secret in either format, and an export file that is
// private and appears whole or not at all.
#include "events/exportfile.h"
#include "events/exportwriter.h"
#include "exportsample.h"
#include "harcheck.h"
#include "journal/codec.h"
#include "journal/redaction.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Events;

namespace {

QByteArray exported(ExportFormat format, const QList<Journal::Entry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(&buffer, format);
    for (const Journal::Entry &entry : entries) {
        if (!writer.write(entry))
            return {};
    }
    return writer.finish() ? buffer.data() : QByteArray();
}

QJsonObject harEntry(const QByteArray &har, qsizetype i)
{
    return HarCheck::entries(har).at(i).toObject();
}

QList<QPair<QString, QString>> namesAndValues(const QJsonArray &array)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &item : array)
        out.append({HarCheck::field(item, "name").toString(), HarCheck::field(item, "value").toString()});
    return out;
}

// One row per export format, in a column "format".
void addFormatRows()
{
    QTest::addColumn<int>("format");
    QTest::newRow("HAR") << int(ExportFormat::Har);
    QTest::newRow("JSON Lines") << int(ExportFormat::JsonLines);
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : 0;
}

} // namespace

class TestHarExport : public QObject
{
    Q_OBJECT

private slots:
    void harHasEveryRequiredField();
    void harSaysWhatWasReceived();
    void harWithoutEntriesIsAHar();
    void notADeliveryHasNoVerification();
    void exportHoldsNoSecret_data();
    void exportHoldsNoSecret();
    void jsonLinesAreJournalLines();
    void controlCharactersAreEscapedAsJson_data();
    void controlCharactersAreEscapedAsJson();
    void exportFileIsPrivateAndWhole();
    void exportFileThatCannotBeWrittenSaysWhy();
    void importedMarkIsWrittenOnlyWhenSet();
    void formatNames();
};

void TestHarExport::harHasEveryRequiredField()
{
    const QByteArray har = exported(ExportFormat::Har, {ExportSample::delivery(), ExportSample::apiCall()});
    const QStringList problems = HarCheck::problems(har);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String(", "))));
    QCOMPARE(HarCheck::entries(har).size(), 2);
    const QJsonObject creator = HarCheck::field(har, "log.creator").toObject();
    QCOMPARE(creator[QLatin1String("name")].toString(), QStringLiteral("vipps-hooks"));
    QCOMPARE(creator[QLatin1String("version")].toString(), QStringLiteral(VWB_VERSION));
}

void TestHarExport::harSaysWhatWasReceived()
{
    const Journal::Entry entry = ExportSample::delivery();
    const QJsonObject har = harEntry(exported(ExportFormat::Har, {entry}), 0);
    QCOMPARE(har[QLatin1String("startedDateTime")].toString(), QStringLiteral("2026-11-26T10:56:22.123Z"));
    const QJsonObject request = har[QLatin1String("request")].toObject();
    QCOMPARE(request[QLatin1String("method")].toString(), QStringLiteral("POST"));
    QCOMPARE(request[QLatin1String("url")].toString(),
             QStringLiteral("http://example.com:8080/hooks/vipps?order=a%20b&flag"));
    QCOMPARE(request[QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
    QVERIFY(!request.contains(QLatin1String("_targetBase64"))); // the url gives the target back
    const QList<QPair<QString, QString>> headers = namesAndValues(request[QLatin1String("headers")].toArray());
    QCOMPARE(headers.size(), entry.headers.size());
    const Http::HeaderList redacted = Journal::Redaction::redactedHeaders(entry.headers);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QCOMPARE(headers.at(i).first, QString::fromUtf8(redacted.at(i).name));
        QCOMPARE(headers.at(i).second, QString::fromUtf8(redacted.at(i).value));
    }
    const QList<QPair<QString, QString>> query = namesAndValues(request[QLatin1String("queryString")].toArray());
    const QList<QPair<QString, QString>> expectedQuery = {{QStringLiteral("order"), QStringLiteral("a b")},
                                                          {QStringLiteral("flag"), QString()}};
    QCOMPARE(query, expectedQuery);
    QCOMPARE(request[QLatin1String("bodySize")].toInteger(), entry.body.size());
    const QJsonObject postData = request[QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("mimeType")].toString(), QStringLiteral("application/json; charset=utf-8"));
    QCOMPARE(postData[QLatin1String("text")].toString().toUtf8(), entry.body);
    QVERIFY(!postData.contains(QLatin1String("_bodyBase64")));

    const QJsonObject response = har[QLatin1String("response")].toObject();
    QCOMPARE(response[QLatin1String("status")].toInt(), 200);
    QCOMPARE(response[QLatin1String("statusText")].toString(), QStringLiteral("OK"));
    QCOMPARE(har[QLatin1String("_seq")].toInteger(), 42);
    QCOMPARE(har[QLatin1String("_remote")].toString(), entry.remote);
    QCOMPARE(HarCheck::field(har, "_verification.result").toString(), QStringLiteral("valid"));
    QCOMPARE(HarCheck::field(har, "_verification.webhookId").toString(), QStringLiteral("wh-1"));
    QCOMPARE(har[QLatin1String("_duplicate")].toBool(true), false);
    QVERIFY(!har.contains(QLatin1String("_imported")));
}

void TestHarExport::harWithoutEntriesIsAHar()
{
    const QByteArray har = exported(ExportFormat::Har, {});
    QVERIFY2(HarCheck::problems(har).isEmpty(), har.constData());
    QCOMPARE(HarCheck::entries(har).size(), 0);
    QCOMPARE(exported(ExportFormat::JsonLines, {}), QByteArray());
}

// A 405 to a GET: no body, no postData, no verification; a request without Host is for localhost.
void TestHarExport::notADeliveryHasNoVerification()
{
    Journal::Entry entry = ExportSample::delivery();
    entry.method = "GET";
    entry.target = "/hooks/vipps";
    entry.headers = {{"Accept", "*/*"}};
    entry.body.clear();
    entry.result.clear();
    entry.webhookId.clear();
    entry.status = 405;
    const QByteArray har = exported(ExportFormat::Har, {entry});
    QVERIFY(HarCheck::problems(har).isEmpty());
    const QJsonObject object = harEntry(har, 0);
    QVERIFY(!object[QLatin1String("request")].toObject().contains(QLatin1String("postData")));
    QCOMPARE(HarCheck::field(object, "request.url").toString(), QStringLiteral("http://localhost/hooks/vipps"));
    QVERIFY(object[QLatin1String("_verification")].isNull());
    QCOMPARE(HarCheck::field(object, "response.statusText").toString(), QStringLiteral("Method Not Allowed"));
}

void TestHarExport::exportHoldsNoSecret_data()
{
    addFormatRows();
}

// Entries built in memory with the raw values: the export removes them itself, it does not rely on the journal
// having done so. The HMAC signature is not a secret and stays, so a shared delivery can still be checked.
void TestHarExport::exportHoldsNoSecret()
{
    QFETCH(int, format);
    const QByteArray out = exported(ExportFormat(format), {ExportSample::delivery(), ExportSample::apiCall()});
    QVERIFY(!out.isEmpty());
    const QList<QPair<const char *, QByteArray>> secrets = {{"bearer token", ExportSample::Token},
                                                            {"subscription key", ExportSample::SubscriptionKey},
                                                            {"client secret", ExportSample::ClientSecret},
                                                            {"cookie", ExportSample::CookieValue},
                                                            {"any of them", QByteArray("export-test")}};
    for (const auto &[what, secret] : secrets)
        QVERIFY2(!out.contains(secret), what);
    QCOMPARE(out.count("Bearer [redacted]"), 2);
    QCOMPARE(out.count(ExportSample::Signature), 2);
}

void TestHarExport::jsonLinesAreJournalLines()
{
    Journal::Entry clean = ExportSample::delivery();
    clean.headers = Journal::Redaction::redactedHeaders(clean.headers);
    const QByteArray out = exported(ExportFormat::JsonLines, {clean, ExportSample::apiCall()});
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0) + '\n', Journal::Codec::encode(clean));
    QVERIFY(lines.at(2).isEmpty());
    const std::optional<Journal::Entry> second = Journal::Codec::decode(lines.at(1));
    QVERIFY(second);
    QCOMPARE(second->seq, 43);
    QCOMPARE(second->headers.value("Authorization"), QByteArray("Bearer [redacted]"));
}

void TestHarExport::controlCharactersAreEscapedAsJson_data()
{
    addFormatRows();
}

// What vipps-hooks prints goes through Base::visibleUtf8, which would turn a raw DEL into the four characters
// "\x7f" and break the JSON; the export writes such characters as JSON escapes, so it is the same JSON either way.
void TestHarExport::controlCharactersAreEscapedAsJson()
{
    QFETCH(int, format);
    Journal::Entry entry = ExportSample::delivery();
    entry.body = "{\"name\":\"a\x7f\xc2\x9b\xe2\x80\xae\xef\xbb\xbf\x1b\"}";
    const QByteArray out = exported(ExportFormat(format), {entry});
    for (const QByteArray &raw :
         {QByteArray("\x7f"), QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae"), QByteArray("\x1b")})
        QVERIFY2(!out.contains(raw), raw.toHex().constData());
    const QByteArray body = ExportFormat(format) == ExportFormat::Har
                                ? HarCheck::field(out, "log.entries.0.request.postData.text").toString().toUtf8()
                                : Journal::Codec::decode(out).value_or(Journal::Entry()).body;
    QCOMPARE(body, entry.body);
}

void TestHarExport::exportFileIsPrivateAndWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.har"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("older export");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));

    {
        ExportFile file(path, ExportFormat::Har);
        QVERIFY(file.open());
        QVERIFY(file.write(ExportSample::delivery()));
        file.cancel();
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("older export")); // an export left unfinished never replaces a file
    old.close();

    QString error;
    QVERIFY2(ExportFile::save(path, ExportFormat::Har, {ExportSample::delivery()}, &error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(old.open(QIODevice::ReadOnly));
    const QByteArray har = old.readAll();
    QVERIFY(HarCheck::problems(har).isEmpty());
    QCOMPARE(HarCheck::entries(har).size(), 1);
    QCOMPARE(dir.path(), QFileInfo(path).path());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.har")});
}

void TestHarExport::exportFileThatCannotBeWrittenSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/export.har"));
    QString error;
    QVERIFY(!ExportFile::save(path, ExportFormat::JsonLines, {ExportSample::delivery()}, &error));
    QVERIFY2(error.contains(QStringLiteral("export.har")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// Imported entries are never received, so the receiver's lines never carry the mark; an entry read back from an
// export keeps it when written again.
void TestHarExport::importedMarkIsWrittenOnlyWhenSet()
{
    Journal::Entry entry = ExportSample::delivery();
    const QByteArray received = Journal::Codec::encode(entry);
    QVERIFY(received.endsWith(",\"response\":{\"status\":200}}\n"));
    QVERIFY(!received.contains("imported"));
    entry.imported = true;
    const QByteArray imported = Journal::Codec::encode(entry);
    QVERIFY(imported.endsWith(",\"response\":{\"status\":200},\"imported\":true}\n"));
    QCOMPARE(Journal::Codec::decode(imported).value_or(Journal::Entry()).imported, true);
    QCOMPARE(Journal::Codec::decode(received).value_or(Journal::Entry()).imported, false);
    QVERIFY(!Journal::Codec::decode(QByteArray(imported).replace("true}\n", "1}\n")));
}

void TestHarExport::formatNames()
{
    QCOMPARE(ExportWriter::formatNamed(QStringLiteral("har")), ExportFormat::Har);
    QCOMPARE(ExportWriter::formatNamed(QStringLiteral("JSONL")), ExportFormat::JsonLines);
    QVERIFY(!ExportWriter::formatNamed(QStringLiteral("json")));
    QVERIFY(!ExportWriter::formatNamed(QString()));
}

QTEST_GUILESS_MAIN(TestHarExport)
#include "tst_harexport.moc"
