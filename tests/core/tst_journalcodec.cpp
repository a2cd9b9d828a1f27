// SPDX-License-Identifier: MIT
#include "journal/codec.h"
#include "journal/redaction.h"
#include "journal/utf8.h"

#include <QJsonDocument>
#include <QTest>

using Journal::Entry;
namespace Codec = Journal::Codec;

Q_DECLARE_METATYPE(Journal::Entry)

namespace {

const QByteArray Hmac =
    "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=n2Y5vOTDQ8k0Ph1r+HrV3Q=";

Entry delivery()
{
    Entry e;
    e.seq = 7;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 56, 22, 123), Qt::UTC);
    e.remote = QStringLiteral("127.0.0.1:50412");
    e.method = "POST";
    e.target = "/hooks/vipps?x=1";
    e.headers = {{"Host", "localhost:8080"},
                 {"Content-Type", "application/json"},
                 {"x-ms-date", "Thu, 26 Nov 2026 10:56:22 GMT"},
                 {"Authorization", Hmac}};
    e.body = R"({"reference":"order-1"})";
    e.result = QStringLiteral("valid");
    e.webhookId = QStringLiteral("wh-1");
    e.status = 200;
    return e;
}

Entry withBody(const QByteArray &body)
{
    Entry e = delivery();
    e.body = body;
    return e;
}

Entry withHeaders(const Http::HeaderList &headers)
{
    Entry e = delivery();
    e.headers = headers;
    return e;
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

QByteArray controlChars()
{
    QByteArray bytes;
    for (int i = 0; i < 0x20; ++i)
        bytes.append(char(i));
    bytes.append('\x7f');
    return bytes;
}

// Field by field, so a failure names the field.
void compareEntries(const Entry &actual, const Entry &expected)
{
    QCOMPARE(actual.seq, expected.seq);
    QCOMPARE(actual.receivedAt, expected.receivedAt);
    QCOMPARE(actual.remote, expected.remote);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.target, expected.target);
    QCOMPARE(actual.headers.size(), expected.headers.size());
    for (qsizetype i = 0; i < expected.headers.size(); ++i) {
        QCOMPARE(actual.headers.at(i).name, expected.headers.at(i).name);
        QCOMPARE(actual.headers.at(i).value, expected.headers.at(i).value);
    }
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.result, expected.result);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.webhookId, expected.webhookId);
    QCOMPARE(actual.duplicate, expected.duplicate);
    QCOMPARE(actual.status, expected.status);
    QVERIFY(actual == expected);
}

} // namespace

class TestJournalCodec : public QObject
{
    Q_OBJECT

private slots:
    void exactLine_data();
    void exactLine();
    void roundTrip_data();
    void roundTrip();
    void redaction_data();
    void redaction();
    void secretsNeverWritten();
    void decodeAccepts_data();
    void decodeAccepts();
    void decodeRejects_data();
    void decodeRejects();
    void utf8Validation_data();
    void utf8Validation();
};

void TestJournalCodec::exactLine_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("signed delivery, keys in contract order")
        << delivery()
        << QByteArray(R"json({"seq":7,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"127.0.0.1:50412",)json"
                      R"json("method":"POST","target":"/hooks/vipps?x=1","headers":[["Host","localhost:8080"],)json"
                      R"json(["Content-Type","application/json"],["x-ms-date","Thu, 26 Nov 2026 10:56:22 GMT"],)json"
                      R"json(["Authorization","HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&)json"
                      R"json(Signature=n2Y5vOTDQ8k0Ph1r+HrV3Q="]],"body":"{\"reference\":\"order-1\"}",)json"
                      R"json("verification":{"result":"valid","reason":"","webhookId":"wh-1"},"duplicate":false,)json"
                      R"json("response":{"status":200}})json"
                      "\n");

    Entry notDelivery;
    notDelivery.seq = 1;
    notDelivery.receivedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    notDelivery.remote = QStringLiteral("[::1]:40000");
    notDelivery.method = "GET";
    notDelivery.target = "/hooks/vipps";
    notDelivery.status = 405;
    QTest::newRow("405: verification null, empty body")
        << notDelivery
        << QByteArray(R"json({"seq":1,"receivedAt":"2026-01-02T03:04:05.006Z","remote":"[::1]:40000",)json"
                      R"json("method":"GET","target":"/hooks/vipps","headers":[],"body":"",)json"
                      R"json("verification":null,"duplicate":false,"response":{"status":405}})json"
                      "\n");

    Entry invalid = withHeaders({});
    invalid.result = QStringLiteral("invalid");
    invalid.reason = QStringLiteral("signature mismatch: \"x\"");
    invalid.webhookId.clear();
    invalid.duplicate = true;
    invalid.status = 401;
    invalid.body = QByteArray("a\0b\x01\n\t\r\"\\/\x7f\xc3\xa6\xef\xbb\xbf", 16);
    QTest::newRow("escapes and U+FEFF, empty webhookId, duplicate")
        << invalid
        << QByteArray(R"json({"seq":7,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"127.0.0.1:50412",)json"
                      R"json("method":"POST","target":"/hooks/vipps?x=1","headers":[],)json"
                      R"json("body":"a\u0000b\u0001\n\t\r\"\\/)json"
                      "\x7f\xc3\xa6"
                      R"json(\ufeff","verification":{"result":"invalid","reason":"signature mismatch: \"x\"",)json"
                      R"json("webhookId":""},"duplicate":true,"response":{"status":401}})json"
                      "\n");

    Entry binary = withHeaders({{"X-Name", "Bj\xf8rn"}, {"X-Tab", "a\tb"}});
    binary.body = QByteArray("\x89PNG\r\n\x1a\n\0", 9);
    binary.target = "/h\xe9";
    binary.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 56, 22, 123), Qt::OffsetFromUTC, 7200);
    QTest::newRow("binary body, Latin-1 header, non-UTF-8 target, time converted to UTC")
        << binary
        << QByteArray(R"json({"seq":7,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"127.0.0.1:50412",)json"
                      R"json("method":"POST","targetBase64":"L2jp","headers":[["X-Name","Bj)json"
                      "\xc3\xb8"
                      R"json(rn","latin1"],["X-Tab","a\tb"]],"bodyBase64":"iVBORw0KGgoA",)json"
                      R"json("verification":{"result":"valid","reason":"","webhookId":"wh-1"},"duplicate":false,)json"
                      R"json("response":{"status":200}})json"
                      "\n");

    Entry noTime = withHeaders({});
    noTime.receivedAt = QDateTime();
    noTime.seq = 1234567890123;
    QTest::newRow("no time, large seq")
        << noTime
        << QByteArray(R"json({"seq":1234567890123,"receivedAt":null,"remote":"127.0.0.1:50412",)json"
                      R"json("method":"POST","target":"/hooks/vipps?x=1","headers":[],)json"
                      R"json("body":"{\"reference\":\"order-1\"}",)json"
                      R"json("verification":{"result":"valid","reason":"","webhookId":"wh-1"},"duplicate":false,)json"
                      R"json("response":{"status":200}})json"
                      "\n");
}

void TestJournalCodec::exactLine()
{
    QFETCH(Entry, entry);
    QFETCH(QByteArray, expected);
    QCOMPARE(Codec::encode(entry), expected);
}

void TestJournalCodec::roundTrip_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QByteArray>("bodyKey");

    const QByteArray text = "\"body\":";
    const QByteArray base64 = "\"bodyBase64\":";

    QTest::newRow("JSON body") << delivery() << text;
    QTest::newRow("Norwegian text") << withBody("Bl\xc3\xa5"
                                                "b\xc3\xa6rsyltet\xc3\xb8y")
                                    << text;
    QTest::newRow("4-byte emoji") << withBody("pay \xf0\x9f\x92\xb8 now") << text;
    QTest::newRow("empty body") << withBody(QByteArray()) << text;
    QTest::newRow("NUL bytes") << withBody(QByteArray("a\0b\0", 4)) << text;
    QTest::newRow("every control char") << withBody(controlChars()) << text;
    QTest::newRow("quotes and backslashes") << withBody(R"(\"\\"\u0041\/)") << text;
    QTest::newRow("line and paragraph separators") << withBody("a\xe2\x80\xa8z\xe2\x80\xa9") << text;
    QTest::newRow("noncharacters U+FFFF and U+10FFFF") << withBody("\xef\xbf\xbf\xf4\x8f\xbf\xbf") << text;
    QTest::newRow("byte order mark") << withBody("\xef\xbb\xbf{}") << text;
    QTest::newRow("byte order mark inside") << withBody("{}\xef\xbb\xbf\xef\xbb\xbf") << text;
    QTest::newRow("truncated byte order mark") << withBody("\xef\xbb") << base64;
    QTest::newRow("PNG signature") << withBody(QByteArray("\x89PNG\r\n\x1a\n", 8)) << base64;
    QTest::newRow("every byte value") << withBody(allBytes()) << base64;
    QTest::newRow("Latin-1 text") << withBody("Bj\xf8rn") << base64;
    QTest::newRow("lone continuation byte") << withBody("a\x80z") << base64;
    QTest::newRow("overlong slash") << withBody("\xc0\xaf") << base64;
    QTest::newRow("overlong 3-byte NUL") << withBody("\xe0\x80\x80") << base64;
    QTest::newRow("encoded surrogate") << withBody("\xed\xa0\x80") << base64;
    QTest::newRow("above U+10FFFF") << withBody("\xf4\x90\x80\x80") << base64;
    QTest::newRow("truncated sequence at end") << withBody("euro \xe2\x82") << base64;
    QTest::newRow("1 MiB of text") << withBody(QByteArray(1024 * 1024, 'x')) << text;
    QTest::newRow("1 MiB binary") << withBody(QByteArray(1024 * 1024, '\xff')) << base64;

    QTest::newRow("UTF-8 header value") << withHeaders({{"X-Shop", "Kj\xc3\xb8kken & Bad"}}) << text;
    QTest::newRow("Latin-1 header value") << withHeaders({{"X-Shop", "Kj\xf8kken\xff"}}) << text;
    QTest::newRow("non-UTF-8 header name") << withHeaders({{"X-\xe6", "plain"}}) << text;
    QTest::newRow("header control chars and quotes")
        << withHeaders({{"X-Odd", QByteArray("a\t\"b\\\0", 6)}, {"X-Latin", QByteArray("\xe9\n\0", 3)}}) << text;
    QTest::newRow("duplicate headers keep order and case")
        << withHeaders({{"X-A", "1"}, {"x-a", "2"}, {"Via", "p"}, {"X-A", "3"}, {"Via", "q"}}) << text;
    QTest::newRow("header values starting with U+FEFF")
        << withHeaders({{"\xef\xbb\xbfX-Bom", "\xef\xbb\xbfutf8"}, {"X-Bom-Latin", "\xef\xbb\xbf\xff"}}) << text;
    QTest::newRow("empty header value") << withHeaders({{"X-Empty", ""}, {"", ""}}) << text;
    QTest::newRow("no headers") << withHeaders({}) << text;

    Entry target = delivery();
    target.target = "/caf\xe9?q=\xff";
    target.method = "P\xd8ST";
    QTest::newRow("non-UTF-8 method and target") << target << text;

    Entry notDelivery = withBody({});
    notDelivery.result.clear();
    notDelivery.webhookId.clear();
    notDelivery.method = "GET";
    notDelivery.status = 405;
    QTest::newRow("not a delivery") << notDelivery << text;

    Entry stale = delivery();
    stale.result = QStringLiteral("stale");
    stale.reason = QStringLiteral("x-ms-date is 612 s off (limit 300 s)\nline two \xe2\x9c\x93");
    stale.webhookId.clear();
    stale.duplicate = true;
    stale.status = 401;
    QTest::newRow("stale with reason, no webhook id, duplicate") << stale << text;

    Entry bom = delivery();
    bom.remote = QString(QChar(0xFEFF)) + QStringLiteral("r");
    bom.reason = QString(QChar(0xFEFF));
    bom.webhookId = QString(QChar(0xFEFF)) + QStringLiteral("wh");
    QTest::newRow("text fields starting with U+FEFF") << bom << text;

    Entry noTime = delivery();
    noTime.receivedAt = QDateTime();
    noTime.remote.clear();
    noTime.seq = 9007199254740992;
    QTest::newRow("no time, no remote, seq 2^53") << noTime << text;

    Entry ipv6 = delivery();
    ipv6.remote = QStringLiteral("[fe80::1%eth0]:65535");
    ipv6.receivedAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("IPv6 remote, year 1") << ipv6 << text;
}

void TestJournalCodec::roundTrip()
{
    QFETCH(Entry, entry);
    QFETCH(QByteArray, bodyKey);

    const QByteArray line = Codec::encode(entry);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(Journal::Utf8::isValid(line));
    QVERIFY(line.contains(bodyKey));
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(line, &error).isObject());
    QCOMPARE(error.error, QJsonParseError::NoError);

    const std::optional<Entry> decoded = Codec::decode(line);
    QVERIFY(decoded.has_value());
    compareEntries(*decoded, entry);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Codec::encode(*decoded), line);
    QVERIFY(Codec::decode(line.chopped(1)).has_value()); // the newline is optional
}

void TestJournalCodec::redaction_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("secret");

    const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtc24ifQ.c2lnbmF0dXJl";
    const QByteArray key = "0f14d0ab9605a16c4bd3a1e4e0c44c5b";
    const QByteArray redacted = "[redacted]";

    QTest::newRow("Bearer in Authorization")
        << QByteArray("Authorization") << "Bearer " + jwt << QByteArray("Bearer [redacted]") << jwt;
    QTest::newRow("lower-case bearer and name")
        << QByteArray("authorization") << "bearer " + jwt << QByteArray("bearer [redacted]") << jwt;
    QTest::newRow("Bearer in X-Vipps-Authorization")
        << QByteArray("X-Vipps-Authorization") << "Bearer " + jwt << QByteArray("Bearer [redacted]") << jwt;
    QTest::newRow("Basic in Authorization") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNz")
                                            << QByteArray("Basic [redacted]") << QByteArray("dXNlcjpwYXNz");
    QTest::newRow("bare token in Authorization") << QByteArray("Authorization") << jwt << redacted << jwt;
    QTest::newRow("token with spaces in Authorization")
        << QByteArray("Authorization") << jwt + " extra" << redacted << jwt;
    QTest::newRow("HMAC in Authorization kept") << QByteArray("Authorization") << Hmac << Hmac << QByteArray();
    QTest::newRow("HMAC lower-case scheme kept")
        << QByteArray("Authorization") << QByteArray("hmac-sha256 SignedHeaders=host&Signature=abc=")
        << QByteArray("hmac-sha256 SignedHeaders=host&Signature=abc=") << QByteArray();
    QTest::newRow("HMAC in X-Vipps-Authorization kept")
        << QByteArray("X-Vipps-Authorization") << Hmac << Hmac << QByteArray();
    QTest::newRow("HMAC look-alike scheme redacted")
        << QByteArray("Authorization") << "HMAC-SHA256x " + key << QByteArray("HMAC-SHA256x [redacted]") << key;
    QTest::newRow("subscription key") << QByteArray("Ocp-Apim-Subscription-Key") << key << redacted << key;
    QTest::newRow("subscription key, lower-case name")
        << QByteArray("ocp-apim-subscription-key") << key << redacted << key;
    QTest::newRow("client_secret") << QByteArray("client_secret") << key << redacted << key;
    QTest::newRow("Cookie") << QByteArray("Cookie") << "session=" + key << redacted << key;
    QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << QByteArray("Basic cHJveHk6cHc=")
                                         << redacted << QByteArray("cHJveHk6cHc=");
    QTest::newRow("Bearer in another header")
        << QByteArray("X-Forwarded-Authorization") << "Bearer " + jwt << QByteArray("Bearer [redacted]") << jwt;
    QTest::newRow("non-UTF-8 bearer token") << QByteArray("Authorization") << QByteArray("Bearer \xff\xfe-tok")
                                            << QByteArray("Bearer [redacted]") << QByteArray("\xff\xfe-tok");
    QTest::newRow("client_id kept") << QByteArray("client_id") << QByteArray("fb492b5e-7907-4d83-ba20-c7fb60ca35de")
                                    << QByteArray("fb492b5e-7907-4d83-ba20-c7fb60ca35de") << QByteArray();
    QTest::newRow("empty Authorization stays empty")
        << QByteArray("Authorization") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("unrelated header kept")
        << QByteArray("Merchant-Serial-Number") << QByteArray("123456") << QByteArray("123456") << QByteArray();
    QTest::newRow("word Bearer inside a value kept")
        << QByteArray("X-Note") << QByteArray("no Bearer here") << QByteArray("no Bearer here") << QByteArray();
}

void TestJournalCodec::redaction()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, secret);

    QCOMPARE(Journal::Redaction::redactedValue(name, value), expected);

    const QByteArray line = Codec::encode(withHeaders({{"Host", "h"}, {name, value}}));
    if (!secret.isEmpty())
        QVERIFY2(!line.contains(secret), line.constData());
    const std::optional<Entry> decoded = Codec::decode(line);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->headers.size(), 2);
    QCOMPARE(decoded->headers.at(1).name, name);
    QCOMPARE(decoded->headers.at(1).value, expected);
}

void TestJournalCodec::secretsNeverWritten()
{
    const QList<QByteArray> secrets = {"tok-AAAA1111",    "subkey-BBBB2222", "secret-CCCC3333",
                                       "cookie-DDDD4444", "proxy-EEEE5555",  "tok-FFFF6666"};
    Entry entry = withHeaders({{"Authorization", "Bearer " + secrets.at(0)},
                               {"Ocp-Apim-Subscription-Key", secrets.at(1)},
                               {"client_secret", secrets.at(2)},
                               {"Cookie", "a=" + secrets.at(3)},
                               {"Proxy-Authorization", "Basic " + secrets.at(4)},
                               {"X-Vipps-Authorization", "BEARER " + secrets.at(5)},
                               {"X-Vipps-Authorization", Hmac}});
    const QByteArray line = Codec::encode(entry);
    for (const QByteArray &secret : secrets)
        QVERIFY2(!line.contains(secret), secret.constData());
    QVERIFY(line.contains(Hmac));
}

void TestJournalCodec::decodeAccepts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Entry>("expected");

    const QByteArray head = R"({"seq":3,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"r","method":"POST",)"
                            R"("target":"/","headers":[],"body":"b",)";
    Entry base;
    base.seq = 3;
    base.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 56, 22, 123), Qt::UTC);
    base.remote = QStringLiteral("r");
    base.method = "POST";
    base.target = "/";
    base.body = "b";
    base.status = 200;
    Entry verified = base;
    verified.result = QStringLiteral("valid");

    QTest::newRow("webhookId and reason missing")
        << head + R"("verification":{"result":"valid"},"duplicate":false,"response":{"status":200}})" << verified;
    verified.webhookId = QStringLiteral("wh");
    QTest::newRow("webhookId present")
        << head + R"("verification":{"result":"valid","reason":"","webhookId":"wh"},"duplicate":false,)"
                  R"("response":{"status":200}})"
        << verified;
    QTest::newRow("verification null") << head + R"("verification":null,"duplicate":false,"response":{"status":200}})"
                                       << base;
    QTest::newRow("verification and duplicate missing") << head + R"("response":{"status":200}})" << base;
    QTest::newRow("CRLF ending") << head + R"("verification":null,"duplicate":false,"response":{"status":200}})"
                                           "\r\n"
                                 << base;
    QTest::newRow("keys in another order")
        << QByteArray(R"({"response":{"status":200},"body":"b","headers":[],"target":"/","method":"POST",)"
                      R"("remote":"r","receivedAt":"2026-11-26T10:56:22.123Z","seq":3})")
        << base;
    Entry shifted = base;
    QTest::newRow("time with offset becomes UTC")
        << QByteArray(R"({"seq":3,"receivedAt":"2026-11-26T12:56:22.123+02:00","remote":"r","method":"POST",)"
                      R"("target":"/","headers":[],"body":"b","response":{"status":200}})")
        << shifted;
    Entry latin = base;
    latin.headers = {{"X-\xe6", "\xff\x01"}};
    QTest::newRow("latin1 header marker")
        << QByteArray(R"({"seq":3,"receivedAt":"2026-11-26T10:56:22.123Z","remote":"r","method":"POST",)"
                      R"("target":"/","headers":[["X-\u00e6","\u00ff\u0001","latin1"]],"body":"b",)"
                      R"("response":{"status":200}})")
        << latin;
}

void TestJournalCodec::decodeAccepts()
{
    QFETCH(QByteArray, line);
    QFETCH(Entry, expected);
    const std::optional<Entry> decoded = Codec::decode(line);
    QVERIFY(decoded.has_value());
    compareEntries(*decoded, expected);
}

void TestJournalCodec::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("line");

    const QByteArray good = Codec::encode(delivery());
    auto replaced = [&good](const char *from, const char *to) {
        QByteArray line = good;
        line.replace(from, to);
        if (line == good)
            qFatal("test data: '%s' not found in the sample line", from);
        return line;
    };

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("  \n");
    QTest::newRow("not JSON") << QByteArray("hello\n");
    QTest::newRow("torn half line") << good.left(good.size() / 2);
    QTest::newRow("array") << QByteArray("[1,2]\n");
    QTest::newRow("unrelated object") << QByteArray(R"({"a":1})");
    QTest::newRow("two objects on one line") << good.chopped(1) + good;
    QTest::newRow("seq missing") << replaced("\"seq\":7,", "");
    QTest::newRow("seq is a string") << replaced("\"seq\":7", "\"seq\":\"7\"");
    QTest::newRow("seq is fractional") << replaced("\"seq\":7", "\"seq\":7.5");
    QTest::newRow("seq is negative") << replaced("\"seq\":7", "\"seq\":-7");
    QTest::newRow("receivedAt malformed") << replaced("2026-11-26T", "2026-13-26T");
    QTest::newRow("receivedAt a number") << replaced("\"2026-11-26T10:56:22.123Z\"", "5");
    QTest::newRow("remote a number") << replaced("\"127.0.0.1:50412\"", "5");
    QTest::newRow("method missing") << replaced("\"method\":\"POST\",", "");
    QTest::newRow("target missing") << replaced("\"target\":\"/hooks/vipps?x=1\",", "");
    QTest::newRow("headers missing") << replaced("\"headers\":", "\"hdrs\":");
    QTest::newRow("headers an object") << replaced("\"headers\":[", "\"headers\":{\"a\":[").replace("]],", "]]},");
    QTest::newRow("header with one element") << replaced("[\"Host\",\"localhost:8080\"]", "[\"Host\"]");
    QTest::newRow("header with a number") << replaced("[\"Host\",\"localhost:8080\"]", "[\"Host\",8080]");
    QTest::newRow("unknown header marker")
        << replaced("[\"Host\",\"localhost:8080\"]", "[\"Host\",\"localhost\",\"base64\"]");
    QTest::newRow("latin1 marker with a wide char")
        << replaced("[\"Host\",\"localhost:8080\"]", "[\"Host\",\"\\u0100\",\"latin1\"]");
    QTest::newRow("body missing") << replaced("\"body\":", "\"bodi\":");
    QTest::newRow("body and bodyBase64") << replaced("\"body\":", "\"bodyBase64\":\"AA==\",\"body\":");
    QTest::newRow("bodyBase64 malformed")
        << replaced("\"body\":\"{\\\"reference\\\":\\\"order-1\\\"}\"", "\"bodyBase64\":\"not base64!\"");
    QTest::newRow("verification a string") << replaced("\"verification\":{", "\"verification\":\"x\",\"v\":{");
    QTest::newRow("verification without result") << replaced("\"result\":\"valid\",", "");
    QTest::newRow("duplicate a string") << replaced("\"duplicate\":false", "\"duplicate\":\"no\"");
    QTest::newRow("response missing") << replaced(",\"response\":{\"status\":200}", "");
    QTest::newRow("status a string") << replaced("\"status\":200", "\"status\":\"200\"");
    QTest::newRow("status too large") << replaced("\"status\":200", "\"status\":1e12");
}

void TestJournalCodec::decodeRejects()
{
    QFETCH(QByteArray, line);
    QVERIFY(!Codec::decode(line).has_value());
}

void TestJournalCodec::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII longer than a word") << QByteArray("The quick brown fox jumps") << true;
    QTest::newRow("NUL") << QByteArray(1, '\0') << true;
    QTest::newRow("2-byte") << QByteArray("\xc3\xa6") << true;
    QTest::newRow("3-byte") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("4-byte") << QByteArray("\xf0\x9f\x92\xb8") << true;
    QTest::newRow("highest code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("last before surrogates") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("first after surrogates") << QByteArray("\xee\x80\x80") << true;
    QTest::newRow("multi-byte after 8 ASCII") << QByteArray("12345678\xc3\xa6") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("invalid lead C0") << QByteArray("\xc0\x80") << false;
    QTest::newRow("invalid lead C1") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("lead FF") << QByteArray("\xff") << false;
    QTest::newRow("truncated 2-byte") << QByteArray("\xc3") << false;
    QTest::newRow("truncated 4-byte") << QByteArray("\xf0\x9f\x92") << false;
    QTest::newRow("missing continuation") << QByteArray("\xe2\x28\xa1") << false;
    QTest::newRow("invalid after 8 ASCII") << QByteArray("12345678\xff") << false;
}

void TestJournalCodec::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Journal::Utf8::isValid(bytes), valid);
}

QTEST_GUILESS_MAIN(TestJournalCodec)
#include "tst_journalcodec.moc"
