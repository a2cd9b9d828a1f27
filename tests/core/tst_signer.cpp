// SPDX-License-Identifier: MIT
#include "signature/signer.h"
#include "signature/verifier.h"
#include "signaturetesthelpers.h"

#include <QTest>

using namespace Signature;
using namespace SignatureTest;

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void headerNamesAndOrder();
    void dateIsWrittenInGmt();
    void signatureChangesWithEveryInput_data();
    void signatureChangesWithEveryInput();
    void roundTripThroughVerifier_data();
    void roundTripThroughVerifier();
};

void TestSigner::knownVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("xMsDate");
    QTest::addColumn<QByteArray>("contentHash");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("Vipps worked example (request-authentication.md)")
        << kVippsSecret << kVippsUrl << kVippsBody << kVippsNow << QByteArray("webhook.site") << kVippsDate
        << kVippsContentHash << kVippsSignature;
    QTest::newRow("derived vector 1: COMM-log body, port, query")
        << kDerivedSecret << kDerivedUrl1 << kCommLogBody << kDerivedNow << QByteArray("example.com:8080")
        << kDerivedDate << kCommLogContentHash << kDerivedSignature1;
    QTest::newRow("derived vector 2: empty body, root path")
        << kDerivedSecret << kDerivedUrl2 << QByteArray() << kDerivedNow << QByteArray("example.com") << kDerivedDate
        << kEmptyContentHash << kDerivedSignature2;
}

void TestSigner::knownVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, xMsDate);
    QFETCH(QByteArray, contentHash);
    QFETCH(QByteArray, signature);

    const SignedHeaders signedHeaders = Signer::sign(secret, SignatureTest::url(url), body, date);
    QCOMPARE(signedHeaders.host, host);
    QCOMPARE(signedHeaders.xMsDate, xMsDate);
    QCOMPARE(signedHeaders.contentHash, contentHash);
    QCOMPARE(signedHeaders.authorization, Scheme::authorizationValue(signature));
}

void TestSigner::headerNamesAndOrder()
{
    const SignedHeaders s = Signer::sign(kVippsSecret, url(kVippsUrl), kVippsBody, kVippsNow);
    const Http::HeaderList expected{
        {"Host", "webhook.site"},
        {"x-ms-date", kVippsDate},
        {"x-ms-content-sha256", kVippsContentHash},
        {"Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + kVippsSignature},
    };
    QCOMPARE(s.toHeaders(), expected);
}

void TestSigner::dateIsWrittenInGmt()
{
    const QDateTime oslo(QDate(2023, 3, 30), QTime(10, 38, 32), Qt::OffsetFromUTC, 2 * 3600);
    const SignedHeaders s = Signer::sign(kVippsSecret, url(kVippsUrl), kVippsBody, oslo);
    QCOMPARE(s.xMsDate, kVippsDate);
    QCOMPARE(Scheme::signatureFromAuthorization(s.authorization), kVippsSignature);
}

void TestSigner::signatureChangesWithEveryInput_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("date");

    QTest::newRow("other secret") << kDerivedSecret << kVippsUrl << kVippsBody << kVippsNow;
    QTest::newRow("other host") << kVippsSecret
                                << QByteArray("https://webhook.site.example/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63")
                                << kVippsBody << kVippsNow;
    QTest::newRow("other port") << kVippsSecret
                                << QByteArray("https://webhook.site:8443/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63")
                                << kVippsBody << kVippsNow;
    QTest::newRow("other path") << kVippsSecret << QByteArray("https://webhook.site/e2cee29b") << kVippsBody
                                << kVippsNow;
    QTest::newRow("added query") << kVippsSecret << kVippsUrl + "?a=1" << kVippsBody << kVippsNow;
    QTest::newRow("other body") << kVippsSecret << kVippsUrl << kVippsBody + ' ' << kVippsNow;
    QTest::newRow("one second later") << kVippsSecret << kVippsUrl << kVippsBody << kVippsNow.addSecs(1);
}

void TestSigner::signatureChangesWithEveryInput()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, date);
    const SignedHeaders s = Signer::sign(secret, SignatureTest::url(url), body, date);
    QVERIFY(!s.authorization.isEmpty());
    QVERIFY(Scheme::signatureFromAuthorization(s.authorization) != kVippsSignature);
}

void TestSigner::roundTripThroughVerifier_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("bare host") << QByteArray("https://example.com") << kCommLogBody;
    QTest::newRow("root path") << QByteArray("https://example.com/") << kCommLogBody;
    QTest::newRow("non-default port") << QByteArray("https://example.com:8443/hook") << kCommLogBody;
    QTest::newRow("explicit default port") << QByteArray("https://example.com:443/hook") << kCommLogBody;
    QTest::newRow("http with port and query") << QByteArray("http://localhost:8080/hook?x=1&y=2") << kVippsBody;
    QTest::newRow("http explicit 80") << QByteArray("http://example.com:80/p") << kVippsBody;
    QTest::newRow("query on bare host") << QByteArray("https://example.com?env=test") << kVippsBody;
    QTest::newRow("trailing slash") << QByteArray("https://example.com/a/b/c/") << kVippsBody;
    QTest::newRow("encoded query") << QByteArray("https://example.com/p?q=%C3%A6&r=a%26b") << kVippsBody;
    QTest::newRow("encoded slash in path") << QByteArray("https://example.com/a%2Fb") << kVippsBody;
    QTest::newRow("IPv6 literal") << QByteArray("https://[::1]:9000/v6") << kVippsBody;
    QTest::newRow("tunnel host") << QByteArray("https://paymenterdev.brill-goblin.ts.net/extensions/vipps/webhook")
                                 << kCommLogBody;
    QTest::newRow("empty body") << QByteArray("https://example.com/hook") << QByteArray();
    QTest::newRow("binary body") << QByteArray("https://example.com/hook") << QByteArray("\x00\xff\r\n", 4);
}

void TestSigner::roundTripThroughVerifier()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    const QUrl registered = SignatureTest::url(url);
    const Http::Request delivery = signedDelivery(kDerivedSecret, registered, body, kDerivedNow);
    const SecretList secrets{secret(kDerivedSecret, "secret #1")};

    Verifier fromRequest; // Host header and request target
    fromRequest.setSecrets(secrets);
    Verifier fromRegisteredUrl;
    fromRegisteredUrl.setSecrets(secrets);
    fromRegisteredUrl.setRegisteredUrl(registered);
    Verifier fromPublicUrl;
    fromPublicUrl.setSecrets(secrets);
    fromPublicUrl.setPublicUrl(registered);

    for (const Verifier *verifier : {&fromRequest, &fromRegisteredUrl, &fromPublicUrl}) {
        const Verification v = verifier->verify(delivery, kDerivedNow);
        QVERIFY2(v.result == Result::Valid, qPrintable(v.reason));
        QCOMPARE(v.host, Scheme::hostOf(registered));
        QCOMPARE(v.pathAndQuery, Scheme::pathAndQueryOf(registered));
        VWB_VERIFY_NO_SECRET(v, secrets);
    }
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
