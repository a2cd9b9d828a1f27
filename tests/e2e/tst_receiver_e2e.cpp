// SPDX-License-Identifier: MIT
// The receiver end to end: real sockets, signed and tampered deliveries, answers and journal lines.
#include "http/server.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "rawhttpclient.h"
#include "receiver/webhookhandler.h"
#include "signature/scheme.h"
#include "signature/signer.h"
#include "signeddelivery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray SecretA = QByteArrayLiteral("A0+AeKBRe2eTestSecretNumberOne/xyz==");
const QByteArray SecretB = QByteArrayLiteral("090a478d-37ff-4e77-970e-d457aeb26a3a");

QByteArray eventBody(const QByteArray &reference, const QByteArray &name)
{
    return R"({"msn":"123456","reference":")" + reference + R"(","pspReference":"psp-)" + reference +
           R"(","name":")" + name + R"(","amount":{"currency":"NOK","value":1000},)" +
           R"("timestamp":"2026-11-26T12:00:00.000Z","idempotencyKey":"k-)" + reference + R"(","success":true})";
}
QByteArray withDateOneSecondLater(QByteArray bytes)
{
    const qsizetype start = bytes.indexOf("x-ms-date: ") + 11;
    const qsizetype end = bytes.indexOf("\r\n", start);
    const QDateTime date = Signature::Scheme::parseDate(bytes.mid(start, end - start));
    return bytes.replace(start, end - start, Signature::Scheme::formatDate(date.addSecs(1)));
}
} // namespace

class TestReceiverEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signedAndTamperedDeliveries_data();
    void signedAndTamperedDeliveries();
    void pipelinedDeliveriesKeepOrderInJournal();
    void chunkedDeliveryVerifies();
    void webhookIdPicksTheSecret();
    void publicUrlHostIsUsed();
    void rejectionsLeaveEarlierEntriesIntact();

private:
    QByteArray deliveryBytes(const QByteArray &secret, const QByteArray &body, const QByteArray &path = "/hooks/vipps",
                             const QByteArray &extraHeaders = {});
    QList<Journal::Entry> journal() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Journal::Writer> m_journal;
    std::unique_ptr<Receiver::WebhookHandler> m_handler;
    std::unique_ptr<Http::Server> m_server;
};

void TestReceiverEndToEnd::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("journal.jsonl")));
    m_journal = std::make_unique<Journal::Writer>();
    QString error;
    QVERIFY2(m_journal->open(m_dir.filePath(QStringLiteral("journal.jsonl")), &error), qPrintable(error));
    m_handler = std::make_unique<Receiver::WebhookHandler>();
    m_handler->setJournal(m_journal.get());
    m_handler->verifier().setSecrets({{QStringLiteral("wh-a"), SecretA, QStringLiteral("webhook wh-a")},
                                      {QStringLiteral("wh-b"), SecretB, QStringLiteral("webhook wh-b")}});
    m_server = std::make_unique<Http::Server>(m_handler.get());
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestReceiverEndToEnd::cleanup()
{
    m_server.reset();
    m_handler.reset();
    m_journal.reset();
}

QByteArray TestReceiverEndToEnd::deliveryBytes(const QByteArray &secret, const QByteArray &body,
                                               const QByteArray &path, const QByteArray &extraHeaders)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()) + QString::fromUtf8(path));
    return signedDeliveryBytes(url, secret, body, extraHeaders);
}

QList<Journal::Entry> TestReceiverEndToEnd::journal() const
{
    const Journal::ReadResult read = Journal::Reader::readFile(m_dir.filePath(QStringLiteral("journal.jsonl")));
    return read.entries;
}

void TestReceiverEndToEnd::signedAndTamperedDeliveries_data()
{
    QTest::addColumn<QByteArray>("tamper");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("result");
    QTest::newRow("untouched") << QByteArray() << 200 << QStringLiteral("valid");
    QTest::newRow("body changed") << QByteArray("body") << 401 << QStringLiteral("invalid");
    QTest::newRow("signature changed") << QByteArray("signature") << 401 << QStringLiteral("invalid");
    QTest::newRow("date changed") << QByteArray("date") << 401 << QStringLiteral("invalid");
    QTest::newRow("authorization removed") << QByteArray("unsigned") << 401 << QStringLiteral("unsigned");
    QTest::newRow("unknown secret") << QByteArray("secret") << 401 << QStringLiteral("invalid");
}

void TestReceiverEndToEnd::signedAndTamperedDeliveries()
{
    QFETCH(QByteArray, tamper);
    QFETCH(int, status);
    QFETCH(QString, result);
    const QByteArray body = eventBody("e2e-order-0001", "AUTHORIZED");
    QByteArray bytes = deliveryBytes(tamper == "secret" ? QByteArray("not-the-secret") : SecretA, body);
    if (tamper == "body")
        bytes.replace("\"value\":1000", "\"value\":9000");
    if (tamper == "signature")
        bytes.replace("Signature=", "Signature=AAAA");
    if (tamper == "date")
        bytes = withDateOneSecondLater(bytes); // still fresh, but not the date that was signed
    if (tamper == "unsigned")
        bytes.replace("Authorization: HMAC", "X-Other: HMAC");

    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(bytes);
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, status);
    if (status != 200)
        QVERIFY(response.body.contains(result.toUtf8()));

    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().result, result);
    QCOMPARE(entries.first().status, status);
    QCOMPARE(entries.first().headers.value("User-Agent"), QByteArray("Vipps MobilePay/1.0 Webhooks/1.0"));
    QVERIFY(entries.first().remote.startsWith(QLatin1String("127.0.0.1:")));
}

void TestReceiverEndToEnd::pipelinedDeliveriesKeepOrderInJournal()
{
    const QList<QByteArray> names = {"CREATED", "AUTHORIZED", "CAPTURED", "REFUNDED"};
    QByteArray bytes;
    for (const QByteArray &name : names)
        bytes += deliveryBytes(SecretA, eventBody("e2e-pipelined-1", name));
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(bytes);
    const QList<RawResponse> responses = client.readResponses(int(names.size()));
    QCOMPARE(responses.size(), names.size());
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(responses.at(i).status, 200);
        QCOMPARE(entries.at(i).seq, qint64(i + 1));
        QVERIFY(entries.at(i).body.contains(names.at(i)));
        QCOMPARE(entries.at(i).result, QStringLiteral("valid"));
    }
}

void TestReceiverEndToEnd::chunkedDeliveryVerifies()
{
    const QByteArray body = eventBody("e2e-chunked-01", "CAPTURED");
    QByteArray bytes = deliveryBytes(SecretB, body);
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    QByteArray head = bytes.left(headerEnd);
    head.replace("Content-Length: " + QByteArray::number(body.size()), "Transfer-Encoding: chunked");
    QByteArray chunked;
    for (qsizetype i = 0; i < body.size(); i += 17) {
        const QByteArray piece = body.mid(i, 17);
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(head + "\r\n\r\n" + chunked);
    QCOMPARE(client.readResponse().status, 200);
    QCOMPARE(journal().first().body, body);
}

void TestReceiverEndToEnd::webhookIdPicksTheSecret()
{
    const QByteArray body = eventBody("e2e-webhookid1", "AUTHORIZED");
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(deliveryBytes(SecretB, body, "/hooks/vipps", "Webhook-Id: wh-b\r\n"));
    QCOMPARE(client.readResponse().status, 200);
    QCOMPARE(journal().first().webhookId, QStringLiteral("wh-b"));
}

void TestReceiverEndToEnd::publicUrlHostIsUsed()
{
    // Behind a tunnel, Vipps signs the public host while the Host header names the tunnel's target.
    m_handler->verifier().setPublicUrl(QUrl(QStringLiteral("https://abc123.tunnel.example/hooks/vipps")));
    const QByteArray body = eventBody("e2e-tunnel-001", "AUTHORIZED");
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(
        SecretA, QUrl(QStringLiteral("https://abc123.tunnel.example/hooks/vipps")), body,
        QDateTime::currentDateTimeUtc());
    QByteArray bytes = "POST /hooks/vipps HTTP/1.1\r\nHost: 127.0.0.1\r\nx-ms-date: " + signedHeaders.xMsDate +
                       "\r\nx-ms-content-sha256: " + signedHeaders.contentHash +
                       "\r\nAuthorization: " + signedHeaders.authorization +
                       "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(bytes);
    QCOMPARE(client.readResponse().status, 200);
}

void TestReceiverEndToEnd::rejectionsLeaveEarlierEntriesIntact()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(deliveryBytes(SecretA, eventBody("e2e-before-01", "AUTHORIZED")));
    QCOMPARE(client.readResponse().status, 200);
    const QList<QByteArray> badInputs = {
        "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
        "POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
        QByteArray::fromHex("160301020001000001fc0303"), // a TLS ClientHello to the plain-HTTP port: 400 at once
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffffff\r\n",
    };
    for (const QByteArray &bad : badInputs) {
        RawHttpClient badClient;
        QVERIFY(badClient.connectTo(m_server->serverPort()));
        badClient.send(bad);
        const RawResponse r = badClient.readResponse();
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(QString::number(r.status)));
    }
    client.send(deliveryBytes(SecretA, eventBody("e2e-after-002", "CAPTURED")));
    QCOMPARE(client.readResponse().status, 200);
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).body.contains("e2e-before-01"));
    QVERIFY(entries.at(1).body.contains("e2e-after-002"));
}

QTEST_GUILESS_MAIN(TestReceiverEndToEnd)
#include "tst_receiver_e2e.moc"
