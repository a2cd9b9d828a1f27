// SPDX-License-Identifier: MIT
#include "signature/scheme.h"
#include "signaturetesthelpers.h"

#include <QLocale>
#include <QTest>

using namespace Signature;
using namespace SignatureTest;

class TestScheme : public QObject
{
    Q_OBJECT

private slots:
    void commLogBodyIsTheLoggedOne();
    void contentHash_data();
    void contentHash();
    void stringToSign_data();
    void stringToSign();
    void signature_data();
    void signature();
    void decodedSecretGivesAnotherSignature();
    void authorizationValue();
    void signatureFromAuthorization_data();
    void signatureFromAuthorization();
    void hostOf_data();
    void hostOf();
    void pathAndQueryOf_data();
    void pathAndQueryOf();
    void formatDate_data();
    void formatDate();
    void parseDate_data();
    void parseDate();
    void datesIgnoreTheDefaultLocale();
    void dateRoundTrip_data();
    void dateRoundTrip();
    void equalConstantTime_data();
    void equalConstantTime();
};

void TestScheme::commLogBodyIsTheLoggedOne()
{
    // COMM-log: "content-length":["256"] next to this body.
    QCOMPARE(kCommLogBody.size(), 256);
}

void TestScheme::contentHash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty body (derived vector 2)") << QByteArray() << kEmptyContentHash;
    QTest::newRow("COMM-log 256-byte body (derived vector 1)") << kCommLogBody << kCommLogContentHash;
    QTest::newRow("Vipps worked example body") << kVippsBody << kVippsContentHash;
    QTest::newRow("one byte") << QByteArray("a") << QByteArray("ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=");
}

void TestScheme::contentHash()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::contentHash(body), expected);
}

void TestScheme::stringToSign_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("hash");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Vipps worked example") << QByteArray("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63") << kVippsDate
                                          << QByteArray("webhook.site") << kVippsContentHash << kVippsStringToSign;
    QTest::newRow("derived vector 1: port and query")
        << QByteArray("/hooks/vipps?env=test") << kDerivedDate << QByteArray("example.com:8080") << kCommLogContentHash
        << QByteArray("POST\n/hooks/vipps?env=test\nSat, 31 May 2025 17:30:33 GMT;example.com:8080;"
                      "kQSmDK2O2OZoefs7WJBmm2OR4kuoPtDMNGGmh0QVvtA=");
    QTest::newRow("empty parts keep their separators")
        << QByteArray("/") << QByteArray() << QByteArray() << QByteArray() << QByteArray("POST\n/\n;;");
}

void TestScheme::stringToSign()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, hash);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::stringToSign(path, date, host, hash), expected);
}

void TestScheme::signature_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("toSign");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Vipps worked example") << kVippsSecret << kVippsStringToSign << kVippsSignature;
    QTest::newRow("derived vector 1") << kDerivedSecret
                                      << Scheme::stringToSign("/hooks/vipps?env=test", kDerivedDate, "example.com:8080",
                                                              kCommLogContentHash)
                                      << kDerivedSignature1;
    QTest::newRow("derived vector 2") << kDerivedSecret
                                      << Scheme::stringToSign("/", kDerivedDate, "example.com", kEmptyContentHash)
                                      << kDerivedSignature2;
}

void TestScheme::signature()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, toSign);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::signature(secret, toSign), expected);
}

void TestScheme::decodedSecretGivesAnotherSignature()
{
    // docs/vipps-wire.md §5 step 3: the secret is not base64-decoded, although this one decodes cleanly.
    const auto decoded = QByteArray::fromBase64Encoding(kVippsSecret, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QVERIFY(Scheme::signature(decoded.decoded, kVippsStringToSign) != kVippsSignature);
}

void TestScheme::authorizationValue()
{
    QCOMPARE(Scheme::authorizationValue(kVippsSignature),
             QByteArray("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                        "agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U="));
}

void TestScheme::signatureFromAuthorization_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("isNull");

    const QByteArray sig = kVippsSignature;
    const QByteArray headers = "SignedHeaders=x-ms-date;host;x-ms-content-sha256";
    QTest::newRow("canonical") << Scheme::authorizationValue(sig) << sig << false;
    QTest::newRow("scheme in lower case") << "hmac-sha256 " + headers + "&Signature=" + sig << sig << false;
    QTest::newRow("parts reversed") << "HMAC-SHA256 Signature=" + sig + "&" + headers << sig << false;
    QTest::newRow("spaces around parts") << "HMAC-SHA256   " + headers + " & Signature = " + sig + " " << sig << false;
    QTest::newRow("surrounding whitespace") << "  " + Scheme::authorizationValue(sig) + "\t" << sig << false;
    QTest::newRow("tab after scheme") << "HMAC-SHA256\t" + headers + "&Signature=" + sig << sig << false;
    QTest::newRow("parameter name in lower case") << "HMAC-SHA256 " + headers + "&signature=" + sig << sig << false;
    QTest::newRow("padding kept") << QByteArray("HMAC-SHA256 Signature=ab==") << QByteArray("ab==") << false;
    QTest::newRow("only Signature") << "HMAC-SHA256 Signature=" + sig << sig << false;
    QTest::newRow("no Signature part") << "HMAC-SHA256 " + headers << QByteArray() << false;
    QTest::newRow("empty Signature") << QByteArray("HMAC-SHA256 Signature=") << QByteArray() << false;
    QTest::newRow("scheme alone") << QByteArray("HMAC-SHA256") << QByteArray() << false;
    QTest::newRow("Bearer") << QByteArray("Bearer eyJhbGciOi.abc.def") << QByteArray() << true;
    QTest::newRow("Basic") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray() << true;
    QTest::newRow("longer scheme name") << "HMAC-SHA2567 Signature=" + sig << QByteArray() << true;
    QTest::newRow("no scheme") << "Signature=" + sig << QByteArray() << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << true;
}

void TestScheme::signatureFromAuthorization()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QFETCH(bool, isNull);
    const QByteArray actual = Scheme::signatureFromAuthorization(value);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isNull(), isNull);
}

void TestScheme::hostOf_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Vipps worked example") << kVippsUrl << QByteArray("webhook.site");
    QTest::newRow("https bare host") << QByteArray("https://example.com") << QByteArray("example.com");
    QTest::newRow("https explicit 443") << QByteArray("https://example.com:443/x") << QByteArray("example.com");
    QTest::newRow("https other port") << kDerivedUrl1 << QByteArray("example.com:8080");
    QTest::newRow("https port 80") << QByteArray("https://example.com:80/") << QByteArray("example.com:80");
    QTest::newRow("http explicit 80") << QByteArray("http://example.com:80/") << QByteArray("example.com");
    QTest::newRow("http port 443") << QByteArray("http://example.com:443/") << QByteArray("example.com:443");
    QTest::newRow("http localhost port") << QByteArray("http://localhost:8080/hook") << QByteArray("localhost:8080");
    QTest::newRow("upper case host") << QByteArray("https://EXAMPLE.com/") << QByteArray("example.com");
    QTest::newRow("user info left out") << QByteArray("https://user:pw@example.com/") << QByteArray("example.com");
    QTest::newRow("IPv6 with port") << QByteArray("https://[::1]:8443/") << QByteArray("[::1]:8443");
    QTest::newRow("IPv4") << QByteArray("http://127.0.0.1:9000/") << QByteArray("127.0.0.1:9000");
    QTest::newRow("international name as punycode") << QByteArray("https://b\xc3\xbc"
                                                                  "cher.example/")
                                                    << QByteArray("xn--bcher-kva.example");
}

void TestScheme::hostOf()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::hostOf(SignatureTest::url(url)), expected);
}

void TestScheme::pathAndQueryOf_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Vipps worked example") << kVippsUrl << QByteArray("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63");
    QTest::newRow("bare host") << QByteArray("https://example.com") << QByteArray("/");
    QTest::newRow("root") << QByteArray("https://example.com/") << QByteArray("/");
    QTest::newRow("path and query") << kDerivedUrl1 << QByteArray("/hooks/vipps?env=test");
    QTest::newRow("query on bare host") << QByteArray("https://example.com?x=1") << QByteArray("/?x=1");
    QTest::newRow("trailing slash kept") << QByteArray("https://example.com/hooks/") << QByteArray("/hooks/");
    QTest::newRow("empty query kept") << QByteArray("https://example.com/x?") << QByteArray("/x?");
    QTest::newRow("fragment dropped") << QByteArray("https://example.com/x?a=1#top") << QByteArray("/x?a=1");
    QTest::newRow("encoded space kept") << QByteArray("https://example.com/a%20b") << QByteArray("/a%20b");
    QTest::newRow("raw space encoded") << QByteArray("https://example.com/a b") << QByteArray("/a%20b");
    QTest::newRow("encoded ampersand in query")
        << QByteArray("https://example.com/x?a=b%26c&d") << QByteArray("/x?a=b%26c&d");
    QTest::newRow("non-ASCII path encoded") << QByteArray("https://example.com/\xc3\xa6") << QByteArray("/%C3%A6");
}

void TestScheme::pathAndQueryOf()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::pathAndQueryOf(SignatureTest::url(url)), expected);
}

void TestScheme::formatDate_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Vipps worked example") << kVippsNow << kVippsDate;
    QTest::newRow("derived vectors") << kDerivedNow << kDerivedDate;
    QTest::newRow("single-digit day padded") << utc(2024, 1, 1, 0, 0, 0) << QByteArray("Mon, 01 Jan 2024 00:00:00 GMT");
    QTest::newRow("last second of a year")
        << utc(2024, 12, 31, 23, 59, 59) << QByteArray("Tue, 31 Dec 2024 23:59:59 GMT");
    QTest::newRow("offset converted to GMT")
        << QDateTime(QDate(2023, 3, 30), QTime(10, 38, 32), Qt::OffsetFromUTC, 2 * 3600) << kVippsDate;
    QTest::newRow("invalid") << QDateTime() << QByteArray();
}

void TestScheme::formatDate()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, expected);
    QCOMPARE(Scheme::formatDate(date), expected);
}

void TestScheme::parseDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected

    QTest::newRow("Vipps worked example") << kVippsDate << kVippsNow;
    QTest::newRow("derived vectors") << kDerivedDate << kDerivedNow;
    QTest::newRow("surrounding whitespace") << " " + kVippsDate + " " << kVippsNow;
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT") << utc(2024, 2, 29, 12, 0, 0);
    QTest::newRow("no zone") << QByteArray("Thu, 30 Mar 2023 08:38:32") << QDateTime();
    QTest::newRow("numeric zone") << QByteArray("Thu, 30 Mar 2023 08:38:32 +0000") << QDateTime();
    QTest::newRow("ISO 8601") << QByteArray("2023-03-30T08:38:32Z") << QDateTime();
    QTest::newRow("no comma") << QByteArray("Thu 30 Mar 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("full day name") << QByteArray("Thursday, 30 Mar 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("Norwegian names") << QByteArray("tor, 30 mar 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("31 February") << QByteArray("Fri, 31 Feb 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("hour 25") << QByteArray("Thu, 30 Mar 2023 25:38:32 GMT") << QDateTime();
    QTest::newRow("names in lower case accepted") << QByteArray("thu, 30 mar 2023 08:38:32 GMT") << kVippsNow;
    QTest::newRow("weekday contradicts date") << QByteArray("Fri, 30 Mar 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("one-digit day") << QByteArray("Thu, 2 Mar 2023 08:38:32 GMT") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("GMT only") << QByteArray(" GMT") << QDateTime();
}

void TestScheme::parseDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime actual = Scheme::parseDate(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual, expected);
        QCOMPARE(actual.timeSpec(), Qt::UTC);
    }
}

void TestScheme::datesIgnoreTheDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const QByteArray formatted = Scheme::formatDate(kVippsNow);
    const QDateTime parsed = Scheme::parseDate(kVippsDate);
    QLocale::setDefault(previous);
    QCOMPARE(formatted, kVippsDate);
    QCOMPARE(parsed, kVippsNow);
}

void TestScheme::dateRoundTrip_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0);
    QTest::newRow("month 1") << utc(2023, 1, 15, 1, 2, 3);
    for (int month = 2; month <= 12; ++month)
        QTest::addRow("month %d", month) << utc(2025, month, 28, 23, 59, 58);
}

void TestScheme::dateRoundTrip()
{
    QFETCH(QDateTime, date);
    QCOMPARE(Scheme::parseDate(Scheme::formatDate(date)), date);
}

void TestScheme::equalConstantTime_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same signature") << kVippsSignature << QByteArray(kVippsSignature.constData()) << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("first byte differs") << QByteArray("xbc") << QByteArray("abc") << false;
    QTest::newRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("high bit differs") << QByteArray("a\x80", 2) << QByteArray("a\x00", 2) << false;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("longer first") << QByteArray("abcd") << QByteArray("abc") << false;
    QTest::newRow("trailing NUL") << QByteArray("abc\0", 4) << QByteArray("abc") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("case differs") << QByteArray("ABC") << QByteArray("abc") << false;
}

void TestScheme::equalConstantTime()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Scheme::equalConstantTime(a, b), equal);
    QCOMPARE(Scheme::equalConstantTime(b, a), equal);
}

QTEST_GUILESS_MAIN(TestScheme)
#include "tst_scheme.moc"
