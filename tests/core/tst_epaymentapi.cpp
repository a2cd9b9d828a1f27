// SPDX-License-Identifier: MIT
// EPaymentApi against a loopback server (docs/vipps-wire.md §6): every call on the wire with its MSN and
// Idempotency-Key (reused across a retry), the answers it parses, refusals before sending, the test-only
// force approve refused for production, and HTTP and malformed answers (§7).
#include "api/apiclient.h"
#include "api/epaymentapi.h"
#include "apitestsupport.h"
#include "cannedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

enum class Call { Create, Get, Events, Capture, Refund, Cancel, ForceApprove };

using ApiTest::fieldsOf;
using ApiTest::ownHeaders;
const QByteArray kPayments = "/epayment/v1/payments";
const QByteArray kToken = "token-T0K3N";
const QString kReference = QStringLiteral("acme-test-0001");
const QByteArray kPaymentPath = kPayments + "/acme-test-0001";
const QByteArray kApprovePath = "/epayment/v1/test/payments/acme-test-0001/approve";

// Everything a call may need; each row changes what it tests.
struct Inputs
{
    QString reference = kReference;
    QString idempotencyKey;
    Api::CreatePaymentRequest create;
    Api::ModificationRequest modification{{500, QStringLiteral("NOK")}};
    Api::CancelRequest cancel;
    Api::ForceApproveRequest approve{QStringLiteral("4712345678"), QString()};
};

// The minimal test request of docs/vipps-wire.md §6.
Inputs defaults()
{
    Inputs inputs;
    inputs.create.amount = {1000, QStringLiteral("NOK")};
    inputs.create.phoneNumber = QStringLiteral("4712345678");
    inputs.create.reference = kReference;
    inputs.create.returnUrl = QStringLiteral("https://example.com/return?reference=acme-test-0001");
    inputs.create.paymentDescription = QStringLiteral("Test payment");
    return inputs;
}

Inputs changed(const std::function<void(Inputs &)> &change)
{
    Inputs inputs = defaults();
    change(inputs);
    return inputs;
}

// docs/vipps-wire.md §1 and §6: the MSN on every ePayment call; the key on state-changing ones.
Http::HeaderList expectedHeaders(bool withBody, const QByteArray &idempotencyKey)
{
    Http::HeaderList headers = ApiTest::clientHeaders(kToken);
    if (withBody)
        headers.append(Http::Header{"Content-Type", "application/json"});
    if (!idempotencyKey.isEmpty())
        headers.append(Http::Header{"Idempotency-Key", idempotencyKey});
    return headers;
}

bool isUuidWithoutBraces(const QString &key)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(key).hasMatch();
}

const QByteArray kModificationAnswer =
    R"({"amount":{"currency":"NOK","value":1000},"state":"AUTHORIZED",)"
    R"("aggregate":{"authorizedAmount":{"currency":"NOK","value":1000},"cancelledAmount":{"currency":"NOK","value":0},)"
    R"("capturedAmount":{"currency":"NOK","value":500},"refundedAmount":{"currency":"NOK","value":0}},)"
    R"("pspReference":"psp-capture-1","reference":"acme-test-0001"})";

// What one call delivered.
struct Outcome
{
    int calls = 0;
    Api::ApiError error;
    Api::CreatedPayment created;
    Api::Payment payment;
    QList<Api::PaymentEvent> events;
};

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(Inputs)
Q_DECLARE_METATYPE(Api::Amount)
Q_DECLARE_METATYPE(Http::Response)

namespace Api {
// For QCOMPARE failure messages.
inline char *toString(const Amount &amount)
{
    return qstrdup(QByteArray::number(amount.value).append(' ').append(amount.currency.toUtf8()).constData());
}
} // namespace Api

class TestEPaymentApi : public QObject, private ApiTest::ServiceFixture<Api::EPaymentApi>
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestsOnTheWire_data();
    void requestsOnTheWire();
    void idempotencyKeyReusedAcrossRetry_data();
    void idempotencyKeyReusedAcrossRetry();
    void newIdempotencyKey();
    void requestShapes();
    void msnRequired_data();
    void msnRequired();
    void createAnswer_data();
    void createAnswer();
    void paymentAnswer_data();
    void paymentAnswer();
    void eventsAnswer_data();
    void eventsAnswer();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void forceApproveRefusedInProduction_data();
    void forceApproveRefusedInProduction();
    void notFound();
    void malformedAnswers_data();
    void malformedAnswers();

private:
    std::shared_ptr<Outcome> start(Call call, const Inputs &inputs = defaults());
};

void TestEPaymentApi::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestEPaymentApi::init()
{
    QString error;
    QVERIFY2(startServer(&error, kToken), qPrintable(error));
}

void TestEPaymentApi::cleanup()
{
    finish(); // the API, the client, then every reply released
}

std::shared_ptr<Outcome> TestEPaymentApi::start(Call call, const Inputs &inputs)
{
    auto outcome = std::make_shared<Outcome>();
    const auto onPayment = [outcome](const Api::Payment &payment, const Api::ApiError &error) {
        ++outcome->calls;
        outcome->payment = payment;
        outcome->error = error;
    };
    const QString &reference = inputs.reference;
    const QString &key = inputs.idempotencyKey;
    switch (call) {
    case Call::Create:
        m_api->create(inputs.create, key, [outcome](const Api::CreatedPayment &created, const Api::ApiError &error) {
            ++outcome->calls;
            outcome->created = created;
            outcome->error = error;
        });
        break;
    case Call::Get: m_api->get(reference, onPayment); break;
    case Call::Events:
        m_api->events(reference, [outcome](const QList<Api::PaymentEvent> &events, const Api::ApiError &error) {
            ++outcome->calls;
            outcome->events = events;
            outcome->error = error;
        });
        break;
    case Call::Capture: m_api->capture(reference, inputs.modification, key, onPayment); break;
    case Call::Refund: m_api->refund(reference, inputs.modification, key, onPayment); break;
    case Call::Cancel: m_api->cancel(reference, inputs.cancel, key, onPayment); break;
    case Call::ForceApprove:
        m_api->forceApprove(reference, inputs.approve, [outcome](const Api::ApiError &error) {
            ++outcome->calls;
            outcome->error = error;
        });
        break;
    }
    return outcome;
}

void TestEPaymentApi::requestsOnTheWire_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Http::Response>("answer");

    const auto withKey = [](const char *key) {
        return changed([key](Inputs &inputs) { inputs.idempotencyKey = QString::fromLatin1(key); });
    };
    const Http::Response modified = Http::Response::json(200, kModificationAnswer);
    const QByteArray createBody =
        R"({"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},)"
        R"("customer":{"phoneNumber":"4712345678"},"reference":"acme-test-0001",)"
        R"("returnUrl":"https://example.com/return?reference=acme-test-0001","userFlow":"WEB_REDIRECT",)"
        R"("paymentDescription":"Test payment"})";
    const QByteArray modificationBody = R"({"modificationAmount":{"currency":"NOK","value":500}})";

    QTest::newRow("create") << Call::Create << withKey("key-create-1") << QByteArray("POST") << kPayments << createBody
                            << Http::Response::json(201, R"({"redirectUrl":"https://landing.vipps.no?token=x",)"
                                                         R"("reference":"acme-test-0001"})");
    QTest::newRow("get") << Call::Get << defaults() << QByteArray("GET") << kPaymentPath << QByteArray()
                         << Http::Response::json(200, R"({"reference":"acme-test-0001","state":"CREATED"})");
    QTest::newRow("events") << Call::Events << defaults() << QByteArray("GET") << kPaymentPath + "/events"
                            << QByteArray() << Http::Response::json(200, "[]");
    QTest::newRow("capture") << Call::Capture << withKey("key-capture-1") << QByteArray("POST")
                             << kPaymentPath + "/capture" << modificationBody << modified;
    QTest::newRow("refund") << Call::Refund << withKey("key-refund-1") << QByteArray("POST") << kPaymentPath + "/refund"
                            << modificationBody << modified;
    QTest::newRow("cancel without a body") << Call::Cancel << withKey("key-cancel-1") << QByteArray("POST")
                                           << kPaymentPath + "/cancel" << QByteArray() << modified;
    QTest::newRow("cancel the transaction only") << Call::Cancel << changed([](Inputs &inputs) {
        inputs.idempotencyKey = QStringLiteral("key-cancel-2");
        inputs.cancel.cancelTransactionOnly = true;
    }) << QByteArray("POST") << kPaymentPath + "/cancel"
                                                 << QByteArray(R"({"cancelTransactionOnly":true})") << modified;
    QTest::newRow("force approve by phone number")
        << Call::ForceApprove << defaults() << QByteArray("POST") << kApprovePath
        << QByteArray(R"({"customer":{"phoneNumber":"4712345678"}})") << Http::Response::json(200, QByteArray());
    QTest::newRow("force approve by token, answer body ignored") << Call::ForceApprove << changed([](Inputs &inputs) {
        inputs.approve = {QString(), QStringLiteral("tok-123")};
    }) << QByteArray("POST") << kApprovePath << QByteArray(R"({"token":"tok-123"})")
                                                                 << Http::Response::json(200, "not json");
    QTest::newRow("get a reference that needs escapes")
        << Call::Get << changed([](Inputs &inputs) { inputs.reference = QStringLiteral("order/1 \u00f8?#"); })
        << QByteArray("GET") << kPayments + "/order%2F1%20%C3%B8%3F%23" << QByteArray()
        << Http::Response::json(200, "{}");
    QTest::newRow("capture a reference that needs escapes") << Call::Capture << changed([](Inputs &inputs) {
        inputs.reference = QStringLiteral("a b/c");
        inputs.idempotencyKey = QStringLiteral("key-capture-2");
    }) << QByteArray("POST") << kPayments + "/a%20b%2Fc/capture"
                                                            << modificationBody << modified;
    QTest::newRow("force approve a reference that needs escapes")
        << Call::ForceApprove << changed([](Inputs &inputs) { inputs.reference = QStringLiteral("x/y"); })
        << QByteArray("POST") << QByteArray("/epayment/v1/test/payments/x%2Fy/approve")
        << QByteArray(R"({"customer":{"phoneNumber":"4712345678"}})") << Http::Response::json(200, QByteArray());
}

void TestEPaymentApi::requestsOnTheWire()
{
    QFETCH(Call, call);
    QFETCH(Inputs, inputs);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(Http::Response, answer);

    makeClient();
    m_server->enqueue(target, answer);
    const auto outcome = start(call, inputs);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));

    QCOMPARE(m_server->requests().size(), 2); // the token, then the call
    const Http::Request &sent = m_server->requests().last();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.target, target);
    QCOMPARE(sent.body, body);
    QCOMPARE(ownHeaders(sent.headers), expectedHeaders(!body.isEmpty(), inputs.idempotencyKey.toUtf8()));
}

void TestEPaymentApi::idempotencyKeyReusedAcrossRetry_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Http::Response>("success");
    QTest::addColumn<QString>("key"); // empty: the API makes one

    const Http::Response created = Http::Response::json(201, R"({"reference":"acme-test-0001"})");
    const Http::Response modified = Http::Response::json(200, kModificationAnswer);
    QTest::newRow("create, given key") << Call::Create << kPayments << created << QStringLiteral("order-42-create");
    QTest::newRow("create, new key") << Call::Create << kPayments << created << QString();
    QTest::newRow("capture, given key") << Call::Capture << kPaymentPath + "/capture" << modified
                                        << QStringLiteral("order-42-capture-1");
    QTest::newRow("capture, new key") << Call::Capture << kPaymentPath + "/capture" << modified << QString();
    QTest::newRow("refund, new key") << Call::Refund << kPaymentPath + "/refund" << modified << QString();
    QTest::newRow("cancel, new key") << Call::Cancel << kPaymentPath + "/cancel" << modified << QString();
}

// docs/vipps-wire.md §1: same key + same body = safe retry; a 503 is retried with both unchanged.
void TestEPaymentApi::idempotencyKeyReusedAcrossRetry()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, path);
    QFETCH(Http::Response, success);
    QFETCH(QString, key);

    makeClient();
    m_server->enqueueJson(path, 503, R"({"title":"Service Unavailable","status":503})");
    m_server->enqueue(path, success);
    const auto outcome = start(call, changed([&key](Inputs &inputs) { inputs.idempotencyKey = key; }));
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));

    const QList<Http::Request> sent = m_server->requests(path);
    QCOMPARE(sent.size(), 2);
    const QString used = QString::fromUtf8(sent.first().headers.value("Idempotency-Key"));
    if (key.isEmpty())
        QVERIFY2(isUuidWithoutBraces(used), qPrintable(used));
    else
        QCOMPARE(used, key);
    QCOMPARE(sent.last().headers.value("Idempotency-Key"), used.toUtf8());
    QCOMPARE(sent.last().body, sent.first().body);
}

void TestEPaymentApi::newIdempotencyKey()
{
    const QString first = Api::EPaymentApi::newIdempotencyKey();
    const QString second = Api::EPaymentApi::newIdempotencyKey();
    QVERIFY2(isUuidWithoutBraces(first), qPrintable(first));
    QVERIFY(!QUuid::fromString(first).isNull());
    QVERIFY(first != second);

    // The request builders make a key when none is given, and keep a given one.
    const Inputs inputs = defaults();
    QVERIFY(isUuidWithoutBraces(Api::EPaymentApi::createRequest(inputs.create, {}).idempotencyKey));
    QCOMPARE(Api::EPaymentApi::createRequest(inputs.create, QStringLiteral("k1")).idempotencyKey, QStringLiteral("k1"));
    QVERIFY(isUuidWithoutBraces(Api::EPaymentApi::cancelRequest(kReference, {}, {}).idempotencyKey));
}

void TestEPaymentApi::requestShapes()
{
    const Inputs in = defaults();
    const QList<Api::ApiRequest> changing{
        Api::EPaymentApi::createRequest(in.create, QStringLiteral("k")),
        Api::EPaymentApi::captureRequest(kReference, in.modification, QStringLiteral("k")),
        Api::EPaymentApi::refundRequest(kReference, in.modification, QStringLiteral("k")),
        Api::EPaymentApi::cancelRequest(kReference, in.cancel, QStringLiteral("k"))};
    for (const Api::ApiRequest &request : changing) {
        QVERIFY(request.msnRequired);
        QVERIFY(request.retryable); // safe: the key is reused
        QCOMPARE(request.idempotencyKey, QStringLiteral("k"));
        QVERIFY(!request.operation.isEmpty());
    }
    const QList<Api::ApiRequest> reading{Api::EPaymentApi::getRequest(kReference),
                                         Api::EPaymentApi::eventsRequest(kReference)};
    for (const Api::ApiRequest &request : reading) {
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.msnRequired);
        QVERIFY(request.idempotencyKey.isEmpty());
        QVERIFY(request.body.isEmpty());
    }
    const Api::ApiRequest approve = Api::EPaymentApi::forceApproveRequest(kReference, in.approve);
    QCOMPARE(approve.path, QString::fromLatin1(kApprovePath));
    QVERIFY(approve.msnRequired);
    QVERIFY(!approve.retryable);
    QVERIFY(approve.idempotencyKey.isEmpty());
}

void TestEPaymentApi::msnRequired_data()
{
    QTest::addColumn<Call>("call");
    QTest::newRow("create") << Call::Create;
    QTest::newRow("get") << Call::Get;
    QTest::newRow("events") << Call::Events;
    QTest::newRow("capture") << Call::Capture;
    QTest::newRow("refund") << Call::Refund;
    QTest::newRow("cancel") << Call::Cancel;
    QTest::newRow("force approve") << Call::ForceApprove;
}

// docs/vipps-wire.md §6: every ePayment call needs the MSN; without one nothing is sent.
void TestEPaymentApi::msnRequired()
{
    QFETCH(Call, call);
    Api::ClientConfig settings = ApiTest::testConfig(m_server->baseUrl());
    settings.merchantSerialNumber.clear();
    makeClient(settings);
    const auto outcome = start(call);
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Configuration);
    QVERIFY2(outcome->error.message.contains(QStringLiteral("merchant serial number")),
             qPrintable(outcome->error.message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestEPaymentApi::createAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("redirectUrl");

    QTest::newRow("web redirect") << QByteArray(R"({"redirectUrl":"https://landing.vipps.no?token=eyJ","reference":)"
                                                R"("acme-test-0001"})")
                                  << kReference << QStringLiteral("https://landing.vipps.no?token=eyJ");
    QTest::newRow("push message without redirectUrl")
        << QByteArray(R"({"reference":"acme-test-0001"})") << kReference << QString();
    QTest::newRow("reference missing: the one sent")
        << QByteArray(R"({"redirectUrl":"vipps://x"})") << kReference << QStringLiteral("vipps://x");
}

void TestEPaymentApi::createAnswer()
{
    QFETCH(QByteArray, body);
    makeClient();
    m_server->enqueueJson(kPayments, 201, body);
    const auto outcome = start(Call::Create);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    QTEST(outcome->created.reference, "reference");
    QTEST(outcome->created.redirectUrl, "redirectUrl");
}

void TestEPaymentApi::paymentAnswer_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("state");
    QTest::addColumn<Api::Amount>("amount");
    QTest::addColumn<Api::Amount>("authorized");
    QTest::addColumn<Api::Amount>("cancelled");
    QTest::addColumn<Api::Amount>("captured");
    QTest::addColumn<Api::Amount>("refunded");
    QTest::addColumn<QString>("pspReference");
    QTest::addColumn<QString>("redirectUrl");

    const auto nok = [](qint64 value) { return Api::Amount{value, QStringLiteral("NOK")}; };
    QTest::newRow("get payment with aggregate")
        << Call::Get << kPaymentPath
        << QByteArray(R"({"aggregate":{"authorizedAmount":{"currency":"NOK","value":49900},)"
                      R"("cancelledAmount":{"currency":"NOK","value":100},"capturedAmount":{"currency":"NOK",)"
                      R"("value":20000},"refundedAmount":{"currency":"NOK","value":5000}},)"
                      R"("amount":{"currency":"NOK","value":49900},"state":"AUTHORIZED",)"
                      R"("paymentMethod":{"type":"WALLET"},"profile":{},"pspReference":"psp-created-1",)"
                      R"("redirectUrl":"https://landing.vipps.no?token=abc","reference":"acme-test-0001",)"
                      R"("metadata":{"order":"42"}})")
        << QStringLiteral("AUTHORIZED") << nok(49900) << nok(49900) << nok(100) << nok(20000) << nok(5000)
        << QStringLiteral("psp-created-1") << QStringLiteral("https://landing.vipps.no?token=abc");
    QTest::newRow("capture modification response")
        << Call::Capture << kPaymentPath + "/capture" << kModificationAnswer << QStringLiteral("AUTHORIZED")
        << nok(1000) << nok(1000) << nok(0) << nok(500) << nok(0) << QStringLiteral("psp-capture-1") << QString();
    QTest::newRow("refund modification response with string values")
        << Call::Refund << kPaymentPath + "/refund"
        << QByteArray(R"({"amount":{"currency":"DKK","value":"1000"},"state":"AUTHORIZED","aggregate":)"
                      R"({"capturedAmount":{"currency":"DKK","value":"1000"},)"
                      R"("refundedAmount":{"currency":"DKK","value":"250"}},"reference":"acme-test-0001"})")
        << QStringLiteral("AUTHORIZED") << Api::Amount{1000, QStringLiteral("DKK")} << Api::Amount() << Api::Amount()
        << Api::Amount{1000, QStringLiteral("DKK")} << Api::Amount{250, QStringLiteral("DKK")} << QString()
        << QString();
    QTest::newRow("cancel before authorization")
        << Call::Cancel << kPaymentPath + "/cancel"
        << QByteArray(R"({"amount":{"currency":"NOK","value":1000},"state":"TERMINATED",)"
                      R"("reference":"acme-test-0001"})")
        << QStringLiteral("TERMINATED") << nok(1000) << Api::Amount() << Api::Amount() << Api::Amount() << Api::Amount()
        << QString() << QString();
    QTest::newRow("missing fields tolerated")
        << Call::Get << kPaymentPath << QByteArray(R"({"reference":"acme-test-0001"})") << QString() << Api::Amount()
        << Api::Amount() << Api::Amount() << Api::Amount() << Api::Amount() << QString() << QString();
}

void TestEPaymentApi::paymentAnswer()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);

    makeClient();
    m_server->enqueueJson(path, 200, body);
    const auto outcome = start(call, changed([](Inputs &inputs) { inputs.idempotencyKey = QStringLiteral("k"); }));
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    const Api::Payment &payment = outcome->payment;
    QCOMPARE(payment.reference, kReference);
    QTEST(payment.state, "state");
    QTEST(payment.amount, "amount");
    QTEST(payment.aggregate.authorized, "authorized");
    QTEST(payment.aggregate.cancelled, "cancelled");
    QTEST(payment.aggregate.captured, "captured");
    QTEST(payment.aggregate.refunded, "refunded");
    QTEST(payment.pspReference, "pspReference");
    QTEST(payment.redirectUrl, "redirectUrl");
    QCOMPARE(payment.raw, QJsonDocument::fromJson(body).object()); // everything kept, metadata included
}

void TestEPaymentApi::eventsAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("timestamps");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<bool>>("successes");
    QTest::addColumn<QList<qint64>>("values");

    QTest::newRow("three fractional digits")
        << QByteArray(R"([{"reference":"acme-test-0001","pspReference":"p1","name":"CREATED",)"
                      R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-01-19T16:26:32.099Z",)"
                      R"("idempotencyKey":"k-create","success":true},)"
                      R"({"reference":"acme-test-0001","pspReference":"p2","name":"AUTHORIZED",)"
                      R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-01-19T16:27:01.120Z",)"
                      R"("idempotencyKey":null,"success":true}])")
        << QStringList{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED")}
        << QStringList{QStringLiteral("2026-01-19T16:26:32.099Z"), QStringLiteral("2026-01-19T16:27:01.120Z")}
        << QStringList{QStringLiteral("k-create"), QString()} << QList<bool>{true, true} << QList<qint64>{49900, 49900};
    QTest::newRow("seven fractional digits")
        << QByteArray(R"([{"reference":"acme-test-0001","pspReference":"p3","name":"CAPTURED",)"
                      R"("amount":{"currency":"NOK","value":500},"timestamp":"2023-03-27T10:51:44.5333258Z",)"
                      R"("idempotencyKey":"k-capture","success":false}])")
        << QStringList{QStringLiteral("CAPTURED")} << QStringList{QStringLiteral("2023-03-27T10:51:44.5333258Z")}
        << QStringList{QStringLiteral("k-capture")} << QList<bool>{false} << QList<qint64>{500};
    QTest::newRow("empty event log") << QByteArray("[]") << QStringList() << QStringList() << QStringList()
                                     << QList<bool>() << QList<qint64>();
    QTest::newRow("missing fields tolerated")
        << QByteArray(R"([{"name":"CANCELLED"}])") << QStringList{QStringLiteral("CANCELLED")} << QStringList{QString()}
        << QStringList{QString()} << QList<bool>{false} << QList<qint64>{0};
}

void TestEPaymentApi::eventsAnswer()
{
    QFETCH(QByteArray, body);
    makeClient();
    m_server->enqueueJson(kPaymentPath + "/events", 200, body);
    const auto outcome = start(Call::Events);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    QStringList names, timestamps, keys;
    QList<bool> successes;
    QList<qint64> values;
    for (const Api::PaymentEvent &event : std::as_const(outcome->events)) {
        names << event.name;
        timestamps << event.timestamp;
        keys << event.idempotencyKey;
        successes << event.success;
        values << event.amount.value;
    }
    QTEST(names, "names");
    QTEST(timestamps, "timestamps"); // as sent, not reformatted
    QTEST(keys, "keys");
    QTEST(successes, "successes");
    QTEST(values, "values");
    if (!outcome->events.isEmpty() && !outcome->events.first().reference.isEmpty())
        QCOMPARE(outcome->events.first().reference, kReference);
}

void TestEPaymentApi::refusedBeforeSending_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("create with a short reference")
        << Call::Create << changed([](Inputs &in) { in.create.reference = QStringLiteral("short"); })
        << QStringList{QStringLiteral("reference")};
    QTest::newRow("create with amount zero") << Call::Create << changed([](Inputs &in) { in.create.amount.value = 0; })
                                             << QStringList{QStringLiteral("amount.value")};
    QTest::newRow("create with a 51-character idempotency key")
        << Call::Create << changed([](Inputs &in) { in.idempotencyKey = QString(51, u'k'); })
        << QStringList{QStringLiteral("idempotencyKey")};
    QTest::newRow("capture with a key containing a space")
        << Call::Capture << changed([](Inputs &in) { in.idempotencyKey = QStringLiteral("order 42"); })
        << QStringList{QStringLiteral("idempotencyKey")};
    QTest::newRow("capture of zero") << Call::Capture
                                     << changed([](Inputs &in) { in.modification.modificationAmount.value = 0; })
                                     << QStringList{QStringLiteral("modificationAmount.value")};
    QTest::newRow("refund in an unknown currency") << Call::Refund << changed([](Inputs &in) {
        in.modification.modificationAmount.currency = QStringLiteral("SEK");
    }) << QStringList{QStringLiteral("modificationAmount.currency")};
    QTest::newRow("capture without a reference") << Call::Capture << changed([](Inputs &in) { in.reference.clear(); })
                                                 << QStringList{QStringLiteral("reference")};
    QTest::newRow("get without a reference")
        << Call::Get << changed([](Inputs &in) { in.reference.clear(); }) << QStringList{QStringLiteral("reference")};
    QTest::newRow("events without a reference") << Call::Events << changed([](Inputs &in) { in.reference.clear(); })
                                                << QStringList{QStringLiteral("reference")};
    QTest::newRow("cancel without a reference") << Call::Cancel << changed([](Inputs &in) { in.reference.clear(); })
                                                << QStringList{QStringLiteral("reference")};
    QTest::newRow("force approve without phone number or token")
        << Call::ForceApprove << changed([](Inputs &in) { in.approve = {}; })
        << QStringList{QStringLiteral("customer.phoneNumber")};
    QTest::newRow("force approve with a phone number in local format")
        << Call::ForceApprove << changed([](Inputs &in) { in.approve.phoneNumber = QStringLiteral("+47 12345678"); })
        << QStringList{QStringLiteral("customer.phoneNumber")};
}

void TestEPaymentApi::refusedBeforeSending()
{
    QFETCH(Call, call);
    QFETCH(Inputs, inputs);

    makeClient();
    const auto outcome = start(call, inputs);
    QCOMPARE(outcome->calls, 0); // never from inside the call
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Validation);
    QCOMPARE(outcome->error.exitCode(), 2);
    QTEST(fieldsOf(outcome->error.fieldErrors), "fields");
    for (const Base::FieldError &field : std::as_const(outcome->error.fieldErrors))
        QVERIFY2(field.message.size() > 20, qPrintable(field.message));
    QVERIFY(m_server->requests().isEmpty()); // not even a token
}

void TestEPaymentApi::forceApproveRefusedInProduction_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<Inputs>("inputs");

    QTest::newRow("production") << QUrl(QStringLiteral("https://api.vipps.no")) << defaults();
    QTest::newRow("production with a trailing slash") << QUrl(QStringLiteral("https://api.vipps.no/")) << defaults();
    QTest::newRow("production, invalid body too")
        << QUrl(QStringLiteral("https://api.vipps.no")) << changed([](Inputs &in) { in.approve = {}; });
}

// Nothing is sent: no reply object is ever made, so Vipps' production host is never contacted.
void TestEPaymentApi::forceApproveRefusedInProduction()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(Inputs, inputs);

    makeClient(ApiTest::testConfig(baseUrl));
    const auto outcome = start(Call::ForceApprove, inputs);
    QCOMPARE(outcome->calls, 0);
    QCOMPARE(openReplies(), 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Configuration);
    QVERIFY2(outcome->error.message.startsWith(QStringLiteral("Force approve exists only in the test environment")),
             qPrintable(outcome->error.message));
    QCOMPARE(outcome->error.exitCode(), 2);
    QCOMPARE(openReplies(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestEPaymentApi::notFound()
{
    makeClient();
    m_server->enqueueJson(kPaymentPath, 404,
                          R"({"type":"https://httpstatuses.io/404","title":"Not Found","status":404,)"
                          R"("detail":"Payment not found","traceId":"00-aa-bb-01"})",
                          {{"Content-Type", "application/problem+json"}});
    const auto outcome = start(Call::Get);
    QTRY_COMPARE(outcome->calls, 1);
    const Api::ApiError &error = outcome->error;
    QCOMPARE(error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(error.status, 404);
    QCOMPARE(error.title, QStringLiteral("Not Found"));
    QCOMPARE(error.detail, QStringLiteral("Payment not found"));
    QCOMPARE(error.traceId, QStringLiteral("00-aa-bb-01"));
    QVERIFY(outcome->payment.reference.isEmpty());
    QCOMPARE(m_server->count(kPaymentPath), 1); // a 404 is not retried
}

void TestEPaymentApi::malformedAnswers_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("create: empty body") << Call::Create << kPayments << 201 << QByteArray();
    QTest::newRow("create: JSON string") << Call::Create << kPayments << 201 << QByteArray(R"("acme-test-0001")");
    QTest::newRow("get: not JSON") << Call::Get << kPaymentPath << 200 << QByteArray("<html>login</html>");
    QTest::newRow("get: JSON array") << Call::Get << kPaymentPath << 200 << QByteArray("[]");
    QTest::newRow("get: truncated JSON") << Call::Get << kPaymentPath << 200 << QByteArray(R"({"reference":"acme)");
    QTest::newRow("capture: empty body") << Call::Capture << kPaymentPath + "/capture" << 200 << QByteArray();
    QTest::newRow("cancel: text body") << Call::Cancel << kPaymentPath + "/cancel" << 200 << QByteArray("cancelled");
    QTest::newRow("events: object instead of array")
        << Call::Events << kPaymentPath + "/events" << 200 << QByteArray(R"({"events":[]})");
    QTest::newRow("events: array of strings")
        << Call::Events << kPaymentPath + "/events" << 200 << QByteArray(R"(["CREATED"])");
}

void TestEPaymentApi::malformedAnswers()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    makeClient();
    m_server->enqueueJson(path, status, body);
    const auto outcome = start(call, changed([](Inputs &in) { in.idempotencyKey = QStringLiteral("k"); }));
    QTRY_COMPARE(outcome->calls, 1);
    const Api::ApiError &error = outcome->error;
    QCOMPARE(error.kind, Api::ApiError::Kind::MalformedResponse);
    QCOMPARE(error.status, status);
    QCOMPARE(error.exitCode(), 1);
    QVERIFY2(error.message.contains(QStringLiteral("ePayment API")), qPrintable(error.message));
    QVERIFY(outcome->created.reference.isEmpty());
    QVERIFY(outcome->payment.raw.isEmpty());
    QVERIFY(outcome->events.isEmpty());
}

QTEST_GUILESS_MAIN(TestEPaymentApi)
#include "tst_epaymentapi.moc"
