// SPDX-License-Identifier: MIT
// The simulator's landing page (Sim::LandingPage, docs/vipps-wire.md §6) over HTTP only: payments are created through the
// ePayment API of a Sim::Simulator on a loopback Http::Server, the page is opened at the create answer's
// redirectUrl and the customer's forms are posted with a raw client. Bodies are never printed: they carry tokens.
#include "awaitcall.h"
#include "api/apiclient.h"
#include "api/epaymentapi.h"
#include "apitestsupport.h"
#include "http/server.h"
#include "rawhttpclient.h"
#include "sim/epaymentroutes.h"
#include "sim/landingpage.h"
#include "sim/paymentledger.h"
#include "sim/simulator.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using AwaitCall::Result;
using AwaitCall::await;
using AwaitCall::awaitDone;

namespace {

const QString kReference = QStringLiteral("landing-order-0001");
const QByteArray kApprove = "/landing/approve";
const QByteArray kReject = "/landing/reject";
const QByteArray kFormType = "application/x-www-form-urlencoded";
const QByteArray kHtml = "text/html; charset=utf-8";

Api::CreatePaymentRequest paymentRequest(qint64 value = 4900, const QString &currency = QStringLiteral("NOK"))
{
    Api::CreatePaymentRequest request;
    request.amount = {value, currency};
    request.reference = kReference;
    request.userFlow = QStringLiteral("WEB_REDIRECT");
    request.returnUrl = QStringLiteral("https://shop.example/return");
    request.paymentDescription = QStringLiteral("Coffee and a bun");
    return request;
}

QString tokenOf(const QString &redirectUrl)
{
    return QUrlQuery(QUrl(redirectUrl)).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
}

// As a browser sends a form field: UTF-8, percent-encoded, a space as '+'.
QByteArray formValue(const QString &value)
{
    return QUrl::toPercentEncoding(value, " ").replace(' ', '+');
}

QByteArray tokenForm(const QString &token)
{
    return "token=" + formValue(token);
}

QByteArray landingTarget(const QString &token)
{
    return "/landing?token=" + QUrl::toPercentEncoding(token);
}

QString bodyText(const RawResponse &response)
{
    return QString::fromUtf8(response.body);
}

QByteArray hiddenTokenField(const QString &token)
{
    return "<input type=\"hidden\" name=\"token\" value=\"" + token.toHtmlEscaped().toUtf8() + "\">";
}

} // namespace

class TestLandingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsCreatedPayment_data();
    void showsCreatedPayment();
    void customerChoice_data();
    void customerChoice();
    void secondChoiceExplained_data();
    void secondChoiceExplained();
    void failingTestAmount_data();
    void failingTestAmount();
    void escapesPaymentText_data();
    void escapesPaymentText();
    void finishedElsewhere_data();
    void finishedElsewhere();
    void returnLink_data();
    void returnLink();
    void invalidLink_data();
    void invalidLink();
    void routing_data();
    void routing();
    void badForm_data();
    void badForm();
    void formDecoding_data();
    void formDecoding();

private:
    Api::ClientConfig clientConfig() const;
    Result<Api::CreatedPayment> create(const Api::CreatePaymentRequest &request);
    QString state();
    QStringList eventNames();
    RawResponse fetch(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                      const QByteArray &contentType = {});
    RawResponse open(const QString &redirectUrl);
    RawResponse post(const QByteArray &path, const QString &token);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sim::PaymentLedger> m_ledger;
    std::unique_ptr<Sim::EPaymentRoutes> m_routes;
    std::unique_ptr<Sim::LandingPage> m_landing;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Http::Server> m_server;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::EPaymentApi> m_api;
    QDateTime m_now;
    int m_keys = 0;
};

void TestLandingPage::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestLandingPage::init()
{
    m_now = QDateTime(QDate(2026, 1, 19), QTime(12, 0), Qt::UTC);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_ledger = std::make_unique<Sim::PaymentLedger>();
    m_ledger->setClock([this] { return m_now; });
    m_routes = std::make_unique<Sim::EPaymentRoutes>(m_ledger.get());
    m_landing = std::make_unique<Sim::LandingPage>(m_ledger.get());
    m_simulator = std::make_unique<Sim::Simulator>();
    m_simulator->setEPaymentHandler(m_routes.get());
    m_simulator->setLandingPage(m_landing.get());
    m_server = std::make_unique<Http::Server>(m_simulator.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_ledger->setLandingPageUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/landing").arg(m_server->serverPort())));
    m_client = std::make_unique<Api::ApiClient>(m_network.get(), clientConfig());
    m_api = std::make_unique<Api::EPaymentApi>(m_client.get());
}

void TestLandingPage::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
    m_simulator.reset();
    m_landing.reset();
    m_routes.reset();
    m_ledger.reset();
    m_network.reset();
}

Api::ClientConfig TestLandingPage::clientConfig() const
{
    return ApiTest::simulatorConfig(m_server->serverPort());
}

Result<Api::CreatedPayment> TestLandingPage::create(const Api::CreatePaymentRequest &request)
{
    const QString key = QStringLiteral("landing-key-%1").arg(++m_keys);
    return await<Api::CreatedPayment>([&](auto done) { m_api->create(request, key, done); });
}

// The payment's state as the merchant reads it: GET /epayment/v1/payments/{reference}.
QString TestLandingPage::state()
{
    const Result<Api::Payment> payment = await<Api::Payment>([&](auto done) { m_api->get(kReference, done); });
    return payment.error.ok() ? payment.value.state : payment.error.summary();
}

QStringList TestLandingPage::eventNames()
{
    const Result<QList<Api::PaymentEvent>> log =
        await<QList<Api::PaymentEvent>>([&](auto done) { m_api->events(kReference, done); });
    QStringList names;
    for (const Api::PaymentEvent &event : log.value)
        names.append(event.name);
    return names;
}

// One request as the customer's browser sends it: no token, no subscription key.
RawResponse TestLandingPage::fetch(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                   const QByteArray &contentType)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttpClient client;
    if (!client.connectTo(m_server->serverPort()))
        return {};
    client.send(bytes);
    return client.readResponse();
}

// Follows a create answer's redirectUrl, which must point at this server.
RawResponse TestLandingPage::open(const QString &redirectUrl)
{
    const QUrl url(redirectUrl);
    if (url.host() != QLatin1String("127.0.0.1") || url.port() != m_server->serverPort())
        return {};
    return fetch("GET", url.path(QUrl::FullyEncoded).toUtf8() + '?' + url.query(QUrl::FullyEncoded).toUtf8());
}

RawResponse TestLandingPage::post(const QByteArray &path, const QString &token)
{
    return fetch("POST", path, tokenForm(token), kFormType);
}

void TestLandingPage::showsCreatedPayment_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("amountText");

    QTest::newRow("NOK whole kroner") << QStringLiteral("NOK") << qint64(4900) << QStringLiteral("Coffee and a bun")
                                      << QStringLiteral("NOK 49.00");
    QTest::newRow("NOK with øre") << QStringLiteral("NOK") << qint64(12345) << QStringLiteral("Smørbrød og kaffe")
                                  << QStringLiteral("NOK 123.45");
    QTest::newRow("DKK below one krone") << QStringLiteral("DKK") << qint64(5) << QStringLiteral("Wienerbrød")
                                         << QStringLiteral("DKK 0.05");
    QTest::newRow("EUR at the API's maximum") << QStringLiteral("EUR") << qint64(65000000)
                                              << QStringLiteral("A small island") << QStringLiteral("EUR 650000.00");
}

// docs/vipps-wire.md §6: the redirectUrl opens a self-contained page with the payment and the customer's two choices.
void TestLandingPage::showsCreatedPayment()
{
    QFETCH(QString, currency);
    QFETCH(qint64, value);
    QFETCH(QString, description);
    QFETCH(QString, amountText);

    Api::CreatePaymentRequest request = paymentRequest(value, currency);
    request.paymentDescription = description;
    const Result<Api::CreatedPayment> created = create(request);
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const RawResponse page = open(created.value.redirectUrl);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), kHtml);
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(page.header("Content-Security-Policy"),
             QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"));

    const QString html = bodyText(page);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    for (const QString &part :
         {QStringLiteral("not the real Vipps"), amountText, description, kReference,
          Sim::SimCredentials().merchantSerialNumber, QStringLiteral("CREATED"), QStringLiteral("prefers-color-scheme"),
          QStringLiteral("<form method=\"post\" action=\"/landing/approve\">"),
          QStringLiteral("<form method=\"post\" action=\"/landing/reject\">")})
        QVERIFY2(html.contains(part), qPrintable(QStringLiteral("the page lacks: ") + part));
    QCOMPARE(html.count(QLatin1String("<form ")), 2);
    QCOMPARE(page.body.count(hiddenTokenField(tokenOf(created.value.redirectUrl))), 2);
    for (const char *outside : {"<script", "<link", "<img", "src=", "<a "})
        QVERIFY2(!html.contains(QLatin1String(outside)), outside);
}

void TestLandingPage::customerChoice_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("approve") << kApprove << QStringLiteral("AUTHORIZED") << QStringLiteral("You approved");
    QTest::newRow("reject") << kReject << QStringLiteral("ABORTED") << QStringLiteral("You rejected");
}

// Post/redirect/get: the choice answers 303 to the page, which then says what happened; the merchant sees the new
// state and its event (docs/vipps-wire.md §6 "States and events").
void TestLandingPage::customerChoice()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, state);
    QFETCH(QString, outcome);

    const Result<Api::CreatedPayment> created = create(paymentRequest());
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QString token = tokenOf(created.value.redirectUrl);
    const RawResponse answer = post(path, token);
    QCOMPARE(answer.status, 303);
    QVERIFY2(answer.header("Location") == landingTarget(token), "Location is not the payment's page");
    QVERIFY(answer.body.isEmpty());

    const RawResponse page = fetch("GET", answer.header("Location"));
    QCOMPARE(page.status, 200);
    QVERIFY2(bodyText(page).contains(outcome), qPrintable(outcome));
    QVERIFY(!page.body.contains("<form"));
    QCOMPARE(this->state(), state);
    QCOMPARE(eventNames(), (QStringList{QStringLiteral("CREATED"), state}));
}

void TestLandingPage::secondChoiceExplained_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("approve twice") << kApprove << kApprove << QStringLiteral("AUTHORIZED")
                                   << QStringLiteral("Payment cannot be approved");
    QTest::newRow("reject after approving")
        << kApprove << kReject << QStringLiteral("AUTHORIZED") << QStringLiteral("Payment cannot be rejected");
    QTest::newRow("approve after rejecting")
        << kReject << kApprove << QStringLiteral("ABORTED") << QStringLiteral("Payment cannot be approved");
}

// A second choice (another tab, the back button) is refused with 409 and explained; nothing changes.
void TestLandingPage::secondChoiceExplained()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, state);
    QFETCH(QString, refusal);

    const Result<Api::CreatedPayment> created = create(paymentRequest());
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QString token = tokenOf(created.value.redirectUrl);
    QCOMPARE(post(first, token).status, 303);
    const RawResponse again = post(second, token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.header("Content-Type"), kHtml);
    const QString html = bodyText(again);
    QVERIFY2(html.contains(refusal), qPrintable(refusal));
    QVERIFY(html.contains(QLatin1String("role=\"alert\"")));
    QVERIFY(!html.contains(QLatin1String("<form")));
    QCOMPARE(this->state(), state);
    QCOMPARE(eventNames().size(), 2);
}

void TestLandingPage::failingTestAmount_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("reason");

    QTest::newRow("151 insufficient funds") << qint64(151) << QStringLiteral("insufficient funds");
    QTest::newRow("186 expired card") << qint64(186) << QStringLiteral("expired card");
    QTest::newRow("202 strong customer authentication")
        << qint64(202) << QStringLiteral("strong customer authentication required");
}

// docs/vipps-wire.md §6 (KIT-test): approving a test amount fails with the ledger's 400, shown with its reason; the
// payment stays CREATED with both buttons, and the customer may still reject it.
void TestLandingPage::failingTestAmount()
{
    QFETCH(qint64, value);
    QFETCH(QString, reason);

    const Result<Api::CreatedPayment> created = create(paymentRequest(value));
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QString token = tokenOf(created.value.redirectUrl);
    const RawResponse refused = post(kApprove, token);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.header("Content-Type"), kHtml);
    const QString html = bodyText(refused);
    QVERIFY(html.contains(QLatin1String("Payment not approved")));
    QVERIFY2(html.contains(reason), qPrintable(reason));
    QCOMPARE(html.count(QLatin1String("<form ")), 2);
    QCOMPARE(state(), QStringLiteral("CREATED"));
    QCOMPARE(eventNames(), QStringList{QStringLiteral("CREATED")});

    QCOMPARE(post(kReject, token).status, 303);
    QCOMPARE(state(), QStringLiteral("ABORTED"));
}

void TestLandingPage::escapesPaymentText_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("script element") << QStringLiteral("<script>alert(1)</script>")
                                    << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("quotes, ampersand and markup") << QStringLiteral("Tom & Jerry's \"best\" <b>deal</b>")
                                                  << QStringLiteral("Tom &amp; Jerry's &quot;best&quot; "
                                                                    "&lt;b&gt;deal&lt;/b&gt;");
    QTest::newRow("attribute breakout") << QStringLiteral("\"><img src=x onerror=alert(1)>")
                                        << QStringLiteral("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    QTest::newRow("placeholders stay text") << QStringLiteral("Order %2 of %1") << QStringLiteral("Order %2 of %1");
}

// The merchant's text reaches the page only HTML-escaped.
void TestLandingPage::escapesPaymentText()
{
    QFETCH(QString, description);
    QFETCH(QString, escaped);

    Api::CreatePaymentRequest request = paymentRequest();
    request.paymentDescription = description;
    const Result<Api::CreatedPayment> created = create(request);
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QString html = bodyText(open(created.value.redirectUrl));
    QVERIFY2(html.contains(escaped), qPrintable(escaped));
    QVERIFY(description == escaped || !html.contains(description));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
}

void TestLandingPage::finishedElsewhere_data()
{
    QTest::addColumn<bool>("expire"); // else the merchant cancels
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("expired") << true << QStringLiteral("EXPIRED") << QStringLiteral("This payment expired");
    QTest::newRow("cancelled by the merchant")
        << false << QStringLiteral("TERMINATED") << QStringLiteral("The merchant cancelled");
}

// docs/vipps-wire.md §6 "Timeouts" and cancel: a payment that ended without the customer shows how it ended, with no
// buttons, and a late approval is refused with 409.
void TestLandingPage::finishedElsewhere()
{
    QFETCH(bool, expire);
    QFETCH(QString, state);
    QFETCH(QString, outcome);

    const Result<Api::CreatedPayment> created = create(paymentRequest());
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    if (expire) {
        m_now = m_now.addSecs(10 * 60 + 1);
    } else {
        const Result<Api::Payment> cancelled = await<Api::Payment>(
            [&](auto done) { m_api->cancel(kReference, Api::CancelRequest{}, QStringLiteral("cancel-1"), done); });
        QVERIFY2(cancelled.error.ok(), qPrintable(cancelled.error.summary()));
    }

    const RawResponse page = open(created.value.redirectUrl);
    QCOMPARE(page.status, 200);
    const QString html = bodyText(page);
    QVERIFY2(html.contains(outcome), qPrintable(outcome));
    QVERIFY(html.contains(state));
    QVERIFY(!html.contains(QLatin1String("<form")));

    const RawResponse late = post(kApprove, tokenOf(created.value.redirectUrl));
    QCOMPARE(late.status, 409);
    QVERIFY(bodyText(late).contains(QLatin1String("Payment cannot be approved")));
    QCOMPARE(this->state(), state);
}

void TestLandingPage::returnLink_data()
{
    QTest::addColumn<QString>("userFlow");
    QTest::addColumn<QString>("returnUrl");
    QTest::addColumn<QString>("link"); // empty: no link at all

    const QString web = QStringLiteral("WEB_REDIRECT");
    QTest::newRow("https with a query") << web << QStringLiteral("https://shop.example/return?order=1&step=2")
                                        << QStringLiteral("<a href=\"https://shop.example/return?order=1&amp;step=2\"");
    QTest::newRow("custom app scheme") << web << QStringLiteral("myshop://paid?order=1")
                                       << QStringLiteral("<a href=\"myshop://paid?order=1\"");
    QTest::newRow("javascript is never a link") << web << QStringLiteral("javascript:alert(1)") << QString();
    QTest::newRow("data is never a link") << web << QStringLiteral("data:text/html,hello") << QString();
    QTest::newRow("no returnUrl") << QStringLiteral("NATIVE_REDIRECT") << QString() << QString();
}

// Once the payment has left CREATED, the page links back to the merchant's returnUrl (docs/vipps-wire.md §6: https or a
// custom app scheme), HTML-escaped; while the customer still has to choose, there is no link.
void TestLandingPage::returnLink()
{
    QFETCH(QString, userFlow);
    QFETCH(QString, returnUrl);
    QFETCH(QString, link);

    Api::CreatePaymentRequest request = paymentRequest();
    request.userFlow = userFlow;
    request.returnUrl = returnUrl;
    const Result<Api::CreatedPayment> created = create(request);
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    QVERIFY(!open(created.value.redirectUrl).body.contains("<a "));

    QCOMPARE(post(kApprove, tokenOf(created.value.redirectUrl)).status, 303);
    const QString html = bodyText(open(created.value.redirectUrl));
    QVERIFY(html.contains(QLatin1String("You approved")));
    if (link.isEmpty()) {
        QVERIFY(!html.contains(QLatin1String("<a ")));
        QVERIFY(!html.contains(QLatin1String("href=")));
    } else {
        QVERIFY2(html.contains(link), qPrintable(link));
    }
}

void TestLandingPage::invalidLink_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("form");

    QTest::newRow("unknown token") << QByteArray("GET") << QByteArray("/landing?token=no-such-token") << QByteArray();
    QTest::newRow("no query") << QByteArray("GET") << QByteArray("/landing") << QByteArray();
    QTest::newRow("empty token") << QByteArray("GET") << QByteArray("/landing?token=") << QByteArray();
    QTest::newRow("other field only") << QByteArray("GET") << QByteArray("/landing?order=1") << QByteArray();
    QTest::newRow("approve with unknown token") << QByteArray("POST") << kApprove << QByteArray("token=no-such-token");
    QTest::newRow("reject with unknown token") << QByteArray("POST") << kReject << QByteArray("token=no-such-token");
}

// A link without a payment behind it (made up, or from before the simulator restarted) → 404, explained.
void TestLandingPage::invalidLink()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, form);

    QVERIFY(create(paymentRequest()).error.ok());
    const RawResponse page = fetch(method, target, form, form.isEmpty() ? QByteArray() : kFormType);
    QCOMPARE(page.status, 404);
    QCOMPARE(page.header("Content-Type"), kHtml);
    QVERIFY(bodyText(page).contains(QLatin1String("Payment link not valid")));
    QCOMPARE(state(), QStringLiteral("CREATED"));
}

void TestLandingPage::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("GET on approve") << QByteArray("GET") << kApprove << 405 << QByteArray("POST");
    QTest::newRow("GET on reject") << QByteArray("GET") << kReject << 405 << QByteArray("POST");
    QTest::newRow("PUT on approve") << QByteArray("PUT") << kApprove << 405 << QByteArray("POST");
    QTest::newRow("POST on the page") << QByteArray("POST") << QByteArray("/landing") << 405 << QByteArray("GET");
    QTest::newRow("DELETE on the page") << QByteArray("DELETE") << QByteArray("/landing?token=x") << 405
                                        << QByteArray("GET");
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/landing/") << 404 << QByteArray();
    QTest::newRow("unknown sub path") << QByteArray("GET") << QByteArray("/landing/cancel") << 404 << QByteArray();
    QTest::newRow("too deep") << QByteArray("POST") << QByteArray("/landing/approve/1") << 404 << QByteArray();
}

// Only GET on the page and POST on the two actions; anything else under /landing is an HTML 404 or 405.
void TestLandingPage::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);

    const RawResponse page = fetch(method, target);
    QTEST(page.status, "status");
    QTEST(page.header("Allow"), "allow");
    QCOMPARE(page.header("Content-Type"), kHtml);
}

void TestLandingPage::badForm_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("form"); // TOKEN is replaced by the payment's token, form-encoded
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state");

    const QString created = QStringLiteral("CREATED");
    QTest::newRow("no content type") << QByteArray() << QByteArray("token=TOKEN") << 415 << created;
    QTest::newRow("JSON") << QByteArray("application/json") << QByteArray(R"({"token":"TOKEN"})") << 415 << created;
    QTest::newRow("plain text") << QByteArray("text/plain") << QByteArray("token=TOKEN") << 415 << created;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << QByteArray("token=TOKEN") << 415
                               << created;
    QTest::newRow("over 4 KiB") << kFormType << "token=TOKEN&pad=" + QByteArray(4096, 'a') << 413 << created;
    QTest::newRow("no token field") << kFormType << QByteArray("reference=TOKEN") << 400 << created;
    QTest::newRow("empty token") << kFormType << QByteArray("token=") << 400 << created;
    QTest::newRow("two token fields") << kFormType << QByteArray("token=TOKEN&token=TOKEN") << 400 << created;
    QTest::newRow("form type with charset, other fields")
        << kFormType + "; charset=UTF-8" << QByteArray("submit=Approve&token=TOKEN") << 303
        << QStringLiteral("AUTHORIZED");
}

// The action forms: application/x-www-form-urlencoded with exactly one token field and a few bytes; anything else
// is refused with an HTML page and changes nothing.
void TestLandingPage::badForm()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, form);
    QFETCH(int, status);

    const Result<Api::CreatedPayment> created = create(paymentRequest());
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QByteArray body = form.replace("TOKEN", formValue(tokenOf(created.value.redirectUrl)));
    const RawResponse answer = fetch("POST", kApprove, body, contentType);
    QCOMPARE(answer.status, status);
    if (status != 303)
        QCOMPARE(answer.header("Content-Type"), kHtml);
    QTEST(state(), "state");
}

void TestLandingPage::formDecoding_data()
{
    QTest::addColumn<bool>("spaceAsPlus");

    QTest::newRow("space as +") << true;
    QTest::newRow("space as %20") << false;
}

// WHATWG URL form decoding: '+' is a space and %2B a '+'; percent-decoding and UTF-8 in the query and in the form.
// The tokens here carry every character that matters.
void TestLandingPage::formDecoding()
{
    QFETCH(bool, spaceAsPlus);

    int ids = 0;
    m_ledger->setIdGenerator([&ids] { return QStringLiteral("tok %1+&=/é").arg(++ids); });
    const Result<Api::CreatedPayment> created = create(paymentRequest());
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    const QString token = tokenOf(created.value.redirectUrl);
    QCOMPARE(token, QStringLiteral("tok 1+&=/é"));

    const RawResponse page = open(created.value.redirectUrl);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body.count(hiddenTokenField(token)), 2);

    const QByteArray encoded = QUrl::toPercentEncoding(token);
    const QByteArray form = "token=" + (spaceAsPlus ? formValue(token) : encoded);
    QCOMPARE(form.contains('+'), spaceAsPlus);
    const RawResponse answer = fetch("POST", kApprove, form, kFormType);
    QCOMPARE(answer.status, 303);
    QCOMPARE(answer.header("Location"), "/landing?token=" + encoded);
    QCOMPARE(fetch("GET", answer.header("Location")).status, 200);
    QCOMPARE(state(), QStringLiteral("AUTHORIZED"));
}

QTEST_GUILESS_MAIN(TestLandingPage)
#include "tst_landingpage.moc"
