// SPDX-License-Identifier: MIT
#include "signature/diagnosis.h"
#include "signature/verifier.h"
#include "signaturetesthelpers.h"

#include <QTest>

using namespace Signature;
using namespace SignatureTest;

namespace {

const QByteArray kRegistered = QByteArrayLiteral("https://example.com/hooks/vipps?env=test");
const QByteArray kRegisteredPath = QByteArrayLiteral("/hooks/vipps?env=test");
const Secret kAlpha = secret("alpha-7c1e0b3a-secret-value", "alpha", "aaaaaaaa-1111-4111-8111-000000000001");
const Secret kBravo = secret("bravo-5d2f8e4c-secret-value", "bravo", "bbbbbbbb-2222-4222-8222-000000000002");
const Secret kCharlie = secret("charlie-9a3b6d1f-secret-value", "charlie", "cccccccc-3333-4333-8333-000000000003");
const Secret kDelta = secret("delta-1f4e2a7b-secret-value", "delta"); // registered without a known id
const Secret kVipps = secret(kVippsSecret, "vipps example");
const QByteArray kForeignSecret = QByteArrayLiteral("foreign-0b9c4d2e-secret-value");
const QByteArray kUnknownWebhookId = QByteArrayLiteral("ffffffff-9999-4999-8999-000000000009");

SecretList fourSecrets()
{
    return {kAlpha, kBravo, kCharlie, kDelta};
}

Verifier makeVerifier(const SecretList &secrets, const QByteArray &registered = {}, const QByteArray &publicUrl = {},
                      int maxSkew = 300)
{
    Verifier v;
    v.setSecrets(secrets);
    if (!registered.isEmpty())
        v.setRegisteredUrl(url(registered));
    if (!publicUrl.isEmpty())
        v.setPublicUrl(url(publicUrl));
    v.setMaxClockSkew(maxSkew);
    return v;
}

// A CREATED event as Vipps would deliver it to kRegistered (or `signedUrl`) at `date`.
Http::Request delivery(const QByteArray &secretValue, const QByteArray &signedUrl = kRegistered,
                       const QDateTime &date = kDerivedNow)
{
    return signedDelivery(secretValue, url(signedUrl), kCommLogBody, date);
}

// A delivery to kRegistered signed over a hand-built string (a signer mistake).
Http::Request mistaken(const QByteArray &key, const QByteArray &toSign, const QByteArray &hostHeader = "example.com",
                       const QByteArray &target = kRegisteredPath)
{
    return handSigned(key, toSign, hostHeader, target, kDerivedDate, kCommLogBody);
}

QByteArray toSignFor(const QByteArray &host, const QByteArray &path)
{
    return Scheme::stringToSign(path, kDerivedDate, host, kCommLogContentHash);
}

QByteArray flipped(QByteArray signature)
{
    signature[3] = signature.at(3) == 'A' ? 'B' : 'A';
    return signature;
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void resultNames_data();
    void resultNames();
    void unknownResultNames_data();
    void unknownResultNames();
    void eachResultKind_data();
    void eachResultKind();
    void headerNameCase_data();
    void headerNameCase();
    void authorizationFallback_data();
    void authorizationFallback();
    void unsignedRequests_data();
    void unsignedRequests();
    void noSecret();
    void severalSecrets_data();
    void severalSecrets();
    void webhookIdChoosesSecret_data();
    void webhookIdChoosesSecret();
    void noMatchStillReportsTheChosenSecret_data();
    void noMatchStillReportsTheChosenSecret();
    void hostAndPathSources_data();
    void hostAndPathSources();
    void freshness_data();
    void freshness();
    void defaultMaxClockSkewIs300();
    void dateProblems_data();
    void dateProblems();
    void contentHashProblems_data();
    void contentHashProblems();
    void mismatchDiagnosis_data();
    void mismatchDiagnosis();
    void missingWebhookSecretWordedForTheApp_data();
    void missingWebhookSecretWordedForTheApp();
    void secretNeverInReasons_data();
    void secretNeverInReasons();
};

void TestVerifier::knownVectors_data()
{
    QTest::addColumn<QByteArray>("secretValue");
    QTest::addColumn<QByteArray>("registered");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentHash");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QDateTime>("now");

    // vippsas/webhooks-api request-authentication.md ("Sample values"), = DD-reqauth.
    QTest::newRow("Vipps worked example") << kVippsSecret << kVippsUrl << QByteArray("webhook.site")
                                          << QByteArray("/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63") << kVippsDate
                                          << kVippsBody << kVippsContentHash << kVippsSignature << kVippsNow;
    // docs/vipps-wire.md §5, derived vectors.
    QTest::newRow("derived vector 1: COMM-log body, port, query")
        << kDerivedSecret << kDerivedUrl1 << QByteArray("example.com:8080") << QByteArray("/hooks/vipps?env=test")
        << kDerivedDate << kCommLogBody << kCommLogContentHash << kDerivedSignature1 << kDerivedNow;
    QTest::newRow("derived vector 2: empty body")
        << kDerivedSecret << kDerivedUrl2 << QByteArray("example.com") << QByteArray("/") << kDerivedDate
        << QByteArray() << kEmptyContentHash << kDerivedSignature2 << kDerivedNow;
}

void TestVerifier::knownVectors()
{
    QFETCH(QByteArray, secretValue);
    QFETCH(QByteArray, registered);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentHash);
    QFETCH(QByteArray, signature);
    QFETCH(QDateTime, now);

    const QByteArray authorization =
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature;
    const Http::Request r = request(
        {{"Host", host}, {"x-ms-date", date}, {"x-ms-content-sha256", contentHash}, {"Authorization", authorization}},
        path, body);
    const SecretList secrets{secret(secretValue, "the secret")};
    for (const QByteArray &registeredUrl : {registered, QByteArray()}) {
        const Verification v = makeVerifier(secrets, registeredUrl).verify(r, now);
        QVERIFY2(v.result == Result::Valid, qPrintable(v.reason));
        QCOMPARE(v.reason, QStringLiteral("signature matches the secret"));
        QCOMPARE(v.authorizationHeaderName, QByteArray("Authorization"));
        QCOMPARE(v.receivedAuthorization, authorization);
        QCOMPARE(v.receivedContentHash, contentHash);
        QCOMPARE(v.computedContentHash, contentHash);
        QCOMPARE(v.xMsDate, date);
        QCOMPARE(v.host, host);
        QCOMPARE(v.pathAndQuery, path);
        QCOMPARE(v.stringToSign, "POST\n" + path + '\n' + date + ';' + host + ';' + contentHash);
        QCOMPARE(v.receivedSignature, signature);
        QCOMPARE(v.computedSignature, signature);
        QCOMPARE(v.clockSkewSeconds, 0);
        QCOMPARE(v.secretsTried, 1);
        QCOMPARE(v.secretLabel.english(), QStringLiteral("the secret"));
        VWB_VERIFY_NO_SECRET(v, secrets);
    }
}

void TestVerifier::resultNames_data()
{
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("name");
    QTest::newRow("valid") << Result::Valid << QStringLiteral("valid");
    QTest::newRow("invalid") << Result::Invalid << QStringLiteral("invalid");
    QTest::newRow("stale") << Result::Stale << QStringLiteral("stale");
    QTest::newRow("unsigned") << Result::Unsigned << QStringLiteral("unsigned");
    QTest::newRow("no-secret") << Result::NoSecret << QStringLiteral("no-secret");
}

void TestVerifier::resultNames()
{
    QFETCH(Result, result);
    QFETCH(QString, name);
    QCOMPARE(resultName(result), name);
    Result parsed = result == Result::Valid ? Result::Invalid : Result::Valid;
    QVERIFY(resultFromName(name, &parsed));
    QCOMPARE(parsed, result);
}

void TestVerifier::unknownResultNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("capitalised") << QStringLiteral("Valid");
    QTest::newRow("underscore") << QStringLiteral("no_secret");
    QTest::newRow("enum spelling") << QStringLiteral("NoSecret");
    QTest::newRow("padded") << QStringLiteral(" valid");
    QTest::newRow("empty") << QString();
}

void TestVerifier::unknownResultNames()
{
    QFETCH(QString, name);
    Result untouched = Result::Stale;
    QVERIFY(!resultFromName(name, &untouched));
    QCOMPARE(untouched, Result::Stale);
}

void TestVerifier::eachResultKind_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reasonStart");

    Http::Request tampered = delivery(kAlpha.value);
    setHeader(&tampered, "Authorization", Scheme::authorizationValue(flipped(Scheme::signature("x", "y"))));
    Http::Request bare = delivery(kAlpha.value);
    removeHeader(&bare, "Authorization");

    QTest::newRow("valid") << delivery(kAlpha.value) << true << kDerivedNow << QStringLiteral("valid")
                           << QStringLiteral("signature matches alpha");
    QTest::newRow("invalid") << tampered << true << kDerivedNow << QStringLiteral("invalid")
                             << QStringLiteral("the signature was made with a secret this receiver does not know");
    QTest::newRow("stale") << delivery(kAlpha.value) << true << kDerivedNow.addSecs(3600) << QStringLiteral("stale")
                           << QStringLiteral("x-ms-date is 3600 s in the past");
    QTest::newRow("unsigned") << bare << true << kDerivedNow << QStringLiteral("unsigned")
                              << QStringLiteral("the request is not signed");
    QTest::newRow("no-secret") << delivery(kAlpha.value) << false << kDerivedNow << QStringLiteral("no-secret")
                               << QStringLiteral("no webhook secret is known");
}

void TestVerifier::eachResultKind()
{
    QFETCH(Http::Request, request);
    QFETCH(bool, withSecret);
    QFETCH(QDateTime, now);
    QFETCH(QString, name);
    QFETCH(QString, reasonStart);
    const SecretList secrets = withSecret ? SecretList{kAlpha} : SecretList{};
    const Verification v = makeVerifier(secrets, kRegistered).verify(request, now);
    QCOMPARE(resultName(v.result), name);
    QVERIFY2(v.reason.startsWith(reasonStart), qPrintable(v.reason));
    VWB_VERIFY_NO_SECRET(v, SecretList{kAlpha});
}

void TestVerifier::headerNameCase_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("authorizationName");

    QTest::newRow("authorization") << QByteArray("Authorization") << QByteArray("authorization")
                                   << QByteArray("authorization");
    QTest::newRow("AUTHORIZATION") << QByteArray("Authorization") << QByteArray("AUTHORIZATION")
                                   << QByteArray("AUTHORIZATION");
    QTest::newRow("X-Ms-Date") << QByteArray("x-ms-date") << QByteArray("X-Ms-Date") << QByteArray("Authorization");
    QTest::newRow("X-MS-DATE") << QByteArray("x-ms-date") << QByteArray("X-MS-DATE") << QByteArray("Authorization");
    QTest::newRow("X-MS-CONTENT-SHA256") << QByteArray("x-ms-content-sha256") << QByteArray("X-MS-CONTENT-SHA256")
                                         << QByteArray("Authorization");
    QTest::newRow("X-Ms-Content-Sha256") << QByteArray("x-ms-content-sha256") << QByteArray("X-Ms-Content-Sha256")
                                         << QByteArray("Authorization");
    QTest::newRow("host") << QByteArray("Host") << QByteArray("host") << QByteArray("Authorization");
    QTest::newRow("HOST") << QByteArray("Host") << QByteArray("HOST") << QByteArray("Authorization");
    QTest::newRow("x-vipps-authorization only")
        << QByteArray("Authorization") << QByteArray("x-vipps-authorization") << QByteArray("x-vipps-authorization");
    QTest::newRow("X-VIPPS-AUTHORIZATION only")
        << QByteArray("Authorization") << QByteArray("X-VIPPS-AUTHORIZATION") << QByteArray("X-VIPPS-AUTHORIZATION");
}

void TestVerifier::headerNameCase()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, authorizationName);
    Http::Request r = delivery(kAlpha.value);
    renameHeader(&r, from, to);
    QVERIFY(r.headers.contains(to));
    const Verification v = makeVerifier({kAlpha}).verify(r, kDerivedNow); // host from the Host header
    QVERIFY2(v.result == Result::Valid, qPrintable(v.reason));
    QCOMPARE(v.authorizationHeaderName, authorizationName);
    QCOMPARE(v.host, QByteArray("example.com"));
    QCOMPARE(v.xMsDate, kDerivedDate);
    QCOMPARE(v.receivedContentHash, kCommLogContentHash);
}

void TestVerifier::authorizationFallback_data()
{
    QTest::addColumn<QByteArray>("authorization"); // null: header absent
    QTest::addColumn<QByteArray>("vippsAuthorization");
    QTest::addColumn<QByteArray>("usedHeader");
    QTest::addColumn<Result>("result");

    const QByteArray good =
        Signature::Signer::sign(kAlpha.value, url(kRegistered), kCommLogBody, kDerivedNow).authorization;
    const QByteArray wrong = Scheme::authorizationValue(flipped(Scheme::signatureFromAuthorization(good)));
    const QByteArray bearer = "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl";

    QTest::newRow("only X-Vipps-Authorization")
        << QByteArray() << good << QByteArray("X-Vipps-Authorization") << Result::Valid;
    QTest::newRow("Authorization is Bearer") << bearer << good << QByteArray("X-Vipps-Authorization") << Result::Valid;
    QTest::newRow("Authorization is Basic")
        << QByteArray("Basic dXNlcjpwYXNz") << good << QByteArray("X-Vipps-Authorization") << Result::Valid;
    QTest::newRow("Authorization has no Signature")
        << QByteArray("HMAC-SHA256 SignedHeaders=host") << good << QByteArray("X-Vipps-Authorization") << Result::Valid;
    QTest::newRow("Authorization is empty")
        << QByteArray("") << good << QByteArray("X-Vipps-Authorization") << Result::Valid;
    QTest::newRow("both carry the signature") << good << good << QByteArray("Authorization") << Result::Valid;
    QTest::newRow("X-Vipps-Authorization is Bearer") << good << bearer << QByteArray("Authorization") << Result::Valid;
    QTest::newRow("HMAC Authorization wins even when wrong")
        << wrong << good << QByteArray("Authorization") << Result::Invalid;
}

void TestVerifier::authorizationFallback()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, vippsAuthorization);
    QFETCH(QByteArray, usedHeader);
    QFETCH(Result, result);

    Http::Request r = delivery(kAlpha.value);
    removeHeader(&r, "Authorization");
    if (!authorization.isNull())
        r.headers.append(Http::Header{"Authorization", authorization});
    r.headers.append(Http::Header{"X-Vipps-Authorization", vippsAuthorization});
    const Verification v = makeVerifier({kAlpha}, kRegistered).verify(r, kDerivedNow);
    QCOMPARE(v.result, result);
    QCOMPARE(v.authorizationHeaderName, usedHeader);
    QCOMPARE(v.receivedAuthorization, r.headers.value(usedHeader));
    VWB_VERIFY_NO_SECRET(v, SecretList{kAlpha});
}

void TestVerifier::unsignedRequests_data()
{
    QTest::addColumn<QByteArray>("authorization"); // null: header absent
    QTest::addColumn<QByteArray>("vippsAuthorization");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QByteArray>("neverShown");

    const QString strip = QStringLiteral("some proxies strip Authorization");
    QTest::newRow("no authorization headers") << QByteArray() << QByteArray()
                                              << QStringList{QStringLiteral("no Authorization header"),
                                                             QStringLiteral("no X-Vipps-Authorization header"), strip}
                                              << QByteArray();
    QTest::newRow("Bearer token") << QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln") << QByteArray()
                                  << QStringList{QStringLiteral("Authorization header with the Bearer scheme "
                                                                "instead of HMAC-SHA256"),
                                                 QStringLiteral("no X-Vipps-Authorization header"), strip}
                                  << QByteArray("eyJhbGciOiJSUzI1NiJ9");
    QTest::newRow("Basic credentials") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray()
                                       << QStringList{QStringLiteral("the Basic scheme")} << QByteArray("dXNlcjpwYXNz");
    QTest::newRow("bare token without a scheme")
        << QByteArray("0123456789abcdef0123456789abcdef") << QByteArray()
        << QStringList{QStringLiteral("an Authorization header that is not of the HMAC-SHA256 scheme")}
        << QByteArray("0123456789abcdef");
    QTest::newRow("HMAC-SHA256 without Signature")
        << QByteArray("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256") << QByteArray()
        << QStringList{QStringLiteral("an HMAC-SHA256 Authorization header without a Signature= part")} << QByteArray();
    QTest::newRow("empty Authorization") << QByteArray("") << QByteArray()
                                         << QStringList{QStringLiteral("an empty Authorization header")}
                                         << QByteArray();
    QTest::newRow("both Bearer") << QByteArray("Bearer first-token-123") << QByteArray("Bearer second-token-456")
                                 << QStringList{QStringLiteral("X-Vipps-Authorization header with the Bearer scheme")}
                                 << QByteArray("token");
}

void TestVerifier::unsignedRequests()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, vippsAuthorization);
    QFETCH(QStringList, mentions);
    QFETCH(QByteArray, neverShown);

    Http::Request r = delivery(kAlpha.value);
    removeHeader(&r, "Authorization");
    if (!authorization.isNull())
        r.headers.append(Http::Header{"Authorization", authorization});
    if (!vippsAuthorization.isNull())
        r.headers.append(Http::Header{"X-Vipps-Authorization", vippsAuthorization});

    const Verification v = makeVerifier({kAlpha}, kRegistered).verify(r, kDerivedNow);
    QCOMPARE(v.result, Result::Unsigned);
    QVERIFY2(v.reason.startsWith(QStringLiteral("the request is not signed: it has ")), qPrintable(v.reason));
    for (const QString &mention : mentions)
        QVERIFY2(v.reason.contains(mention), qPrintable(v.reason));
    if (!neverShown.isEmpty())
        QVERIFY2(!v.reason.contains(QString::fromLatin1(neverShown)), qPrintable(v.reason));
    QVERIFY(v.receivedAuthorization.isEmpty()); // a token is never copied into the result
    QVERIFY(v.receivedSignature.isEmpty());
    // The steps are still there for the inspector.
    QCOMPARE(v.computedContentHash, kCommLogContentHash);
    QCOMPARE(v.stringToSign, toSignFor("example.com", kRegisteredPath));
    QCOMPARE(v.secretsTried, 0);
}

void TestVerifier::noSecret()
{
    const Verification v = makeVerifier({}, kRegistered).verify(delivery(kAlpha.value), kDerivedNow);
    QCOMPARE(v.result, Result::NoSecret);
    QCOMPARE(v.reason, QStringLiteral("no webhook secret is known; register the webhook through this tool or pass "
                                      "--secret"));
    QCOMPARE(v.authorizationHeaderName, QByteArray("Authorization"));
    QCOMPARE(v.stringToSign, toSignFor("example.com", kRegisteredPath));
    QCOMPARE(v.computedContentHash, kCommLogContentHash);
    QVERIFY(!v.receivedSignature.isEmpty());
    QVERIFY(v.computedSignature.isEmpty());
    QCOMPARE(v.secretsTried, 0);
}

void TestVerifier::severalSecrets_data()
{
    QTest::addColumn<int>("signer");
    QTest::newRow("first of four") << 0;
    QTest::newRow("second of four") << 1;
    QTest::newRow("third of four") << 2;
    QTest::newRow("fourth of four, no webhook id") << 3;
}

void TestVerifier::severalSecrets()
{
    QFETCH(int, signer);
    const SecretList secrets = fourSecrets();
    const Secret &expected = secrets.at(signer);
    const Http::Request r = delivery(expected.value);
    const Verification v = makeVerifier(secrets, kRegistered).verify(r, kDerivedNow);
    QVERIFY2(v.result == Result::Valid, qPrintable(v.reason));
    QCOMPARE(v.secretsTried, signer + 1);
    QCOMPARE(v.secretLabel.english(), expected.label.english());
    QCOMPARE(v.webhookId, expected.webhookId);
    QCOMPARE(v.computedSignature, v.receivedSignature);
    QCOMPARE(v.reason, QStringLiteral("signature matches ") + expected.label.english());
    VWB_VERIFY_NO_SECRET(v, secrets);
}

void TestVerifier::webhookIdChoosesSecret_data()
{
    QTest::addColumn<QByteArray>("webhookIdHeader"); // empty: no header
    QTest::addColumn<int>("signer");
    QTest::addColumn<int>("tried");
    QTest::addColumn<QString>("webhookId");
    QTest::addColumn<QString>("reason");

    const QString alphaId = kAlpha.webhookId;
    const QString charlieId = kCharlie.webhookId;
    QTest::newRow("names the signer") << charlieId.toLatin1() << 2 << 1 << charlieId
                                      << QStringLiteral("signature matches charlie");
    QTest::newRow("names the signer in upper case")
        << charlieId.toUpper().toLatin1() << 2 << 1 << charlieId << QStringLiteral("signature matches charlie");
    QTest::newRow("names another known secret")
        << alphaId.toLatin1() << 2 << 3 << charlieId
        << QStringLiteral("signature matches charlie, not alpha that Webhook-Id %1 names").arg(alphaId);
    QTest::newRow("names no known secret")
        << kUnknownWebhookId << 1 << 2 << kBravo.webhookId
        << QStringLiteral("signature matches bravo (Webhook-Id %1 names no known secret)")
               .arg(QString::fromLatin1(kUnknownWebhookId));
    QTest::newRow("unknown id, secret without id matches")
        << kUnknownWebhookId << 3 << 4 << QString::fromLatin1(kUnknownWebhookId)
        << QStringLiteral("signature matches delta (Webhook-Id %1 names no known secret)")
               .arg(QString::fromLatin1(kUnknownWebhookId));
    QTest::newRow("no header") << QByteArray() << 2 << 3 << charlieId << QStringLiteral("signature matches charlie");
}

void TestVerifier::webhookIdChoosesSecret()
{
    QFETCH(QByteArray, webhookIdHeader);
    QFETCH(int, signer);
    QFETCH(int, tried);
    QFETCH(QString, webhookId);
    QFETCH(QString, reason);

    const SecretList secrets = fourSecrets();
    Http::Request r = delivery(secrets.at(signer).value);
    if (!webhookIdHeader.isEmpty())
        r.headers.append(Http::Header{"Webhook-Id", webhookIdHeader});
    const Verification v = makeVerifier(secrets, kRegistered).verify(r, kDerivedNow);
    QVERIFY2(v.result == Result::Valid, qPrintable(v.reason));
    QCOMPARE(v.secretsTried, tried);
    QCOMPARE(v.secretLabel.english(), secrets.at(signer).label.english());
    QCOMPARE(v.webhookId, webhookId);
    QCOMPARE(v.reason, reason);
    VWB_VERIFY_NO_SECRET(v, secrets);
}

void TestVerifier::noMatchStillReportsTheChosenSecret_data()
{
    QTest::addColumn<QByteArray>("webhookIdHeader");
    QTest::addColumn<int>("chosen");
    QTest::addColumn<QString>("webhookId");

    QTest::newRow("no header: first secret") << QByteArray() << 0 << QString();
    QTest::newRow("header names bravo") << kBravo.webhookId.toLatin1() << 1 << kBravo.webhookId;
    QTest::newRow("unknown header: first secret") << kUnknownWebhookId << 0 << QString::fromLatin1(kUnknownWebhookId);
}

void TestVerifier::noMatchStillReportsTheChosenSecret()
{
    QFETCH(QByteArray, webhookIdHeader);
    QFETCH(int, chosen);
    QFETCH(QString, webhookId);

    const SecretList secrets = fourSecrets();
    Http::Request r = delivery(kForeignSecret);
    if (!webhookIdHeader.isEmpty())
        r.headers.append(Http::Header{"Webhook-Id", webhookIdHeader});
    const Verification v = makeVerifier(secrets, kRegistered).verify(r, kDerivedNow);
    QCOMPARE(v.result, Result::Invalid);
    QCOMPARE(v.secretsTried, 4);
    QCOMPARE(v.webhookId, webhookId);
    QCOMPARE(v.secretLabel.english(), secrets.at(chosen).label.english());
    QCOMPARE(v.computedSignature, Scheme::signature(secrets.at(chosen).value, v.stringToSign));
    QVERIFY(v.computedSignature != v.receivedSignature);
    VWB_VERIFY_NO_SECRET(v, secrets);
}

void TestVerifier::hostAndPathSources_data()
{
    QTest::addColumn<QByteArray>("registered");
    QTest::addColumn<QByteArray>("publicUrl");
    QTest::addColumn<QByteArray>("hostHeader");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("signedFor");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("valid");

    const QByteArray none;
    QTest::newRow("target without the signed query")
        << none << none << QByteArray("example.com:8080") << QByteArray("/hooks/vipps") << kDerivedUrl1
        << QByteArray("example.com:8080") << QByteArray("/hooks/vipps") << false;
    QTest::newRow("Host header with port, target with query")
        << none << none << QByteArray("example.com:8080") << QByteArray("/hooks/vipps?env=test") << kDerivedUrl1
        << QByteArray("example.com:8080") << QByteArray("/hooks/vipps?env=test") << true;
    QTest::newRow("public URL host over Host header (tunnel)")
        << none << QByteArray("https://abc.ngrok.app") << QByteArray("localhost:8080") << QByteArray("/hook")
        << QByteArray("https://abc.ngrok.app/hook") << QByteArray("abc.ngrok.app") << QByteArray("/hook") << true;
    QTest::newRow("public URL path not used")
        << none << QByteArray("https://abc.ngrok.app/prefix") << QByteArray("localhost:8080") << QByteArray("/hook")
        << QByteArray("https://abc.ngrok.app/hook") << QByteArray("abc.ngrok.app") << QByteArray("/hook") << true;
    QTest::newRow("public URL default port dropped")
        << none << QByteArray("https://abc.ngrok.app:443/") << QByteArray("localhost:8080") << QByteArray("/hook")
        << QByteArray("https://abc.ngrok.app/hook") << QByteArray("abc.ngrok.app") << QByteArray("/hook") << true;
    QTest::newRow("public URL port kept")
        << none << QByteArray("https://abc.example:8443") << QByteArray("localhost:8080") << QByteArray("/hook")
        << QByteArray("https://abc.example:8443/hook") << QByteArray("abc.example:8443") << QByteArray("/hook") << true;
    QTest::newRow("Host header ignored once a public URL is set")
        << none << QByteArray("https://abc.ngrok.app") << QByteArray("localhost:8080") << QByteArray("/hook")
        << QByteArray("http://localhost:8080/hook") << QByteArray("abc.ngrok.app") << QByteArray("/hook") << false;
    QTest::newRow("registered URL over public URL and request")
        << QByteArray("https://reg.example/hook?x=1") << QByteArray("https://other.example") << QByteArray("localhost")
        << QByteArray("/local") << QByteArray("https://reg.example/hook?x=1") << QByteArray("reg.example")
        << QByteArray("/hook?x=1") << true;
}

void TestVerifier::hostAndPathSources()
{
    QFETCH(QByteArray, registered);
    QFETCH(QByteArray, publicUrl);
    QFETCH(QByteArray, hostHeader);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, signedFor);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);
    QFETCH(bool, valid);

    Http::Request r = delivery(kAlpha.value, signedFor);
    setHeader(&r, "Host", hostHeader);
    r.target = target;
    const Verification v = makeVerifier({kAlpha}, registered, publicUrl).verify(r, kDerivedNow);
    QCOMPARE(v.host, host);
    QCOMPARE(v.pathAndQuery, path);
    QCOMPARE(v.result == Result::Valid, valid);
    VWB_VERIFY_NO_SECRET(v, SecretList{kAlpha});
}

void TestVerifier::freshness_data()
{
    QTest::addColumn<int>("secondsLate"); // now - x-ms-date
    QTest::addColumn<int>("maxSkew");
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("reasonStart");

    const QString ok = QStringLiteral("signature matches alpha");
    QTest::newRow("on time") << 0 << 300 << Result::Valid << ok;
    QTest::newRow("exactly 300 s late") << 300 << 300 << Result::Valid << ok;
    QTest::newRow("exactly 300 s early") << -300 << 300 << Result::Valid << ok;
    QTest::newRow("301 s late") << 301 << 300 << Result::Stale
                                << QStringLiteral("x-ms-date is 301 s in the past; allowed skew is 300 s");
    QTest::newRow("301 s early") << -301 << 300 << Result::Stale
                                 << QStringLiteral("x-ms-date is 301 s in the future; allowed skew is 300 s");
    QTest::newRow("412 s late") << 412 << 300 << Result::Stale
                                << QStringLiteral("x-ms-date is 412 s in the past; allowed skew is 300 s: check the "
                                                  "clocks, or this is a replay (the signature matches alpha)");
    QTest::newRow("412 s early") << -412 << 300 << Result::Stale
                                 << QStringLiteral("x-ms-date is 412 s in the future; allowed skew is 300 s: check "
                                                   "the clocks");
    QTest::newRow("61 s late, skew 60") << 61 << 60 << Result::Stale << QStringLiteral("x-ms-date is 61 s in the past");
    QTest::newRow("a day late, check off") << 86400 << 0 << Result::Valid << ok;
    QTest::newRow("a year early, check off") << -365 * 86400 << 0 << Result::Valid << ok;
}

void TestVerifier::freshness()
{
    QFETCH(int, secondsLate);
    QFETCH(int, maxSkew);
    QFETCH(Result, result);
    QFETCH(QString, reasonStart);

    const QDateTime sent = kDerivedNow.addSecs(-secondsLate);
    const Verification v =
        makeVerifier({kAlpha}, kRegistered, {}, maxSkew).verify(delivery(kAlpha.value, kRegistered, sent), kDerivedNow);
    QCOMPARE(v.result, result);
    QVERIFY2(v.reason.startsWith(reasonStart), qPrintable(v.reason));
    QCOMPARE(v.clockSkewSeconds, qint64(secondsLate));
    QCOMPARE(v.secretLabel.english(), kAlpha.label.english()); // a stale delivery still names the secret that signed it
    QCOMPARE(v.webhookId, kAlpha.webhookId);
}

void TestVerifier::defaultMaxClockSkewIs300()
{
    Verifier v;
    QCOMPARE(v.maxClockSkew(), 300);
    v.setSecrets({kAlpha});
    const Http::Request r = delivery(kAlpha.value, kRegistered, kDerivedNow.addSecs(-301));
    QCOMPARE(v.verify(r, kDerivedNow).result, Result::Stale);
}

void TestVerifier::dateProblems_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<int>("maxSkew");
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("reasonStart");

    Http::Request missing = delivery(kAlpha.value);
    removeHeader(&missing, "x-ms-date");
    Http::Request empty = delivery(kAlpha.value);
    setHeader(&empty, "x-ms-date", "");
    const QByteArray badDate = "2025-05-31T17:30:33Z";
    const Http::Request unparseable =
        handSigned(kAlpha.value, Scheme::stringToSign(kRegisteredPath, badDate, "example.com", kCommLogContentHash),
                   "example.com", kRegisteredPath, badDate, kCommLogBody);

    const QString noDate = QStringLiteral("the request has no x-ms-date header");
    QTest::newRow("missing x-ms-date") << missing << 300 << Result::Invalid << noDate;
    QTest::newRow("empty x-ms-date") << empty << 300 << Result::Invalid << noDate;
    QTest::newRow("ISO date, signed as sent")
        << unparseable << 300 << Result::Invalid
        << QStringLiteral("x-ms-date \"2025-05-31T17:30:33Z\" is not an RFC 1123 date such as \"Thu, 30 Mar 2023 "
                          "08:38:32 GMT\"");
    QTest::newRow("ISO date, clock check off")
        << unparseable << 0 << Result::Valid << QStringLiteral("signature matches alpha");
}

void TestVerifier::dateProblems()
{
    QFETCH(Http::Request, request);
    QFETCH(int, maxSkew);
    QFETCH(Result, result);
    QFETCH(QString, reasonStart);
    const Verification v = makeVerifier({kAlpha}, kRegistered, {}, maxSkew).verify(request, kDerivedNow);
    QCOMPARE(v.result, result);
    QVERIFY2(v.reason.startsWith(reasonStart), qPrintable(v.reason));
    QCOMPARE(v.clockSkewSeconds, 0);
    VWB_VERIFY_NO_SECRET(v, SecretList{kAlpha});
}

void TestVerifier::contentHashProblems_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<QString>("reason");

    const QString changed = QStringLiteral("the body differs from what was signed (x-ms-content-sha256 does not "
                                           "match): something between Vipps and you changed the body, or the signer "
                                           "hashed different bytes");
    Http::Request appended = delivery(kAlpha.value);
    appended.body += '\n';
    Http::Request reserialised = delivery(kAlpha.value);
    reserialised.body.replace(",", ", ");
    Http::Request emptied = delivery(kAlpha.value);
    emptied.body.clear();
    Http::Request missing = delivery(kAlpha.value);
    removeHeader(&missing, "x-ms-content-sha256");
    Http::Request hex = delivery(kAlpha.value);
    setHeader(&hex, "x-ms-content-sha256", QByteArray::fromBase64(kCommLogContentHash).toHex());

    QTest::newRow("newline appended") << appended << changed;
    QTest::newRow("JSON re-serialised") << reserialised << changed;
    QTest::newRow("body dropped") << emptied << changed;
    QTest::newRow("header missing") << missing
                                    << QStringLiteral("the request has no x-ms-content-sha256 header: Vipps always "
                                                      "sends the base64 SHA-256 of the body in it, so this was not "
                                                      "signed the Vipps way");
    QTest::newRow("hash in hex") << hex
                                 << QStringLiteral("x-ms-content-sha256 is the SHA-256 of the body in hex: Vipps "
                                                   "sends it in base64");
}

void TestVerifier::contentHashProblems()
{
    QFETCH(Http::Request, request);
    QFETCH(QString, reason);
    const Verification v = makeVerifier({kAlpha}, kRegistered).verify(request, kDerivedNow);
    QCOMPARE(v.result, Result::Invalid);
    QCOMPARE(v.reason, reason);
    QCOMPARE(v.computedContentHash, Scheme::contentHash(request.body));
    QCOMPARE(v.receivedContentHash, request.headers.value("x-ms-content-sha256"));
    QCOMPARE(v.secretsTried, 0);
}

void TestVerifier::mismatchDiagnosis_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<QByteArray>("registered");
    QTest::addColumn<QByteArray>("publicUrl");
    QTest::addColumn<QString>("reason");

    const QByteArray none;
    const QByteArray path = kRegisteredPath;
    const QByteArray decodedSecret = QByteArray::fromBase64(kVippsSecret);
    const QByteArray rightToSign = toSignFor("example.com", path);

    QTest::newRow("secret base64-decoded by the signer")
        << mistaken(decodedSecret, rightToSign) << kRegistered << none
        << QStringLiteral("the signature matches vipps example only when the secret is base64-decoded first: "
                          "the signer decoded the secret before using it as the HMAC key. Vipps uses the UTF-8 bytes "
                          "of the secret string exactly as returned at registration");
    QTest::newRow("port added by the signer")
        << mistaken(kAlpha.value, toSignFor("example.com:8443", path), "example.com:8443") << kRegistered << none
        << QStringLiteral("the signature matches alpha for host \"example.com:8443\", but this receiver used "
                          "\"example.com\": only the port differs. Vipps signs the registered URL's host, with "
                          "\":port\" only when the port is not the scheme default (443 for https); give this receiver "
                          "the URL exactly as registered");
    QTest::newRow("port dropped by the signer")
        << mistaken(kAlpha.value, rightToSign) << QByteArray("https://example.com:8443/hooks/vipps?env=test") << none
        << QStringLiteral("the signature matches alpha for host \"example.com\", but this receiver used "
                          "\"example.com:8443\": only the port differs");
    QTest::newRow("default port written out by the signer")
        << mistaken(kAlpha.value, toSignFor("example.com:443", path)) << kRegistered << none
        << QStringLiteral("the signature matches alpha for host \"example.com:443\", but this receiver used "
                          "\"example.com\": only the port differs");
    QTest::newRow("signer used the Host header, receiver the public URL")
        << mistaken(kAlpha.value, toSignFor("internal.example:8080", path), "internal.example:8080") << none
        << QByteArray("https://public.example")
        << QStringLiteral("the signature matches alpha for host \"internal.example:8080\" from the Host "
                          "header, not \"public.example\" from the public or registered URL: check that the URL "
                          "given to this receiver is the one registered with Vipps");
    Http::Request tunnelled = mistaken(kAlpha.value, toSignFor("abc.ngrok.app", path), "localhost:8080");
    tunnelled.headers.append(Http::Header{"X-Forwarded-Host", "abc.ngrok.app"});
    QTest::newRow("tunnel without public URL")
        << tunnelled << none << none
        << QStringLiteral("the signature matches alpha for host \"abc.ngrok.app\" from X-Forwarded-Host, not "
                          "\"localhost:8080\" from the Host header: the request came through a proxy or tunnel; "
                          "start the receiver with --public-url set to the URL registered with Vipps "
                          "(https://abc.ngrok.app...)");
    QTest::newRow("path left out")
        << mistaken(kAlpha.value, toSignFor("example.com", "/")) << kRegistered << none
        << QStringLiteral("the signature matches alpha for path \"/\", not \"/hooks/vipps?env=test\": the "
                          "signer left out the path; Vipps signs the path and query of the registered URL");
    QTest::newRow("query dropped")
        << mistaken(kAlpha.value, toSignFor("example.com", "/hooks/vipps")) << kRegistered << none
        << QStringLiteral("the signature matches alpha for path \"/hooks/vipps\" without the query string, "
                          "not \"/hooks/vipps?env=test\": the signer dropped the query; Vipps signs the path and "
                          "query of the registered URL");
    QTest::newRow("registered path differs from the target")
        << mistaken(kAlpha.value, rightToSign) << QByteArray("https://example.com/registered") << none
        << QStringLiteral("the signature matches alpha for path \"/hooks/vipps?env=test\" as received in the "
                          "request, not \"/registered\" from the registered URL: the registered URL's path differs "
                          "from where the delivery arrived");
    QTest::newRow("trailing slash added")
        << mistaken(kAlpha.value, toSignFor("example.com", "/hooks/vipps/?env=test")) << kRegistered << none
        << QStringLiteral("the signature matches alpha for path \"/hooks/vipps/?env=test\", not "
                          "\"/hooks/vipps?env=test\": a trailing slash differs; Vipps signs the URL exactly as "
                          "registered");
    QTest::newRow("path percent-decoded")
        << mistaken(kAlpha.value, toSignFor("example.com", "/a b"), "example.com", "/a%20b")
        << QByteArray("https://example.com/a%20b") << none
        << QStringLiteral("the signature matches alpha for the percent-decoded path \"/a b\", not \"/a%20b\": "
                          "Vipps signs the path as encoded in the registered URL");
    QTest::newRow("CRLF separators")
        << mistaken(kAlpha.value, QByteArray(rightToSign).replace("\n", "\r\n")) << kRegistered << none
        << QStringLiteral("the signature matches alpha when the string to sign is joined with CRLF: Vipps "
                          "separates its lines with a single LF (\\n)");
    QTest::newRow("trailing newline")
        << mistaken(kAlpha.value, rightToSign + '\n') << kRegistered << none
        << QStringLiteral("the signature matches alpha when the string to sign ends with a newline: Vipps adds "
                          "no trailing newline");
    Http::Request hexSigned = delivery(kAlpha.value);
    const QByteArray mac = QByteArray::fromBase64(Scheme::signature(kAlpha.value, rightToSign));
    setHeader(&hexSigned, "Authorization", Scheme::authorizationValue(mac.toHex()));
    QTest::newRow("signature in hex")
        << hexSigned << kRegistered << none
        << QStringLiteral("the signature matches alpha but is written in hex: Vipps sends it in base64");
    // The Vipps example signature contains '+', so its URL-safe form differs from standard base64.
    const QByteArray vippsMac = QByteArray::fromBase64(kVippsSignature);
    const auto vippsExampleSignedAs = [&](const QByteArray &signature) {
        return request({{"Host", "webhook.site"},
                        {"x-ms-date", kVippsDate},
                        {"x-ms-content-sha256", kVippsContentHash},
                        {"Authorization", Scheme::authorizationValue(signature)}},
                       Scheme::pathAndQueryOf(url(kVippsUrl)), kVippsBody);
    };
    const QString urlSafeReason = QStringLiteral("the signature matches vipps example but uses the URL-safe "
                                                 "base64 alphabet: Vipps uses standard base64 with padding");
    QTest::newRow("URL-safe base64 signature")
        << vippsExampleSignedAs(vippsMac.toBase64(QByteArray::Base64UrlEncoding)) << kVippsUrl << none << urlSafeReason;
    QTest::newRow("URL-safe base64 signature without padding")
        << vippsExampleSignedAs(vippsMac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        << kVippsUrl << none << urlSafeReason;
    Http::Request unpadded = delivery(kAlpha.value);
    setHeader(&unpadded, "Authorization", Scheme::authorizationValue(mac.toBase64(QByteArray::OmitTrailingEquals)));
    QTest::newRow("base64 padding dropped")
        << unpadded << kRegistered << none
        << QStringLiteral("the signature matches alpha but lacks its trailing \"=\": Vipps uses standard "
                          "base64 with padding");
    Http::Request unknownWebhook = delivery(kForeignSecret);
    unknownWebhook.headers.append(Http::Header{"Webhook-Id", kUnknownWebhookId});
    QTest::newRow("delivery for an unknown webhook")
        << unknownWebhook << kRegistered << none
        << QStringLiteral("the delivery is for webhook ffffffff-9999-4999-8999-000000000009, whose secret this "
                          "receiver does not know, and no known secret matches (2 tried): register the webhook "
                          "through this tool or pass --webhook-id ffffffff-9999-4999-8999-000000000009=SECRET");
    const QString unknown = QStringLiteral("the signature was made with a secret this receiver does not know (2 "
                                           "tried), or for a different URL than example.com/hooks/vipps?env=test: "
                                           "check the secret returned when the webhook was registered and the "
                                           "registered URL");
    QTest::newRow("wrong secret") << delivery(kForeignSecret) << kRegistered << none << unknown;
    Http::Request tampered = delivery(kAlpha.value);
    setHeader(&tampered, "Authorization",
              Scheme::authorizationValue(flipped(Scheme::signature(kAlpha.value, rightToSign))));
    QTest::newRow("tampered signature") << tampered << kRegistered << none << unknown;
    Http::Request garbage = delivery(kAlpha.value);
    setHeader(&garbage, "Authorization", "HMAC-SHA256 Signature=not base64 at all!");
    QTest::newRow("signature not base64") << garbage << kRegistered << none << unknown;
    Http::Request known = delivery(kForeignSecret);
    known.headers.append(Http::Header{"Webhook-Id", kAlpha.webhookId.toLatin1()});
    QTest::newRow("Webhook-Id names a known secret that does not match") << known << kRegistered << none << unknown;
}

void TestVerifier::mismatchDiagnosis()
{
    QFETCH(Http::Request, request);
    QFETCH(QByteArray, registered);
    QFETCH(QByteArray, publicUrl);
    QFETCH(QString, reason);

    const SecretList secrets{kVipps, kAlpha};
    const Verification v = makeVerifier(secrets, registered, publicUrl).verify(request, kDerivedNow);
    QCOMPARE(v.result, Result::Invalid);
    QVERIFY2(v.reason.startsWith(reason), qPrintable(QStringLiteral("actual reason: ") + v.reason));
    QCOMPARE(v.secretsTried, 2);
    VWB_VERIFY_NO_SECRET(v, secrets);
}

// The app adds a missing secret with a button, so the remedy names no command-line option there; the command line
// keeps its wording, and reasons whose remedy is not a missing secret stay as they are.
void TestVerifier::missingWebhookSecretWordedForTheApp_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<SecretList>("secrets");
    QTest::addColumn<bool>("secretUnknown");
    QTest::addColumn<QString>("appReason"); // empty: as the command line says it

    Http::Request unknownWebhook = delivery(kForeignSecret);
    unknownWebhook.headers.append(Http::Header{"Webhook-Id", kUnknownWebhookId});
    QTest::newRow("delivery for an unknown webhook")
        << unknownWebhook << SecretList{kVipps, kAlpha} << true
        << QStringLiteral("the delivery is for webhook ffffffff-9999-4999-8999-000000000009, whose secret this app "
                          "does not hold, and no secret it holds matches (2 tried): add the secret Vipps returned "
                          "when this webhook was registered (Add the secret of this webhook), or register the "
                          "webhook in this app");
    QTest::newRow("no secret at all, Webhook-Id given")
        << unknownWebhook << SecretList{} << true
        << QStringLiteral("this app holds no webhook secret for the profile in use: register the webhook in the "
                          "Webhooks tab, or add the secret Vipps returned when it was registered elsewhere");
    QTest::newRow("no secret at all, no Webhook-Id")
        << delivery(kAlpha.value) << SecretList{} << false
        << QStringLiteral("this app holds no webhook secret for the profile in use: register the webhook in the "
                          "Webhooks tab, or add the secret Vipps returned when it was registered elsewhere");
    QTest::newRow("wrong secret, no Webhook-Id")
        << delivery(kForeignSecret) << SecretList{kVipps, kAlpha} << false << QString();
    Http::Request known = delivery(kForeignSecret);
    known.headers.append(Http::Header{"Webhook-Id", kAlpha.webhookId.toLatin1()});
    QTest::newRow("Webhook-Id names a known secret that does not match")
        << known << SecretList{kVipps, kAlpha} << false << QString();
}

void TestVerifier::missingWebhookSecretWordedForTheApp()
{
    QFETCH(Http::Request, request);
    QFETCH(SecretList, secrets);
    QFETCH(bool, secretUnknown);
    QFETCH(QString, appReason);

    const Verification v = makeVerifier(secrets, kRegistered).verify(request, kDerivedNow);
    QCOMPARE(v.webhookSecretUnknown, secretUnknown);
    if (secretUnknown)
        QCOMPARE(v.webhookId, QString::fromLatin1(kUnknownWebhookId));
    Verification forCommandLine = v;
    Signature::addressReason(&forCommandLine, Signature::Audience::CommandLine);
    QCOMPARE(forCommandLine.reason, v.reason);
    Verification forApp = v;
    Signature::addressReason(&forApp, Signature::Audience::App);
    QCOMPARE(forApp.reason, appReason.isEmpty() ? v.reason : appReason);
    QVERIFY2(!forApp.reason.contains(QLatin1String("--")), qPrintable(forApp.reason));
}

void TestVerifier::secretNeverInReasons_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<QDateTime>("now");

    const QByteArray secretText = kAlpha.value;
    const auto withAuthorization = [&](const QByteArray &value) {
        Http::Request r = delivery(kAlpha.value);
        setHeader(&r, "Authorization", value);
        return r;
    };
    QTest::newRow("valid") << delivery(kAlpha.value) << kDerivedNow;
    QTest::newRow("stale") << delivery(kAlpha.value) << kDerivedNow.addDays(1);
    QTest::newRow("wrong secret") << delivery(kForeignSecret) << kDerivedNow;
    QTest::newRow("secret sent as Bearer token") << withAuthorization("Bearer " + secretText) << kDerivedNow;
    QTest::newRow("secret sent as the whole header") << withAuthorization(secretText) << kDerivedNow;
    QTest::newRow("secret sent as the signature")
        << withAuthorization("HMAC-SHA256 Signature=" + secretText) << kDerivedNow;
    QTest::newRow("secret as the scheme name") << withAuthorization(secretText + " x") << kDerivedNow;
    QTest::newRow("decoded secret") << mistaken(QByteArray::fromBase64(kVippsSecret),
                                                toSignFor("example.com", kRegisteredPath))
                                    << kDerivedNow;
    Http::Request viaVipps = withAuthorization("Bearer " + secretText);
    viaVipps.headers.append(Http::Header{"X-Vipps-Authorization", "Basic " + secretText});
    QTest::newRow("secret in both authorization headers") << viaVipps << kDerivedNow;
}

void TestVerifier::secretNeverInReasons()
{
    QFETCH(Http::Request, request);
    QFETCH(QDateTime, now);
    const SecretList secrets{kAlpha, kVipps, kDelta};
    for (const int maxSkew : {0, 300}) {
        const Verification v = makeVerifier(secrets, kRegistered, {}, maxSkew).verify(request, now);
        QVERIFY(!v.reason.isEmpty());
        VWB_VERIFY_NO_SECRET(v, secrets);
        QVERIFY2(!v.reason.contains(QStringLiteral("secret-value")), qPrintable(v.reason));
        QVERIFY2(!v.reason.contains(QString::fromLatin1(kVippsSecret.left(12))), qPrintable(v.reason));
    }
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
