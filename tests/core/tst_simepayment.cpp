// SPDX-License-Identifier: MIT
// The simulator's ePayment API over HTTP (docs/vipps-wire.md §6, §7): Sim::EPaymentRoutes over a PaymentLedger behind
// Sim::Simulator, driven by the project's own ApiClient and EPaymentApi. The lifecycle with its events and
// aggregates, refusals as ApiError with status and ErrorCode, idempotent replays, the required MSN, routing
// (404, 405, bodies, percent-decoded references) and expiry with a fake clock; one raw check of the wire, and
// the member order of every kind of problem answer.
#include "awaitcall.h"
#include "api/apiclient.h"
#include "api/epaymentapi.h"
#include "apitestsupport.h"
#include "http/server.h"
#include "rawhttpclient.h"
#include "sim/epaymentroutes.h"
#include "sim/paymentledger.h"
#include "sim/simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using AwaitCall::Result;
using AwaitCall::await;
using AwaitCall::awaitDone;

namespace {

const QString kReference = QStringLiteral("sim-order-0001");
const QString kPaymentsPath = QStringLiteral("/epayment/v1/payments");
constexpr int kWaitMs = 5000;

Api::CreatePaymentRequest paymentRequest(const QString &reference = kReference, qint64 value = 10000)
{
    Api::CreatePaymentRequest request;
    request.amount = {value, QStringLiteral("NOK")};
    request.reference = reference;
    request.userFlow = QStringLiteral("WEB_REDIRECT");
    request.returnUrl = QStringLiteral("https://example.com/return");
    request.paymentDescription = QStringLiteral("Test payment");
    return request;
}

Api::ModificationRequest modification(qint64 value)
{
    return Api::ModificationRequest{{value, QStringLiteral("NOK")}};
}

Api::ApiRequest rawRequest(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    Api::ApiRequest request;
    request.operation = QStringLiteral("Routing check");
    request.method = method;
    request.path = path;
    request.body = body;
    request.idempotencyKey = QStringLiteral("routing-key-1");
    return request;
}

QString paymentPath(const QString &suffix = {})
{
    return kPaymentsPath + QLatin1Char('/') + kReference + suffix;
}

QString detailNames(const Api::ApiError &error)
{
    QStringList names;
    for (const Api::ExtraDetail &detail : error.extraDetails)
        names.append(detail.name);
    return names.join(QLatin1Char(','));
}

// The top-level members of a problem answer in the order they were written. A member name inside a string value
// is escaped (\"status\":), and extraDetails' own members are not among the names looked for.
QStringList problemMembers(const QByteArray &json)
{
    static const QRegularExpression member(
        QStringLiteral(R"re((?:^\{|,)"(type|title|status|detail|instance|traceId|extraDetails)":)re"));
    QStringList names;
    auto it = member.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QByteArray requestBytes(const QByteArray &method, const QByteArray &path, const Http::HeaderList &headers,
                        const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const Http::Header &header : headers)
        bytes += header.name + ": " + header.value + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestSimEPayment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lifecycle();
    void refusals_data();
    void refusals();
    void createReplay();
    void createKeyReusedWithOtherBody();
    void missingMsn();
    void routing_data();
    void routing();
    void expiryThenApproveRefused();
    void createOnTheWire();
    void problemMemberOrder_data();
    void problemMemberOrder();

private:
    Api::ClientConfig clientConfig() const;
    Result<Api::CreatedPayment> create(const Api::CreatePaymentRequest &request, const QString &key);
    Result<Api::Payment> get(const QString &reference = kReference);
    Result<QList<Api::PaymentEvent>> events(const QString &reference = kReference);
    Result<Api::Payment> capture(qint64 value, const QString &key, const QString &reference = kReference);
    Result<Api::Payment> refund(qint64 value, const QString &key, const QString &reference = kReference);
    Result<Api::Payment> cancel(const QString &key, const QString &reference = kReference);
    Api::ApiError forceApprove(const QString &reference = kReference);
    Api::ApiResponse send(Api::ApiClient *client, const Api::ApiRequest &request);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sim::PaymentLedger> m_ledger;
    std::unique_ptr<Sim::EPaymentRoutes> m_routes;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Http::Server> m_server;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::EPaymentApi> m_api;
    QDateTime m_now;
};

void TestSimEPayment::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestSimEPayment::init()
{
    m_now = QDateTime(QDate(2026, 1, 19), QTime(12, 0), Qt::UTC);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_ledger = std::make_unique<Sim::PaymentLedger>();
    m_ledger->setClock([this] { return m_now; });
    m_routes = std::make_unique<Sim::EPaymentRoutes>(m_ledger.get());
    m_simulator = std::make_unique<Sim::Simulator>();
    m_simulator->setEPaymentHandler(m_routes.get());
    m_server = std::make_unique<Http::Server>(m_simulator.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<Api::ApiClient>(m_network.get(), clientConfig());
    m_api = std::make_unique<Api::EPaymentApi>(m_client.get());
}

void TestSimEPayment::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
    m_simulator.reset();
    m_routes.reset();
    m_ledger.reset();
    m_network.reset();
}

Api::ClientConfig TestSimEPayment::clientConfig() const
{
    return ApiTest::simulatorConfig(m_server->serverPort());
}

Result<Api::CreatedPayment> TestSimEPayment::create(const Api::CreatePaymentRequest &request, const QString &key)
{
    return await<Api::CreatedPayment>([&](auto done) { m_api->create(request, key, done); });
}

Result<Api::Payment> TestSimEPayment::get(const QString &reference)
{
    return await<Api::Payment>([&](auto done) { m_api->get(reference, done); });
}

Result<QList<Api::PaymentEvent>> TestSimEPayment::events(const QString &reference)
{
    return await<QList<Api::PaymentEvent>>([&](auto done) { m_api->events(reference, done); });
}

Result<Api::Payment> TestSimEPayment::capture(qint64 value, const QString &key, const QString &reference)
{
    return await<Api::Payment>([&](auto done) { m_api->capture(reference, modification(value), key, done); });
}

Result<Api::Payment> TestSimEPayment::refund(qint64 value, const QString &key, const QString &reference)
{
    return await<Api::Payment>([&](auto done) { m_api->refund(reference, modification(value), key, done); });
}

Result<Api::Payment> TestSimEPayment::cancel(const QString &key, const QString &reference)
{
    return await<Api::Payment>([&](auto done) { m_api->cancel(reference, Api::CancelRequest{}, key, done); });
}

Api::ApiError TestSimEPayment::forceApprove(const QString &reference)
{
    const Api::ForceApproveRequest request{QStringLiteral("4712345678"), {}};
    const Result<bool> result = await<bool>([&](auto done) {
        m_api->forceApprove(reference, request, [done](const Api::ApiError &error) { done(true, error); });
    });
    return result.error;
}

Api::ApiResponse TestSimEPayment::send(Api::ApiClient *client, const Api::ApiRequest &request)
{
    Api::ApiResponse response;
    bool done = false;
    client->send(request, [&](const Api::ApiResponse &answer) {
        response = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, kWaitMs))
        response.error = Api::ApiError::timeout(kWaitMs);
    return response;
}

// docs/vipps-wire.md §6: create → CREATED → force approve → AUTHORIZED → capture, refund, cancel the rest; the state stays
// AUTHORIZED and the aggregate shows what moved; the event log names each step.
void TestSimEPayment::lifecycle()
{
    const Result<Api::CreatedPayment> created = create(paymentRequest(), QStringLiteral("create-key-1"));
    QVERIFY2(created.done && created.error.ok(), qPrintable(created.error.summary()));
    QCOMPARE(created.value.reference, kReference);
    QVERIFY(created.value.redirectUrl.startsWith(QLatin1String("http")));

    const Result<Api::Payment> fresh = get();
    QVERIFY2(fresh.done && fresh.error.ok(), qPrintable(fresh.error.summary()));
    QCOMPARE(fresh.value.state, QStringLiteral("CREATED"));
    QCOMPARE(fresh.value.amount, (Api::Amount{10000, QStringLiteral("NOK")}));

    const Api::ApiError approved = forceApprove();
    QVERIFY2(approved.ok(), qPrintable(approved.summary()));
    const Result<Api::Payment> authorized = get();
    QCOMPARE(authorized.value.state, QStringLiteral("AUTHORIZED"));
    QCOMPARE(authorized.value.aggregate.authorized.value, 10000);

    const Result<Api::Payment> captured = capture(6000, QStringLiteral("capture-key-1"));
    QVERIFY2(captured.error.ok(), qPrintable(captured.error.summary()));
    QCOMPARE(captured.value.aggregate.captured.value, 6000);
    const Result<Api::Payment> refunded = refund(2500, QStringLiteral("refund-key-1"));
    QVERIFY2(refunded.error.ok(), qPrintable(refunded.error.summary()));
    QCOMPARE(refunded.value.aggregate.refunded.value, 2500);
    const Result<Api::Payment> cancelled = cancel(QStringLiteral("cancel-key-1"));
    QVERIFY2(cancelled.error.ok(), qPrintable(cancelled.error.summary()));
    QCOMPARE(cancelled.value.state, QStringLiteral("AUTHORIZED"));

    const Api::PaymentAggregate aggregate = get().value.aggregate;
    const QList<qint64> totals{aggregate.authorized.value, aggregate.captured.value, aggregate.refunded.value,
                               aggregate.cancelled.value};
    QCOMPARE(totals, (QList<qint64>{10000, 6000, 2500, 4000}));

    const Result<QList<Api::PaymentEvent>> log = events();
    QVERIFY2(log.done && log.error.ok(), qPrintable(log.error.summary()));
    QStringList names;
    QList<qint64> amounts;
    for (const Api::PaymentEvent &event : log.value) {
        names.append(event.name);
        amounts.append(event.amount.value);
        QVERIFY(event.success);
        QCOMPARE(event.reference, kReference);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURED"),
                                 QStringLiteral("REFUNDED"), QStringLiteral("CANCELLED")}));
    QCOMPARE(amounts, (QList<qint64>{10000, 10000, 6000, 2500, 4000}));
    QCOMPARE(log.value.at(2).idempotencyKey, QStringLiteral("capture-key-1"));
}

void TestSimEPayment::refusals_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("operation"); // capture, refund, get, events, approve
    QTest::addColumn<QString>("reference");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("instanceSuffix");

    const QString capture = QStringLiteral("capture");
    const QString unknown = QStringLiteral("sim-order-9999");
    QTest::newRow("capture too much") << true << capture << kReference << qint64(10001) << 400 << QStringLiteral("6090")
                                      << QStringLiteral("/capture");
    QTest::newRow("capture before approval")
        << false << capture << kReference << qint64(100) << 400 << QStringLiteral("6080") << QStringLiteral("/capture");
    QTest::newRow("refund before capture") << true << QStringLiteral("refund") << kReference << qint64(100) << 400
                                           << QStringLiteral("6150") << QStringLiteral("/refund");
    QTest::newRow("get unknown reference")
        << false << QStringLiteral("get") << unknown << qint64(0) << 404 << QStringLiteral("5090") << QString();
    QTest::newRow("events of unknown reference") << false << QStringLiteral("events") << unknown << qint64(0) << 404
                                                 << QStringLiteral("5090") << QStringLiteral("/events");
    QTest::newRow("capture unknown reference")
        << false << capture << unknown << qint64(100) << 404 << QStringLiteral("5090") << QStringLiteral("/capture");
    QTest::newRow("approve unknown reference") << false << QStringLiteral("approve") << unknown << qint64(0) << 404
                                               << QStringLiteral("5090") << QStringLiteral("/approve");
}

// docs/vipps-wire.md §7: domain errors come back as an Http ApiError with the status, the ErrorCode in extraDetails
// and the request path as instance.
void TestSimEPayment::refusals()
{
    QFETCH(bool, approve);
    QFETCH(QString, operation);
    QFETCH(QString, reference);
    QFETCH(qint64, value);
    QFETCH(QString, instanceSuffix);

    QVERIFY(create(paymentRequest(), QStringLiteral("create-key-1")).error.ok());
    if (approve)
        QVERIFY(forceApprove().ok());

    Api::ApiError error;
    if (operation == QLatin1String("capture"))
        error = capture(value, QStringLiteral("capture-key-1"), reference).error;
    else if (operation == QLatin1String("refund"))
        error = refund(value, QStringLiteral("refund-key-1"), reference).error;
    else if (operation == QLatin1String("get"))
        error = get(reference).error;
    else if (operation == QLatin1String("events"))
        error = events(reference).error;
    else
        error = forceApprove(reference);

    QCOMPARE(error.kind, Api::ApiError::Kind::Http);
    QTEST(error.status, "status");
    QTEST(error.errorCode(), "code");
    QCOMPARE(error.extraDetails.first().name, QStringLiteral("ErrorCode"));
    const QString base =
        operation == QLatin1String("approve") ? QStringLiteral("/epayment/v1/test/payments") : kPaymentsPath;
    QCOMPARE(error.instance, base + QLatin1Char('/') + reference + instanceSuffix);
}

// docs/vipps-wire.md §1, §6: the same Idempotency-Key with the same body answers the same again, without a new payment.
void TestSimEPayment::createReplay()
{
    const Api::ApiRequest request = Api::EPaymentApi::createRequest(paymentRequest(), QStringLiteral("create-key-1"));
    const Api::ApiResponse first = send(m_client.get(), request);
    QVERIFY2(first.ok(), qPrintable(first.error.summary()));
    const Api::ApiResponse again = send(m_client.get(), request);
    QVERIFY2(again.ok(), qPrintable(again.error.summary()));
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(events().value.size(), 1);
}

// docs/vipps-wire.md §1, §7: the same key with another body → 409 (ErrorCode 4020 for create).
void TestSimEPayment::createKeyReusedWithOtherBody()
{
    QVERIFY(create(paymentRequest(), QStringLiteral("create-key-1")).error.ok());
    const Result<Api::CreatedPayment> reused =
        create(paymentRequest(kReference, 20000), QStringLiteral("create-key-1"));
    QCOMPARE(reused.error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(reused.error.status, 409);
    QCOMPARE(reused.error.errorCode(), QStringLiteral("4020"));
    QCOMPARE(get().value.amount.value, 10000);
}

// docs/vipps-wire.md §6: Merchant-Serial-Number is required; a client that sends none (partner keys without an MSN)
// gets a 400 naming the header, and nothing is created.
void TestSimEPayment::missingMsn()
{
    Api::ClientConfig config = clientConfig();
    config.merchantSerialNumber.clear();
    config.partnerMode = true;
    Api::ApiClient client(m_network.get(), config);
    Api::EPaymentApi api(&client);

    const Result<Api::CreatedPayment> created = await<Api::CreatedPayment>(
        [&](auto done) { api.create(paymentRequest(), QStringLiteral("create-key-1"), done); });
    QCOMPARE(created.error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(created.error.status, 400);
    QCOMPARE(detailNames(created.error), QStringLiteral("Merchant-Serial-Number"));
    QCOMPARE(created.error.instance, kPaymentsPath);

    const Result<Api::Payment> fetched = await<Api::Payment>([&](auto done) { api.get(kReference, done); });
    QCOMPARE(fetched.error.status, 400);
    QCOMPARE(detailNames(fetched.error), QStringLiteral("Merchant-Serial-Number"));
    QCOMPARE(get().error.status, 404);
}

void TestSimEPayment::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<QString>("details"); // extraDetails names, comma-separated
    QTest::addColumn<QString>("detailPart");

    const QByteArray post = "POST";
    const QByteArray get = "GET";
    const QByteArray amount = R"({"modificationAmount":{"currency":"NOK","value":100}})";
    QTest::newRow("GET on the collection")
        << get << kPaymentsPath << QByteArray() << 405 << QByteArray("POST") << QString() << QString();
    QTest::newRow("POST on one payment") << post << paymentPath() << amount << 405 << QByteArray("GET") << QString()
                                         << QString();
    QTest::newRow("GET on capture") << get << paymentPath(QStringLiteral("/capture")) << QByteArray() << 405
                                    << QByteArray("POST") << QString() << QString();
    QTest::newRow("POST on events") << post << paymentPath(QStringLiteral("/events")) << QByteArray() << 405
                                    << QByteArray("GET") << QString() << QString();
    QTest::newRow("unknown sub-path") << get << paymentPath(QStringLiteral("/history")) << QByteArray() << 404
                                      << QByteArray() << QString() << QStringLiteral("/history");
    QTest::newRow("too deep") << get << paymentPath(QStringLiteral("/events/1")) << QByteArray() << 404 << QByteArray()
                              << QString() << QString();
    QTest::newRow("empty reference") << get << kPaymentsPath + QLatin1Char('/') << QByteArray() << 404 << QByteArray()
                                     << QString() << QString();
    QTest::newRow("approve outside test/") << post << paymentPath(QStringLiteral("/approve")) << QByteArray() << 404
                                           << QByteArray() << QString() << QString();
    QTest::newRow("other version") << get << QStringLiteral("/epayment/v2/payments/") + kReference << QByteArray()
                                   << 404 << QByteArray() << QString() << QString();
    QTest::newRow("create body not JSON") << post << kPaymentsPath << QByteArray("amount=100") << 400 << QByteArray()
                                          << QStringLiteral("body") << QString();
    QTest::newRow("create without body") << post << kPaymentsPath << QByteArray() << 400 << QByteArray()
                                         << QStringLiteral("body") << QString();
    QTest::newRow("capture body an array") << post << paymentPath(QStringLiteral("/capture")) << QByteArray("[100]")
                                           << 400 << QByteArray() << QStringLiteral("body") << QString();
    QTest::newRow("cancel body a string") << post << paymentPath(QStringLiteral("/cancel")) << QByteArray("\"all\"")
                                          << 400 << QByteArray() << QStringLiteral("body") << QString();
    QTest::newRow("reference percent-decoded")
        << get << kPaymentsPath + QStringLiteral("/sim%2Forder-1") << QByteArray() << 404 << QByteArray()
        << QStringLiteral("ErrorCode") << QStringLiteral("sim/order-1");
}

// docs/vipps-wire.md §6, §7: paths outside the operation table → 404, a wrong method → 405 with Allow, a body that is
// not a JSON object → 400 naming "body"; every refusal is problem JSON with the path as instance.
void TestSimEPayment::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, detailPart);

    QVERIFY(create(paymentRequest(), QStringLiteral("create-key-1")).error.ok());
    const Api::ApiResponse response = send(m_client.get(), rawRequest(method, path, body));
    QTEST(response.status, "status");
    QTEST(response.headers.value("Allow"), "allow");
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    QTEST(detailNames(response.error), "details");
    QCOMPARE(response.error.instance, path);
    QVERIFY2(response.error.detail.contains(detailPart), qPrintable(response.error.detail));
}

// docs/vipps-wire.md §6 "Timeouts": a CREATED payment expires 10 minutes after creation; approving it then is refused.
void TestSimEPayment::expiryThenApproveRefused()
{
    const QDateTime createdAt = m_now;
    QVERIFY(create(paymentRequest(), QStringLiteral("create-key-1")).error.ok());
    m_now = createdAt.addSecs(9 * 60 + 59);
    QCOMPARE(get().value.state, QStringLiteral("CREATED"));
    m_now = createdAt.addSecs(10 * 60 + 1);
    QCOMPARE(get().value.state, QStringLiteral("EXPIRED"));

    const Api::ApiError refused = forceApprove();
    QCOMPARE(refused.kind, Api::ApiError::Kind::Http);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.detail.contains(QLatin1String("EXPIRED")), qPrintable(refused.detail));

    const QList<Api::PaymentEvent> log = events().value;
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).name, QStringLiteral("EXPIRED"));
    QCOMPARE(QDateTime::fromString(log.at(1).timestamp, Qt::ISODateWithMs), createdAt.addSecs(10 * 60));
}

// docs/vipps-wire.md §6: the create answer on the wire is 201 with a JSON body.
void TestSimEPayment::createOnTheWire()
{
    const Sim::SimCredentials keys;
    const Http::HeaderList keyHeaders{{"Ocp-Apim-Subscription-Key", keys.subscriptionKey.toUtf8()}};
    RawHttpClient tokenClient;
    QVERIFY(tokenClient.connectTo(m_server->serverPort()));
    Http::HeaderList tokenHeaders = keyHeaders;
    tokenHeaders.append(
        Http::HeaderList{{"client_id", keys.clientId.toUtf8()}, {"client_secret", keys.clientSecret.toUtf8()}});
    tokenClient.send(requestBytes("POST", "/accesstoken/get", tokenHeaders, {}));
    const QJsonObject token = QJsonDocument::fromJson(tokenClient.readResponse().body).object();
    const QByteArray accessToken = token.value(QLatin1String("access_token")).toString().toLatin1();
    QVERIFY(!accessToken.isEmpty());

    Http::HeaderList headers = keyHeaders;
    headers.append(Http::HeaderList{{"Authorization", "Bearer " + accessToken},
                                    {"Merchant-Serial-Number", keys.merchantSerialNumber.toUtf8()},
                                    {"Idempotency-Key", "wire-key-1"},
                                    {"Content-Type", "application/json"}});
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(requestBytes("POST", kPaymentsPath.toUtf8(), headers, paymentRequest().toJson()));
    const RawResponse response = client.readResponse();
    QCOMPARE(response.status, 201);
    QCOMPARE(response.header("Content-Type").split(';').first().trimmed(), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(QLatin1String("reference")).toString(), kReference);
    QVERIFY(body.contains(QLatin1String("redirectUrl")));
}

void TestSimEPayment::problemMemberOrder_data()
{
    QTest::addColumn<qint64>("value"); // of the payment created first
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");

    const QByteArray post = "POST";
    const QByteArray get = "GET";
    const QString newKey = QStringLiteral("order-key-1");
    const QByteArray amount = R"({"modificationAmount":{"currency":"NOK","value":100}})";
    QTest::newRow("ledger: capture before approval (6080)")
        << qint64(10000) << post << paymentPath(QStringLiteral("/capture")) << amount << newKey << 400;
    QTest::newRow("ledger: unknown reference (5090)")
        << qint64(10000) << get << kPaymentsPath + QStringLiteral("/sim-order-9999") << QByteArray() << newKey << 404;
    QTest::newRow("ledger: create key reused with another body (4020)")
        << qint64(10000) << post << kPaymentsPath << paymentRequest(kReference, 20000).toJson()
        << QStringLiteral("create-key-1") << 409;
    QTest::newRow("ledger: test amount 151 on force approve")
        << qint64(151) << post << QStringLiteral("/epayment/v1/test/payments/%1/approve").arg(kReference)
        << QByteArray(R"({"customer":{"phoneNumber":"4712345678"}})") << newKey << 400;
    QTest::newRow("ledger: validation of the create body")
        << qint64(10000) << post << kPaymentsPath << QByteArray(R"({"amount":{"currency":"NOK","value":100}})")
        << newKey << 400;
    QTest::newRow("routes: unknown ePayment path")
        << qint64(10000) << get << paymentPath(QStringLiteral("/history")) << QByteArray() << newKey << 404;
    QTest::newRow("simulator: unknown path")
        << qint64(10000) << get << QStringLiteral("/nowhere") << QByteArray() << newKey << 404;
}

// docs/vipps-wire.md §7 (and §3 "Schemas"): every problem answer of the simulator, the ledger's refusals included, has
// its members in the documented order, which alphabetical order (QJsonObject's) is not.
void TestSimEPayment::problemMemberOrder()
{
    QFETCH(qint64, value);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(int, status);

    QVERIFY(create(paymentRequest(kReference, value), QStringLiteral("create-key-1")).error.ok());
    Api::ApiRequest request = rawRequest(method, path, body);
    request.idempotencyKey = key;
    const Api::ApiResponse response = send(m_client.get(), request);
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    QCOMPARE(problemMembers(response.body),
             (QStringList{QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("status"),
                          QStringLiteral("detail"), QStringLiteral("instance"), QStringLiteral("traceId"),
                          QStringLiteral("extraDetails")}));
    QVERIFY(response.body.startsWith("{\"type\":\"https://httpstatuses.io/" + QByteArray::number(status) + '"'));
}

QTEST_GUILESS_MAIN(TestSimEPayment)
#include "tst_simepayment.moc"
