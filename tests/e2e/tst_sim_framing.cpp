// SPDX-License-Identifier: MIT
// The local simulator as `vipps-hooks sim` serves it, over a raw socket, for how its answers are framed: HEAD on the
// landing page and the API, the landing page's redirect, and 100-continue (docs/architecture.md §8).
#include "api/epaymentrequest.h"
#include "credentials/demokeys.h"
#include "rawhttpclient.h"
#include "sim/localsimulator.h"
#include "sim/paymentledger.h"

#include <QTest>

#include <memory>

class TestSimFraming : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headGetsTheHeaderFieldsOfGet_data();
    void headGetsTheHeaderFieldsOfGet();
    void absoluteFormIsRoutedByItsPath();
    void refusedAtOnceWhenTheBodyWaits_data();
    void refusedAtOnceWhenTheBodyWaits();
    void tokenCallGetsTheGoAhead();
    void landingPageRedirectSaysSeeOther();

private:
    std::unique_ptr<Sim::LocalSimulator> m_sim;
    RawHttpClient m_client;
};

void TestSimFraming::init()
{
    Sim::SimulatorOptions options;
    options.port = 0;
    m_sim = std::make_unique<Sim::LocalSimulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_client.connectTo(quint16(m_sim->baseUrl().port())));
}

void TestSimFraming::cleanup()
{
    m_client.socket().abort();
    m_sim.reset();
}

void TestSimFraming::headGetsTheHeaderFieldsOfGet_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("landing page, unknown token") << QByteArray("/landing?token=nope") << 404;
    QTest::newRow("webhooks API, no key") << QByteArray("/webhooks/v1/webhooks") << 401;
    QTest::newRow("ePayment API, no key") << QByteArray("/epayment/v1/payments/order-1") << 401;
    QTest::newRow("no such operation") << QByteArray("/nowhere") << 404;
}

// RFC 9110 §9.3.2: HEAD gets the header fields GET gets and no content, so the answer after it on the same
// connection is read exactly.
void TestSimFraming::headGetsTheHeaderFieldsOfGet()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    m_client.send(bareRequest("HEAD", target) + bareRequest("GET", target) + bareRequest("HEAD", target));
    const RawResponse head = m_client.readHeadResponse();
    const RawResponse get = m_client.readResponse();
    const RawResponse headAgain = m_client.readHeadResponse();
    QCOMPARE(get.status, status);
    QVERIFY(!get.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.headersButDate(), get.headersButDate());
    QCOMPARE(headAgain.status, status);
    QCOMPARE(m_client.leftover(), QByteArray());
}

// RFC 9112 §3.2.2: "GET http://host/path HTTP/1.1" reaches the operation at /path.
void TestSimFraming::absoluteFormIsRoutedByItsPath()
{
    const QByteArray origin = m_sim->baseUrl().toEncoded();
    m_client.send(bareRequest("GET", origin + "/webhooks/v1/webhooks") +
                  bareRequest("GET", origin + "/landing?token=nope"));
    const QList<RawResponse> answers = m_client.readResponses(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 401); // the Webhooks API, asking for its key
    QVERIFY(answers.at(0).body.contains("subscription key"));
    QCOMPARE(answers.at(1).status, 404); // the landing page, for a link it does not know
    QCOMPARE(answers.at(1).header("Content-Type"), QByteArray("text/html; charset=utf-8"));
}

void TestSimFraming::refusedAtOnceWhenTheBodyWaits_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("no such operation") << QByteArray("/nowhere") << QByteArray("POST") << 404;
    QTest::newRow("method the operation does not take") << QByteArray("/accesstoken/get") << QByteArray("PUT") << 405;
    QTest::newRow("webhooks API without a key") << QByteArray("/webhooks/v1/webhooks") << QByteArray("POST") << 401;
    QTest::newRow("landing page address that does not exist")
        << QByteArray("/landing/maybe") << QByteArray("POST") << 404;
    QTest::newRow("landing page form as JSON") << QByteArray("/landing/approve") << QByteArray("POST") << 415;
}

// RFC 9110 §10.1.1: a request whose body waits for "100 Continue" gets the final answer at once when its request
// line and header fields decide it, and the connection closes (the body will not follow).
void TestSimFraming::refusedAtOnceWhenTheBodyWaits()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    m_client.send(method + ' ' + path +
                  " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Expect: 100-continue\r\nContent-Length: 20\r\n\r\n");
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, status);
    QCOMPARE(answers.at(0).header("Connection"), QByteArray("close"));
}

// The token call needs its body, so a client that waits for it is told to go on.
void TestSimFraming::tokenCallGetsTheGoAhead()
{
    using Credentials::DemoKeys;
    m_client.send("POST /accesstoken/get HTTP/1.1\r\nHost: 127.0.0.1\r\nclient_id: " + DemoKeys::clientId().toUtf8() +
                  "\r\nclient_secret: " + DemoKeys::clientSecret().toUtf8() + "\r\nOcp-Apim-Subscription-Key: " +
                  DemoKeys::subscriptionKey().toUtf8() + "\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(m_client.readResponse().status, 100);
    m_client.send("{}");
    const RawResponse answer = m_client.readResponse();
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("access_token"));
    QCOMPARE(m_client.socket().state(), QAbstractSocket::ConnectedState);
}

// The customer's approval is answered with a redirect back to the page, under its own reason phrase.
void TestSimFraming::landingPageRedirectSaysSeeOther()
{
    Api::CreatePaymentRequest create;
    create.amount = {4900, QStringLiteral("NOK")};
    create.reference = QStringLiteral("framing-order-0303");
    create.returnUrl = QStringLiteral("https://shop.example/return");
    const QString msn = Credentials::DemoKeys::merchantSerialNumber();
    QVERIFY(m_sim->ledger().create(msn, create, QStringLiteral("key-0303")).ok());
    const QString token = m_sim->ledger().payment(msn, create.reference)->token;
    const QByteArray form = "token=" + QUrl::toPercentEncoding(token);
    m_client.send("POST /landing/approve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "application/x-www-form-urlencoded\r\nContent-Length: " +
                  QByteArray::number(form.size()) + "\r\n\r\n" + form);
    const RawResponse answer = m_client.readResponse();
    QCOMPARE(answer.statusLine, QByteArray("HTTP/1.1 303 See Other"));
    QVERIFY(answer.header("Location").startsWith("/landing?token="));
}

QTEST_GUILESS_MAIN(TestSimFraming)
#include "tst_sim_framing.moc"
