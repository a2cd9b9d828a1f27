// SPDX-License-Identifier: MIT
// WebhooksApi against a loopback server (docs/vipps-wire.md §3): the three calls on the wire, their answers,
// refusals before sending (URL form, the https rule for Vipps' own hosts, event types), problem details
// and malformed answers, with the registration secret kept out of every error text.
#include "api/apiclient.h"
#include "api/webhooksapi.h"
#include "apitestsupport.h"
#include "cannedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

namespace {

enum class Call { Register, List, Remove };
// Which keys the profile holds: the MSN header follows them (docs/vipps-wire.md §3).
enum class Keys { SalesUnit, PartnerWithoutMsn, SalesUnitWithoutMsn };

using ApiTest::fieldsOf;
using ApiTest::ownHeaders;
const QByteArray kWebhooksPath = "/webhooks/v1/webhooks";
const QByteArray kToken = "token-T0K3N";
const QByteArray kSecret = "A0+AeKBRsecretU6FY/A==";
const QString kHookId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QString kAuthorized = QStringLiteral("epayments.payment.authorized.v1");
const QUrl kHookUrl(QStringLiteral("https://example.com/hooks/vipps"));
const QUrl kTestEnvironment(QStringLiteral("https://apitest.vipps.no"));
const QUrl kProduction(QStringLiteral("https://api.vipps.no"));

// docs/vipps-wire.md §1 and §3: the MSN only when the profile has one.
Http::HeaderList expectedHeaders(bool withMsn, bool withBody)
{
    Http::HeaderList headers = ApiTest::clientHeaders(kToken, withMsn);
    if (withBody)
        headers.append(Http::Header{"Content-Type", "application/json"});
    return headers;
}

Http::Response noContent()
{
    Http::Response response;
    response.status = 204;
    return response;
}

// Every text an error can show or log.
QStringList errorTexts(const Api::ApiError &error)
{
    QStringList texts = error.lines();
    texts << error.summary() << error.message << error.detail << error.title;
    for (const Base::FieldError &field : error.fieldErrors)
        texts << field.message;
    return texts;
}

// What one call delivered.
struct Outcome
{
    int calls = 0;
    Api::ApiError error;
    Api::RegisteredWebhook registered;
    QList<Api::Webhook> webhooks;
};

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(Keys)
Q_DECLARE_METATYPE(Http::Response)
Q_DECLARE_METATYPE(QList<Api::Webhook>)

class TestWebhooksApi : public QObject, private ApiTest::ServiceFixture<Api::WebhooksApi>
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestsOnTheWire_data();
    void requestsOnTheWire();
    void requestShapes();
    void registerAnswer();
    void listAnswer_data();
    void listAnswer();
    void deleteAnswer();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void deleteWithoutIdRefused();
    void httpsRule_data();
    void httpsRule();
    void registerProblemDetails();
    void retries_data();
    void retries();
    void malformedAnswers_data();
    void malformedAnswers();

private:
    std::shared_ptr<Outcome> start(Call call, const QUrl &url = kHookUrl, const QStringList &events = {kCaptured},
                                   const QString &id = kHookId);
};

void TestWebhooksApi::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestWebhooksApi::init()
{
    QString error;
    QVERIFY2(startServer(&error, kToken), qPrintable(error));
}

void TestWebhooksApi::cleanup()
{
    finish(); // the API, the client, then every reply released
}

std::shared_ptr<Outcome> TestWebhooksApi::start(Call call, const QUrl &url, const QStringList &events,
                                                const QString &id)
{
    auto outcome = std::make_shared<Outcome>();
    switch (call) {
    case Call::Register:
        m_api->registerWebhook(url, events, [outcome](const Api::RegisteredWebhook &webhook, const Api::ApiError &e) {
            ++outcome->calls;
            outcome->registered = webhook;
            outcome->error = e;
        });
        break;
    case Call::List:
        m_api->list([outcome](const QList<Api::Webhook> &webhooks, const Api::ApiError &e) {
            ++outcome->calls;
            outcome->webhooks = webhooks;
            outcome->error = e;
        });
        break;
    case Call::Remove:
        m_api->remove(id, [outcome](const Api::ApiError &e) {
            ++outcome->calls;
            outcome->error = e;
        });
        break;
    }
    return outcome;
}

void TestWebhooksApi::requestsOnTheWire_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Http::Response>("answer");

    const QByteArray registerBody = R"({"url":"https://example.com/hooks/vipps","events":)"
                                    R"(["epayments.payment.captured.v1","epayments.payment.authorized.v1"]})";
    const Http::Response registered =
        Http::Response::json(201, R"({"id":")" + kHookId.toLatin1() + R"(","secret":")" + kSecret + "\"}");
    const Http::Response listed = Http::Response::json(200, R"({"webhooks":[]})");

    QTest::newRow("register with an MSN") << Call::Register << kHookUrl << QString() << Keys::SalesUnit
                                          << QByteArray("POST") << kWebhooksPath << registerBody << registered;
    QTest::newRow("register with partner keys and no MSN")
        << Call::Register << kHookUrl << QString() << Keys::PartnerWithoutMsn << QByteArray("POST") << kWebhooksPath
        << registerBody << registered;
    QTest::newRow("register a simulator http URL with a query")
        << Call::Register << QUrl(QStringLiteral("http://127.0.0.1:8080/hook?env=sim")) << QString() << Keys::SalesUnit
        << QByteArray("POST") << kWebhooksPath
        << QByteArray(R"({"url":"http://127.0.0.1:8080/hook?env=sim","events":)"
                      R"(["epayments.payment.captured.v1","epayments.payment.authorized.v1"]})")
        << registered;
    QTest::newRow("list with an MSN") << Call::List << QUrl() << QString() << Keys::SalesUnit << QByteArray("GET")
                                      << kWebhooksPath << QByteArray() << listed;
    QTest::newRow("list with partner keys and no MSN") << Call::List << QUrl() << QString() << Keys::PartnerWithoutMsn
                                                       << QByteArray("GET") << kWebhooksPath << QByteArray() << listed;
    QTest::newRow("list without an MSN outside partner mode")
        << Call::List << QUrl() << QString() << Keys::SalesUnitWithoutMsn << QByteArray("GET") << kWebhooksPath
        << QByteArray() << listed;
    QTest::newRow("delete") << Call::Remove << QUrl() << kHookId << Keys::SalesUnit << QByteArray("DELETE")
                            << kWebhooksPath + '/' + kHookId.toLatin1() << QByteArray() << noContent();
    QTest::newRow("delete an id that needs escapes")
        << Call::Remove << QUrl() << QStringLiteral("a/b c?d") << Keys::SalesUnit << QByteArray("DELETE")
        << kWebhooksPath + "/a%2Fb%20c%3Fd" << QByteArray() << noContent();
    QTest::newRow("delete with partner keys and no MSN")
        << Call::Remove << QUrl() << kHookId << Keys::PartnerWithoutMsn << QByteArray("DELETE")
        << kWebhooksPath + '/' + kHookId.toLatin1() << QByteArray() << noContent();
}

void TestWebhooksApi::requestsOnTheWire()
{
    QFETCH(Call, call);
    QFETCH(QUrl, url);
    QFETCH(QString, id);
    QFETCH(Keys, keys);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(Http::Response, answer);

    Api::ClientConfig settings = ApiTest::testConfig(m_server->baseUrl());
    settings.partnerMode = keys == Keys::PartnerWithoutMsn;
    if (keys != Keys::SalesUnit)
        settings.merchantSerialNumber.clear();
    makeClient(settings);
    m_server->enqueue(target, answer);
    const auto outcome = start(call, url, {kCaptured, kAuthorized}, id);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));

    QCOMPARE(m_server->requests().size(), 2); // the token, then the call
    const Http::Request &sent = m_server->requests().last();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.target, target);
    QCOMPARE(sent.body, body);
    QCOMPARE(ownHeaders(sent.headers), expectedHeaders(keys == Keys::SalesUnit, !body.isEmpty()));
    QVERIFY(!sent.headers.contains("Idempotency-Key"));
    if (call == Call::Register) {
        // RegisterRequest has additionalProperties: false (docs/vipps-wire.md §3).
        const QJsonObject json = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("events"), QStringLiteral("url")}));
    }
}

void TestWebhooksApi::requestShapes()
{
    const Api::ApiRequest registration = Api::WebhooksApi::registerRequest(kHookUrl, {kCaptured});
    QCOMPARE(registration.method, QByteArray("POST"));
    QCOMPARE(registration.path, QString::fromLatin1(kWebhooksPath));
    QVERIFY(!registration.msnRequired);
    QVERIFY(!registration.retryable); // a second register would make a second webhook with another secret
    QVERIFY(registration.idempotencyKey.isEmpty());
    QVERIFY(!registration.operation.isEmpty());

    const Api::ApiRequest listing = Api::WebhooksApi::listRequest();
    QCOMPARE(listing.method, QByteArray("GET"));
    QVERIFY(!listing.msnRequired);
    QVERIFY(listing.retryable);
    QVERIFY(listing.body.isEmpty());

    const Api::ApiRequest removal = Api::WebhooksApi::removeRequest(QStringLiteral("x/y"));
    QCOMPARE(removal.method, QByteArray("DELETE"));
    QCOMPARE(removal.path, QString::fromLatin1(kWebhooksPath) + QStringLiteral("/x%2Fy"));
    QVERIFY(!removal.msnRequired);
    QVERIFY(removal.body.isEmpty());
}

void TestWebhooksApi::registerAnswer()
{
    makeClient();
    m_server->enqueueJson(kWebhooksPath, 201,
                          R"({"id":")" + kHookId.toLatin1() + R"(","secret":")" + kSecret + R"(","extra":1})");
    const auto outcome = start(Call::Register);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->registered.id, kHookId);
    QCOMPARE(outcome->registered.secret, kSecret);
}

void TestWebhooksApi::listAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<Api::Webhook>>("webhooks");

    QTest::newRow("no webhooks") << QByteArray(R"({"webhooks":[]})") << QList<Api::Webhook>();
    QTest::newRow("two webhooks")
        << QByteArray(R"({"webhooks":[)"
                      R"({"id":"0f1e2d3c-0000-4000-8000-000000000001","url":"https://example.com/hooks/vipps",)"
                      R"("events":["epayments.payment.captured.v1","epayments.payment.authorized.v1"]},)"
                      R"({"id":"0f1e2d3c-0000-4000-8000-000000000002","url":"https://example.com:8443/b?env=test",)"
                      R"("events":["recurring.charge-canceled.v1"]}]})")
        << QList<Api::Webhook>{
               {QStringLiteral("0f1e2d3c-0000-4000-8000-000000000001"), kHookUrl, {kCaptured, kAuthorized}},
               {QStringLiteral("0f1e2d3c-0000-4000-8000-000000000002"),
                QUrl(QStringLiteral("https://example.com:8443/b?env=test")),
                {QStringLiteral("recurring.charge-canceled.v1")}}};
    QTest::newRow("missing item fields are left empty")
        << QByteArray(R"({"webhooks":[{"id":"only-an-id"}]})")
        << QList<Api::Webhook>{{QStringLiteral("only-an-id"), QUrl(), {}}};
}

void TestWebhooksApi::listAnswer()
{
    QFETCH(QByteArray, body);
    makeClient();
    m_server->enqueueJson(kWebhooksPath, 200, body);
    const auto outcome = start(Call::List);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    QTEST(outcome->webhooks, "webhooks");
}

void TestWebhooksApi::deleteAnswer()
{
    makeClient();
    const QByteArray path = kWebhooksPath + '/' + kHookId.toLatin1();
    m_server->enqueue(path, noContent());
    m_server->enqueueJson(path, 400, R"({"title":"Bad Request","status":400,"detail":"Unknown webhook"})",
                          {{"Content-Type", "application/problem+json"}});

    const auto deleted = start(Call::Remove);
    QTRY_COMPARE(deleted->calls, 1);
    QVERIFY2(deleted->error.ok(), qPrintable(deleted->error.summary()));

    const auto again = start(Call::Remove);
    QTRY_COMPARE(again->calls, 1);
    QCOMPARE(again->error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(again->error.status, 400);
    QCOMPARE(again->error.detail, QStringLiteral("Unknown webhook"));
}

void TestWebhooksApi::refusedBeforeSending_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("hint");

    const QStringList captured{kCaptured};
    const QString fullAddress = QStringLiteral("https://example.com/hooks/vipps");
    QTest::newRow("empty URL") << QUrl() << captured << QStringList{QStringLiteral("url")} << fullAddress;
    QTest::newRow("relative URL") << QUrl(QStringLiteral("/hooks/vipps")) << captured
                                  << QStringList{QStringLiteral("url")} << fullAddress;
    QTest::newRow("host without a scheme")
        << QUrl(QStringLiteral("example.com/hooks")) << captured << QStringList{QStringLiteral("url")} << fullAddress;
    QTest::newRow("ftp scheme") << QUrl(QStringLiteral("ftp://example.com/hooks")) << captured
                                << QStringList{QStringLiteral("url")} << fullAddress;
    QTest::newRow("https without a host")
        << QUrl(QStringLiteral("https:///hooks")) << captured << QStringList{QStringLiteral("url")} << fullAddress;
    QTest::newRow("no events") << kHookUrl << QStringList() << QStringList{QStringLiteral("events")}
                               << QStringLiteral("at least one event type");
    QTest::newRow("unknown event type") << kHookUrl << QStringList{QStringLiteral("epayments.payment.teleported.v1")}
                                        << QStringList{QStringLiteral("events")}
                                        << QStringLiteral("\"epayments.payment.teleported.v1\"");
    QTest::newRow("payment event name instead of a type")
        << kHookUrl << QStringList{QStringLiteral("CAPTURED")} << QStringList{QStringLiteral("events")}
        << QStringLiteral("did you mean epayments.payment.captured.v1?");
    QTest::newRow("event type in the wrong case")
        << kHookUrl << QStringList{QStringLiteral("Recurring.Charge-Canceled.V1")}
        << QStringList{QStringLiteral("events")} << QStringLiteral("did you mean recurring.charge-canceled.v1?");
    QTest::newRow("one unknown among known ones")
        << kHookUrl << QStringList{kCaptured, QStringLiteral("recurring.charge-cancelled.v1"), kAuthorized}
        << QStringList{QStringLiteral("events")} << QStringLiteral("recurring.charge-cancelled.v1");
    QTest::newRow("empty event type") << kHookUrl << QStringList{QString()} << QStringList{QStringLiteral("events")}
                                      << QStringLiteral("event list");
    QTest::newRow("bad URL and no events")
        << QUrl(QStringLiteral("mailto:ops@example.com")) << QStringList()
        << QStringList{QStringLiteral("url"), QStringLiteral("events")} << fullAddress;
}

void TestWebhooksApi::refusedBeforeSending()
{
    QFETCH(QUrl, url);
    QFETCH(QStringList, events);
    QFETCH(QString, hint);

    makeClient();
    QTEST(fieldsOf(m_api->validateRegistration(url, events)), "fields");
    const auto outcome = start(Call::Register, url, events);
    QCOMPARE(outcome->calls, 0); // never from inside the call
    QTRY_COMPARE(outcome->calls, 1);
    const Api::ApiError &error = outcome->error;
    QCOMPARE(error.kind, Api::ApiError::Kind::Validation);
    QCOMPARE(error.exitCode(), 2);
    QTEST(fieldsOf(error.fieldErrors), "fields");
    QVERIFY2(error.fieldErrors.first().message.contains(hint), qPrintable(error.fieldErrors.first().message));
    for (const Base::FieldError &field : error.fieldErrors)
        QVERIFY2(field.message.endsWith(QLatin1Char('.')) || field.message.endsWith(QLatin1Char('?')),
                 qPrintable(field.message));
    QVERIFY(outcome->registered.id.isEmpty());
    QVERIFY(m_server->requests().isEmpty()); // not even a token
}

void TestWebhooksApi::deleteWithoutIdRefused()
{
    makeClient();
    const auto outcome = start(Call::Remove, kHookUrl, {}, QString());
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Validation);
    QCOMPARE(fieldsOf(outcome->error.fieldErrors), QStringList{QStringLiteral("id")});
    QVERIFY(m_server->requests().isEmpty());
}

void TestWebhooksApi::httpsRule_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("hint"); // empty: accepted

    const QString https = QStringLiteral("https:// address of your endpoint");
    const QString tunnel = QStringLiteral("run a tunnel to this machine and register its public https:// URL");
    QTest::newRow("test environment, https") << kTestEnvironment << kHookUrl << QString();
    QTest::newRow("production, https with a port")
        << kProduction << QUrl(QStringLiteral("https://example.com:8443/hooks")) << QString();
    QTest::newRow("test environment, http")
        << kTestEnvironment << QUrl(QStringLiteral("http://example.com/hooks")) << https;
    QTest::newRow("test environment, HTTP in capitals")
        << kTestEnvironment << QUrl(QStringLiteral("HTTP://example.com/hooks")) << https;
    QTest::newRow("production, http") << kProduction << QUrl(QStringLiteral("http://example.com/hooks")) << https;
    QTest::newRow("test environment, http localhost")
        << kTestEnvironment << QUrl(QStringLiteral("http://localhost:8080/hooks")) << tunnel;
    QTest::newRow("production, http loopback address")
        << kProduction << QUrl(QStringLiteral("http://127.0.0.1:8080/hooks")) << tunnel;
    QTest::newRow("test environment, http private network")
        << kTestEnvironment << QUrl(QStringLiteral("http://192.168.1.20/hooks")) << tunnel;
    QTest::newRow("simulator, http localhost") << QUrl(QStringLiteral("http://127.0.0.1:8089"))
                                               << QUrl(QStringLiteral("http://localhost:8080/hooks")) << QString();
    QTest::newRow("custom URL, http") << QUrl(QStringLiteral("http://vipps-sim.internal:9000/vipps"))
                                      << QUrl(QStringLiteral("http://receiver.internal/hooks")) << QString();
    QTest::newRow("custom https URL, http") << QUrl(QStringLiteral("https://sandbox.example.org"))
                                            << QUrl(QStringLiteral("http://example.com/hooks")) << QString();
}

// Refused rows send nothing, so Vipps' real hosts are never contacted; accepted rows are only validated.
void TestWebhooksApi::httpsRule()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QUrl, url);
    QFETCH(QString, hint);

    makeClient(ApiTest::testConfig(baseUrl));
    const Base::FieldErrors errors = m_api->validateRegistration(url, {kCaptured});
    if (hint.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QCOMPARE(fieldsOf(errors), QStringList{QStringLiteral("url")});
    QVERIFY2(errors.first().message.startsWith(QStringLiteral("Vipps only delivers to https:// URLs")),
             qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(hint), qPrintable(errors.first().message));

    const auto outcome = start(Call::Register, url, {kCaptured});
    QCOMPARE(outcome->calls, 0);
    QCOMPARE(openReplies(), 0);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Validation);
    QCOMPARE(outcome->error.fieldErrors, errors);
    QCOMPARE(openReplies(), 0);
}

void TestWebhooksApi::registerProblemDetails()
{
    makeClient();
    const QString reason = QStringLiteral("The property is required and cannot be null or empty.");
    m_server->enqueueJson(kWebhooksPath, 400,
                          R"({"type":null,"title":"Bad Request","status":400,)"
                          R"("detail":"One or more validation errors occurred.","instance":"/v1/webhooks",)"
                          R"("traceId":"00-abc-def-01","extraDetails":[{"name":"url","reason":")" +
                              reason.toLatin1() + "\"}]}",
                          {{"Content-Type", "application/problem+json"}});
    const auto outcome = start(Call::Register);
    QTRY_COMPARE(outcome->calls, 1);
    const Api::ApiError &error = outcome->error;
    QCOMPARE(error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(error.status, 400);
    QCOMPARE(error.title, QStringLiteral("Bad Request"));
    QCOMPARE(error.detail, QStringLiteral("One or more validation errors occurred."));
    QCOMPARE(error.traceId, QStringLiteral("00-abc-def-01"));
    QCOMPARE(error.extraDetails, (QList<Api::ExtraDetail>{{QStringLiteral("url"), reason}}));
    QVERIFY(outcome->registered.id.isEmpty());
    QVERIFY(outcome->registered.secret.isEmpty());
}

void TestWebhooksApi::retries_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Http::Response>("success");
    QTest::addColumn<int>("sent");

    QTest::newRow("register is not retried")
        << Call::Register << kWebhooksPath << Http::Response::json(201, R"({"id":"a","secret":"b"})") << 1;
    QTest::newRow("list is retried") << Call::List << kWebhooksPath << Http::Response::json(200, R"({"webhooks":[]})")
                                     << 2;
    QTest::newRow("delete is retried") << Call::Remove << kWebhooksPath + '/' + kHookId.toLatin1() << noContent() << 2;
}

void TestWebhooksApi::retries()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, path);
    QFETCH(Http::Response, success);
    QFETCH(int, sent);

    makeClient();
    m_server->enqueueJson(path, 503, R"({"title":"Service Unavailable","status":503})");
    m_server->enqueue(path, success);
    const auto outcome = start(call);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(m_server->count(path), sent);
    QCOMPARE(outcome->error.ok(), sent == 2);
    if (sent == 1)
        QCOMPARE(outcome->error.status, 503);
}

void TestWebhooksApi::malformedAnswers_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("register without a secret") << Call::Register << 201 << QByteArray(R"({"id":"abc"})");
    QTest::newRow("register without an id") << Call::Register << 201 << QByteArray(R"({"secret":")" + kSecret + "\"}");
    QTest::newRow("register with an empty secret")
        << Call::Register << 201 << QByteArray(R"({"id":"abc","secret":""})");
    QTest::newRow("register with a numeric secret")
        << Call::Register << 201 << QByteArray(R"({"id":"abc","secret":12345})");
    QTest::newRow("register with a JSON array") << Call::Register << 201 << QByteArray("[\"" + kSecret + "\"]");
    QTest::newRow("register with a text body") << Call::Register << 201 << QByteArray("created " + kSecret);
    QTest::newRow("register with an empty body") << Call::Register << 201 << QByteArray();
    QTest::newRow("list without webhooks") << Call::List << 200 << QByteArray(R"({"hooks":[]})");
    QTest::newRow("list with webhooks as an object") << Call::List << 200 << QByteArray(R"({"webhooks":{}})");
    QTest::newRow("list with a string item") << Call::List << 200 << QByteArray(R"({"webhooks":["abc"]})");
    QTest::newRow("list with an HTML body") << Call::List << 200 << QByteArray("<html>sign in</html>");
}

void TestWebhooksApi::malformedAnswers()
{
    QFETCH(Call, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    makeClient();
    m_server->enqueueJson(kWebhooksPath, status, body);
    const auto outcome = start(call);
    QTRY_COMPARE(outcome->calls, 1);
    const Api::ApiError &error = outcome->error;
    QCOMPARE(error.kind, Api::ApiError::Kind::MalformedResponse);
    QCOMPARE(error.status, status);
    QCOMPARE(error.exitCode(), 1);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(outcome->registered.secret.isEmpty());
    QVERIFY(outcome->webhooks.isEmpty());
    // The secret is only ever handed over in RegisteredWebhook, never in an error text.
    for (const QString &text : errorTexts(error))
        QVERIFY2(!text.contains(QString::fromLatin1(kSecret)) && !text.contains(QStringLiteral("12345")),
                 qPrintable(text));
}

QTEST_GUILESS_MAIN(TestWebhooksApi)
#include "tst_webhooksapi.moc"
