// SPDX-License-Identifier: MIT
// The verification's reasons and the secrets' labels said in the user's language, while the journal and the command
// line keep them in English.
#include "markingtranslator.h"
#include "signature/diagnosis.h"
#include "signature/verifier.h"
#include "signaturetesthelpers.h"

#include <QTest>

using namespace Signature;
using namespace SignatureTest;

namespace {

const QString kWebhookId = QStringLiteral("f8251d84-0c1e-4a2b-9d3e-5b7a6c4d2e10");
const QString kLabel = QStringLiteral("webhook ") + kWebhookId;
const QString kMarkedLabel = MarkingTranslator::kMark + kLabel;
const QByteArray kValue = QByteArrayLiteral("phrase-test-4c2e9a7b-secret-value");
const QByteArray kRegistered = QByteArrayLiteral("https://example.com/hooks/vipps?env=test");
const QByteArray kUnknownWebhookId = QByteArrayLiteral("ffffffff-9999-4999-8999-000000000009");

Http::Request delivery(const QByteArray &secretValue = kValue, const QByteArray &signedUrl = kRegistered)
{
    Http::Request r = signedDelivery(secretValue, url(signedUrl), kCommLogBody, kDerivedNow);
    r.target = Scheme::pathAndQueryOf(url(kRegistered));
    return r;
}

Verification verify(const Http::Request &request, const QDateTime &now)
{
    Verifier verifier;
    verifier.setSecrets({Secret::ofWebhook(kWebhookId, kValue)});
    verifier.setRegisteredUrl(url(kRegistered));
    return verifier.verify(request, now);
}

} // namespace

class TestTranslatedReasons : public QObject
{
    Q_OBJECT

private slots:
    void withoutTranslationItIsEnglish();
    void secretLabels();
    void reasonsInTheUserLanguage_data();
    void reasonsInTheUserLanguage();
};

void TestTranslatedReasons::withoutTranslationItIsEnglish()
{
    const Verification v = verify(delivery(), kDerivedNow);
    QCOMPARE(v.translatedReason(), v.reason);
    QCOMPARE(v.secretLabel.translated(), kLabel);
}

void TestTranslatedReasons::secretLabels()
{
    const MarkingTranslator translator;
    const Secret webhook = Secret::ofWebhook(kWebhookId, kValue);
    QCOMPARE(webhook.webhookId, kWebhookId);
    QCOMPARE(webhook.label.english(), kLabel);
    QCOMPARE(webhook.label.translated(), kMarkedLabel);
    const Secret second = Secret::numbered(2, kValue);
    QVERIFY(second.webhookId.isEmpty());
    QCOMPARE(second.label.english(), QStringLiteral("secret #2"));
    QCOMPARE(second.label.translated(), QStringLiteral("[nb] secret #2"));
}

void TestTranslatedReasons::reasonsInTheUserLanguage_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("forTheApp");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("translated");

    const QString mark = MarkingTranslator::kMark;
    QTest::newRow("valid") << delivery() << kDerivedNow << false << QStringLiteral("signature matches ") + kLabel
                           << mark + QStringLiteral("signature matches ") + kMarkedLabel;

    Http::Request tampered = delivery();
    tampered.body.replace("12100", "100");
    const QString changedBody =
        QStringLiteral("the body differs from what was signed (x-ms-content-sha256 does not match): something "
                       "between Vipps and you changed the body, or the signer hashed different bytes");
    QTest::newRow("invalid") << tampered << kDerivedNow << false << changedBody << mark + changedBody;

    const QString withoutQuery = QStringLiteral(
        "%1 for path \"/hooks/vipps\" without the query string, not \"/hooks/vipps?env=test\": the signer dropped the "
        "query; Vipps signs the path and query of the registered URL");
    QTest::newRow("diagnosis") << delivery(kValue, "https://example.com/hooks/vipps") << kDerivedNow << false
                               << QStringLiteral("the signature matches ") + withoutQuery.arg(kLabel)
                               << mark + QStringLiteral("the signature matches ") + withoutQuery.arg(kMarkedLabel);

    const QString stale = QStringLiteral("x-ms-date is 400 s in the past; allowed skew is 300 s: check the clocks, or "
                                         "this is a replay (the %1signature matches %2)");
    QTest::newRow("stale") << delivery() << kDerivedNow.addSecs(400) << false << stale.arg(QString(), kLabel)
                           << mark + stale.arg(mark, kMarkedLabel);

    Http::Request unsignedRequest = delivery();
    removeHeader(&unsignedRequest, "Authorization");
    const QString notSigned = QStringLiteral(
        "the request is not signed: it has %1no Authorization header and %1no X-Vipps-Authorization header. Vipps "
        "signs every delivery with HMAC-SHA256 in Authorization and X-Vipps-Authorization; some proxies strip "
        "Authorization");
    QTest::newRow("unsigned") << unsignedRequest << kDerivedNow << false << notSigned.arg(QString())
                              << mark + notSigned.arg(mark);

    Http::Request otherWebhook = delivery("another-secret");
    otherWebhook.headers.append(Http::Header{"Webhook-Id", kUnknownWebhookId});
    const QString notHeld = QStringLiteral(
        "the delivery is for webhook ffffffff-9999-4999-8999-000000000009, whose secret this app does not hold, and "
        "no secret it holds matches (1 tried): add the secret Vipps returned when this webhook was registered (Add "
        "the secret of this webhook), or register the webhook in this app");
    QTest::newRow("missing secret, worded for the app")
        << otherWebhook << kDerivedNow << true << notHeld << mark + notHeld;
}

void TestTranslatedReasons::reasonsInTheUserLanguage()
{
    QFETCH(Http::Request, request);
    QFETCH(QDateTime, now);
    QFETCH(bool, forTheApp);
    QFETCH(QString, english);
    QFETCH(QString, translated);

    const MarkingTranslator translator;
    Verification v = verify(request, now);
    if (forTheApp)
        addressReason(&v, Audience::App);
    QCOMPARE(v.reason, english); // what the journal and the command line say
    QCOMPARE(v.translatedReason(), translated);
}

QTEST_GUILESS_MAIN(TestTranslatedReasons)
#include "tst_translatedreasons.moc"
