// SPDX-License-Identifier: MIT
// ApiClient against a loopback server: requests on the wire (docs/vipps-wire.md §1), the token and its refresh
// after a 401 (§2), error shapes, retries and Retry-After (§7), timeouts (of the whole answer), an answer that
// never ends, teardown mid-call, copy-as-curl, and secrets kept out of logs and records.
#include "api/apiclient.h"
#include "api/tokenprovider.h"
#include "apitestsupport.h"
#include "cannedserver.h"
#include "endlesspeer.h"
#include "fakedeadlineclock.h"
#include "http/httpdate.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Api::ApiRequest)
Q_DECLARE_METATYPE(Credentials::Environment)
Q_DECLARE_METATYPE(Http::Response)
Q_DECLARE_METATYPE(QList<Http::Response>)
Q_DECLARE_METATYPE(QList<Api::ExtraDetail>)

namespace {

using ApiTest::kClientSecret;
using ApiTest::kSubscriptionKey;
using ApiTest::kTokenPath;
using ApiTest::ownHeaders;
const QByteArray kPaymentsPath = "/epayment/v1/payments";
const QByteArray kWebhooksPath = "/webhooks/v1/webhooks";
const QByteArray kTokenPrefix = "token-T0K3N-";
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const QByteArray kPaymentBody = R"({"amount":{"currency":"NOK","value":1000},"reference":"ref-12345678"})";

Api::ApiRequest getWebhooks()
{
    Api::ApiRequest request;
    request.operation = QStringLiteral("List webhooks");
    request.method = "GET";
    request.path = QString::fromLatin1(kWebhooksPath);
    request.msnRequired = false;
    return request;
}

Api::ApiRequest createPayment()
{
    Api::ApiRequest request;
    request.operation = QStringLiteral("Create payment");
    request.method = "POST";
    request.path = QString::fromLatin1(kPaymentsPath);
    request.body = kPaymentBody;
    request.idempotencyKey = QStringLiteral("idem-key-1");
    request.headers.append(Http::Header{"X-Request-Id", "req-42"});
    return request;
}

Api::ApiRequest deleteWebhook()
{
    Api::ApiRequest request;
    request.operation = QStringLiteral("Delete webhook");
    request.method = "DELETE";
    request.path = QString::fromLatin1(kWebhooksPath) + QStringLiteral("/0f1e2d3c");
    request.msnRequired = false;
    return request;
}

Http::Response answer(int status, const QByteArray &retryAfter = QByteArray(), const QByteArray &body = "{}")
{
    Http::Response response = Http::Response::json(status, body);
    if (!retryAfter.isNull())
        response.headers.append(Http::Header{"Retry-After", retryAfter});
    return response;
}

// What one send() delivered.
struct Outcome
{
    int calls = 0;
    Api::ApiResponse response;
};

} // namespace

class TestApiClient : public QObject, private ApiTest::ClientFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void configFromProfile_data();
    void configFromProfile();
    void requestsOnTheWire_data();
    void requestsOnTheWire();
    void percentEncodingKept_data();
    void percentEncodingKept();
    void merchantSerialNumberRules_data();
    void merchantSerialNumberRules();
    void unauthenticatedRequestSendsOnlyItsOwnHeaders();
    void tokenReusedAcrossCalls();
    void singleFlightAcrossCalls();
    void tokenRefreshedBeforeExpiry();
    void unauthorizedRefreshesTokenOnce_data();
    void unauthorizedRefreshesTokenOnce();
    void tokenFailureEndsTheCall();
    void errorShapes_data();
    void errorShapes();
    void retries_data();
    void retries();
    void retryWithoutScheduler();
    void networkErrorsAreRetried();
    void timeout();
    void endlessAnswerIsRefused();
    void timeoutCountsTheWholeAnswer();
    void connectionRefused();
    void callbacksAreAsynchronous();
    void destroyedWhileInFlight_data();
    void destroyedWhileInFlight();
    void destroyedFromItsOwnCallback();
    void callFinishedRecord();
    void secretsNeverLogged();
    void curl_data();
    void curl();

private:
    Api::ClientConfig config(const QUrl &baseUrl);
    void makeClient(const Api::ClientConfig &config);
    void makeClient() { makeClient(config(m_server->baseUrl())); }
    std::shared_ptr<Outcome> start(const Api::ApiRequest &request);
    Api::ApiResponse call(const Api::ApiRequest &request);

    QDateTime m_now;
    int m_issued = 0;
    QList<int> m_delays;
};

void TestApiClient::initTestCase()
{
    // Quiet by default; secretsNeverLogged() turns the category on.
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestApiClient::init()
{
    m_now = kStart;
    m_issued = 0;
    m_delays.clear();
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    // Every token request gets a new token, valid for an hour from the fake clock; also below "/vipps".
    const auto issueToken = [this](const Http::Request &) {
        const QByteArray value = kTokenPrefix + QByteArray::number(++m_issued);
        const QByteArray expiresOn = QByteArray::number(m_now.addSecs(3600).toSecsSinceEpoch());
        return Http::Response::json(200, R"({"token_type":"Bearer","expires_in":"3600","expires_on":")" + expiresOn +
                                             R"(","access_token":")" + value + "\"}");
    };
    m_server->setResponder(kTokenPath, issueToken);
    m_server->setResponder("/vipps" + kTokenPath, issueToken);
    // Webhook listings answer an empty list unless a test queued something else.
    const auto noWebhooks = [](const Http::Request &) { return Http::Response::json(200, R"({"webhooks":[]})"); };
    m_server->setResponder(kWebhooksPath, noWebhooks);
    m_server->setResponder("/vipps" + kWebhooksPath, noWebhooks);
}

void TestApiClient::cleanup()
{
    finish(); // the client, then every reply released on every path
}

Api::ClientConfig TestApiClient::config(const QUrl &baseUrl)
{
    Api::ClientConfig config = ApiTest::testConfig(baseUrl);
    config.clock = [this] { return m_now; };
    // Delays are recorded and the retry fires at once: no test waits for a backoff.
    config.scheduleRetry = [this](int delayMs, std::function<void()> fire) {
        m_delays.append(delayMs);
        fire();
    };
    return config;
}

void TestApiClient::makeClient(const Api::ClientConfig &config)
{
    createClient(config);
}

std::shared_ptr<Outcome> TestApiClient::start(const Api::ApiRequest &request)
{
    auto outcome = std::make_shared<Outcome>();
    m_client->send(request, [outcome](const Api::ApiResponse &response) {
        ++outcome->calls;
        outcome->response = response;
    });
    return outcome;
}

Api::ApiResponse TestApiClient::call(const Api::ApiRequest &request)
{
    const auto outcome = start(request);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000); }();
    return outcome->response;
}

void TestApiClient::configFromProfile_data()
{
    QTest::addColumn<Credentials::Environment>("environment");
    QTest::addColumn<QUrl>("profileUrl");
    QTest::addColumn<QUrl>("tokenUrl");

    QTest::newRow("test environment") << Credentials::Environment::Test << QUrl()
                                      << QUrl(QStringLiteral("https://apitest.vipps.no/accesstoken/get"));
    QTest::newRow("production ignores a stored base URL")
        << Credentials::Environment::Production << QUrl(QStringLiteral("http://127.0.0.1:9"))
        << QUrl(QStringLiteral("https://api.vipps.no/accesstoken/get"));
    QTest::newRow("simulator below a path")
        << Credentials::Environment::Simulator << QUrl(QStringLiteral("http://127.0.0.1:8089/vipps/"))
        << QUrl(QStringLiteral("http://127.0.0.1:8089/vipps/accesstoken/get"));
}

void TestApiClient::configFromProfile()
{
    QFETCH(Credentials::Environment, environment);
    QFETCH(QUrl, profileUrl);
    QFETCH(QUrl, tokenUrl);

    Credentials::Profile profile;
    profile.name = QStringLiteral("demo");
    profile.environment = environment;
    profile.baseUrl = profileUrl;
    profile.clientId = QStringLiteral("client-id-1");
    profile.merchantSerialNumber = QStringLiteral("123456");
    profile.system = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    profile.partnerMode = true;

    const Api::ClientConfig config = Api::ClientConfig::fromProfile(profile, kClientSecret, kSubscriptionKey);
    QCOMPARE(config.baseUrl, profile.effectiveBaseUrl());
    QCOMPARE(config.clientId, profile.clientId);
    QCOMPARE(config.clientSecret, kClientSecret);
    QCOMPARE(config.subscriptionKey, kSubscriptionKey);
    QCOMPARE(config.merchantSerialNumber, profile.merchantSerialNumber);
    QCOMPARE(config.system, profile.system);
    QVERIFY(config.partnerMode);
    QCOMPARE(config.url(QStringLiteral("/accesstoken/get")), tokenUrl);
}

void TestApiClient::requestsOnTheWire_data()
{
    QTest::addColumn<Api::ApiRequest>("request");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("contentLength");

    const QByteArray token = kTokenPrefix + '1';
    Http::HeaderList postHeaders = ApiTest::clientHeaders(token);
    postHeaders.append(Http::HeaderList{
        {"Content-Type", "application/json"}, {"Idempotency-Key", "idem-key-1"}, {"X-Request-Id", "req-42"}});

    QTest::newRow("GET without a body") << getWebhooks() << QString() << kWebhooksPath << ApiTest::clientHeaders(token)
                                        << QByteArray();
    QTest::newRow("POST with a body and an idempotency key")
        << createPayment() << QString() << kPaymentsPath << postHeaders << QByteArray::number(kPaymentBody.size());
    QTest::newRow("DELETE without a body") << deleteWebhook() << QString() << QByteArray(kWebhooksPath + "/0f1e2d3c")
                                           << ApiTest::clientHeaders(token) << QByteArray();
    QTest::newRow("GET below a path prefix")
        << getWebhooks() << QStringLiteral("/vipps") << QByteArray("/vipps" + kWebhooksPath)
        << ApiTest::clientHeaders(token) << QByteArray();
}

void TestApiClient::requestsOnTheWire()
{
    QFETCH(Api::ApiRequest, request);
    QFETCH(QString, prefix);
    QFETCH(QByteArray, target);
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, contentLength);

    makeClient(config(m_server->baseUrl(prefix)));
    m_server->enqueueJson(target, 200, R"({"ok":true})");
    const Api::ApiResponse response = call(request);
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(response.attempts, 1);

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().first().path(), prefix.toLatin1() + kTokenPath);
    const Http::Request &sent = m_server->requests().last();
    QCOMPARE(sent.method, request.method);
    QCOMPARE(sent.target, target);
    QCOMPARE(sent.version, QByteArray("HTTP/1.1"));
    QCOMPARE(ownHeaders(sent.headers), headers);
    QCOMPARE(sent.headers.value("Content-Length"), contentLength);
    QCOMPARE(sent.body, request.body);
    QCOMPARE(sent.headers.value("Host"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toLatin1());
}

void TestApiClient::percentEncodingKept_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("encoded slash and space")
        << QStringLiteral("/epayment/v1/payments/ab%2Fc%20d") << QByteArray("/vipps/epayment/v1/payments/ab%2Fc%20d");
    QTest::newRow("encoded UTF-8") << QStringLiteral("/epayment/v1/payments/bl%C3%A5b%C3%A6r")
                                   << QByteArray("/vipps/epayment/v1/payments/bl%C3%A5b%C3%A6r");
    QTest::newRow("query with an encoded ampersand")
        << QStringLiteral("/webhooks/v1/webhooks?a=1&b=x%26y") << QByteArray("/vipps/webhooks/v1/webhooks?a=1&b=x%26y");
    QTest::newRow("path without a leading slash")
        << QStringLiteral("webhooks/v1/webhooks") << QByteArray("/vipps/webhooks/v1/webhooks");
}

void TestApiClient::percentEncodingKept()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, target);
    makeClient(config(m_server->baseUrl(QStringLiteral("/vipps/"))));
    Api::ApiRequest request = getWebhooks();
    request.path = path;
    const QByteArray targetPath = target.split('?').first();
    m_server->setResponder(targetPath, [](const Http::Request &) { return Http::Response::json(200, "[]"); });
    const Api::ApiResponse response = call(request);
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(m_server->requests().last().target, target);
}

void TestApiClient::merchantSerialNumberRules_data()
{
    QTest::addColumn<QString>("msn");
    QTest::addColumn<bool>("partnerMode");
    QTest::addColumn<bool>("msnRequired");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("sentWithMsn");

    QTest::newRow("MSN set") << QStringLiteral("123456") << false << true << false << true;
    QTest::newRow("MSN required, none set") << QString() << false << true << true << false;
    QTest::newRow("partner mode without MSN") << QString() << true << true << false << false;
    QTest::newRow("MSN not required, none set") << QString() << false << false << false << false;
    QTest::newRow("MSN not required but set") << QStringLiteral("123456") << false << false << false << true;
}

void TestApiClient::merchantSerialNumberRules()
{
    QFETCH(QString, msn);
    QFETCH(bool, partnerMode);
    QFETCH(bool, msnRequired);
    QFETCH(bool, refused);
    QFETCH(bool, sentWithMsn);

    Api::ClientConfig settings = config(m_server->baseUrl());
    settings.merchantSerialNumber = msn;
    settings.partnerMode = partnerMode;
    makeClient(settings);
    Api::ApiRequest request = createPayment();
    request.msnRequired = msnRequired;
    m_server->enqueueJson(kPaymentsPath, 201, "{}");
    const Api::ApiResponse response = call(request);
    if (refused) {
        QCOMPARE(response.error.kind, Api::ApiError::Kind::Configuration);
        QVERIFY2(response.error.message.contains(QStringLiteral("merchant serial number")),
                 qPrintable(response.error.message));
        QCOMPARE(response.attempts, 0);
        QVERIFY(m_server->requests().isEmpty());
        return;
    }
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    const Http::Request &sent = m_server->requests().last();
    QCOMPARE(sent.headers.contains("Merchant-Serial-Number"), sentWithMsn);
    QCOMPARE(m_server->requests(kTokenPath).first().headers.contains("Merchant-Serial-Number"), sentWithMsn);
}

void TestApiClient::unauthenticatedRequestSendsOnlyItsOwnHeaders()
{
    makeClient();
    const Api::ApiRequest request = m_client->tokens()->request();
    const Api::ApiResponse response = call(request);
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(m_server->requests().size(), 1);
    const Http::Request &sent = m_server->requests().first();
    QCOMPARE(sent.target, kTokenPath);
    QCOMPARE(ownHeaders(sent.headers), request.headers);
    QCOMPARE(sent.headers.value("Content-Length"), QByteArray("0"));
    QVERIFY(!m_client->tokens()->cached());
}

void TestApiClient::tokenReusedAcrossCalls()
{
    makeClient();
    QVERIFY(call(getWebhooks()).ok());
    QVERIFY(call(getWebhooks()).ok());
    QCOMPARE(m_server->count(kTokenPath), 1);
    QCOMPARE(m_server->count(kWebhooksPath), 2);
    for (const Http::Request &sent : m_server->requests(kWebhooksPath))
        QCOMPARE(sent.headers.value("Authorization"), "Bearer " + kTokenPrefix + '1');
}

void TestApiClient::singleFlightAcrossCalls()
{
    makeClient();
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i)
        outcomes.append(start(getWebhooks()));
    for (const auto &outcome : outcomes) {
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY2(outcome->response.ok(), qPrintable(outcome->response.error.summary()));
    }
    QCOMPARE(m_server->count(kTokenPath), 1);
    QCOMPARE(m_server->count(kWebhooksPath), 5);
}

void TestApiClient::tokenRefreshedBeforeExpiry()
{
    makeClient();
    QVERIFY(call(getWebhooks()).ok());
    m_now = m_now.addSecs(3600 - Api::TokenProvider::RefreshMarginSeconds + 1);
    QVERIFY(call(getWebhooks()).ok());
    QCOMPARE(m_server->count(kTokenPath), 2);
    QCOMPARE(m_server->requests().last().headers.value("Authorization"), "Bearer " + kTokenPrefix + '2');
}

void TestApiClient::unauthorizedRefreshesTokenOnce_data()
{
    QTest::addColumn<QList<Http::Response>>("answers");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");

    const QByteArray apim = R"({"statusCode":401,"message":"Access denied due to invalid token."})";
    QTest::newRow("second try succeeds") << QList<Http::Response>{answer(401, {}, apim), answer(200)} << 200 << true;
    QTest::newRow("second 401 is the answer")
        << QList<Http::Response>{answer(401, {}, apim), answer(401, {}, apim), answer(200)} << 401 << false;
}

void TestApiClient::unauthorizedRefreshesTokenOnce()
{
    QFETCH(QList<Http::Response>, answers);
    makeClient();
    for (const Http::Response &response : answers)
        m_server->enqueue(kWebhooksPath, response);
    const Api::ApiResponse response = call(getWebhooks());
    QTEST(response.status, "status");
    QTEST(response.ok(), "ok");
    QCOMPARE(response.attempts, 2);
    QVERIFY(m_delays.isEmpty());
    QCOMPARE(m_server->count(kTokenPath), 2);
    const QList<Http::Request> sent = m_server->requests(kWebhooksPath);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).headers.value("Authorization"), "Bearer " + kTokenPrefix + '1');
    QCOMPARE(sent.at(1).headers.value("Authorization"), "Bearer " + kTokenPrefix + '2');
    if (!response.ok()) {
        QCOMPARE(response.error.kind, Api::ApiError::Kind::Http);
        QCOMPARE(response.error.message, QStringLiteral("Access denied due to invalid token."));
    }
}

void TestApiClient::tokenFailureEndsTheCall()
{
    makeClient();
    m_server->enqueueJson(kTokenPath, 401, R"({"statusCode":401,"message":"Access denied."})");
    const Api::ApiResponse response = call(getWebhooks());
    QCOMPARE(response.error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(response.error.status, 401);
    QVERIFY(response.error.message.contains(QStringLiteral("credentials were refused")));
    QCOMPARE(response.attempts, 0);
    QCOMPARE(m_server->count(kWebhooksPath), 0);
}

void TestApiClient::errorShapes_data()
{
    QTest::addColumn<Http::Response>("reply");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QList<Api::ExtraDetail>>("extraDetails");
    QTest::addColumn<QString>("message");

    const QString trace = QStringLiteral("00-6614b5c7ea5c404b17e45c3a398c4754-5ca6de688e27022d-01");
    const QString reason = QStringLiteral("The field Reference must match the regular expression "
                                          "'^[a-zA-Z0-9-]{8,64}$'.");
    QTest::newRow("RFC 7807 with extraDetails and traceId")
        << Http::Response::json(400,
                                R"({"type":"https://httpstatuses.io/400","title":"Bad Request","status":400,)"
                                R"("detail":"See extraDetails for further details","instance":"/v1/payments",)"
                                R"("traceId":")" +
                                    trace.toLatin1() + R"(","extraDetails":[{"name":"reference","reason":")" +
                                    reason.toLatin1() + R"("}]})",
                                "application/problem+json")
        << 400 << QStringLiteral("Bad Request") << QStringLiteral("See extraDetails for further details") << trace
        << QList<Api::ExtraDetail>{{QStringLiteral("reference"), reason}} << QString();
    QTest::newRow("domain error with an error code")
        << Http::Response::json(400,
                                R"({"title":"Capture failed","status":400,"detail":"Not reserved",)"
                                R"("extraDetails":[{"name":"ErrorCode","reason":"6080"}]})",
                                "application/problem+json")
        << 400 << QStringLiteral("Capture failed") << QStringLiteral("Not reserved") << QString()
        << QList<Api::ExtraDetail>{{QStringLiteral("ErrorCode"), QStringLiteral("6080")}} << QString();
    QTest::newRow("Azure APIM statusCode and message")
        << Http::Response::json(403, R"({"statusCode":403,"message":"Out of call volume quota."})") << 403 << QString()
        << QStringLiteral("Out of call volume quota.") << QString() << QList<Api::ExtraDetail>()
        << QStringLiteral("Out of call volume quota.");
    Http::Response html;
    html.status = 502;
    html.headers.append(Http::Header{"Content-Type", "text/html"});
    html.body = "<html><head><title>502 Bad Gateway</title></head><body>upstream down</body></html>";
    QTest::newRow("HTML 502 from a gateway")
        << html << 502 << QStringLiteral("Bad Gateway") << QString::fromLatin1(html.body) << QString()
        << QList<Api::ExtraDetail>() << QString();
}

void TestApiClient::errorShapes()
{
    QFETCH(Http::Response, reply);
    makeClient();
    m_server->enqueue(kPaymentsPath, reply);
    Api::ApiRequest request = createPayment();
    request.retryable = false;
    const Api::ApiResponse response = call(request);
    const Api::ApiError &error = response.error;
    QCOMPARE(error.kind, Api::ApiError::Kind::Http);
    QTEST(response.status, "status");
    QTEST(error.status, "status");
    QTEST(error.title, "title");
    QTEST(error.detail, "detail");
    QTEST(error.traceId, "traceId");
    QTEST(error.extraDetails, "extraDetails");
    QTEST(error.message, "message");
    QCOMPARE(response.body, reply.body);
    QCOMPARE(error.exitCode(), 1);
    if (QByteArray(QTest::currentDataTag()).startsWith("domain"))
        QCOMPARE(error.errorCode(), QStringLiteral("6080"));
}

void TestApiClient::retries_data()
{
    QTest::addColumn<QList<Http::Response>>("answers");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<int>("baseDelay");
    QTest::addColumn<int>("maxDelay");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<int>>("delays");

    using Answers = QList<Http::Response>;
    const QByteArray inFive = Http::HttpDate::format(kStart.addSecs(5));
    const QByteArray past = Http::HttpDate::format(kStart.addSecs(-60));
    QTest::newRow("503 then 200") << Answers{answer(503), answer(201)} << true << 3 << 500 << 30000 << 201 << 2
                                  << QList<int>{500};
    QTest::newRow("429 with Retry-After: 7")
        << Answers{answer(429, "7"), answer(201)} << true << 3 << 500 << 30000 << 201 << 2 << QList<int>{7000};
    QTest::newRow("Retry-After capped by maxRetryDelayMs")
        << Answers{answer(503, "120"), answer(201)} << true << 3 << 500 << 10000 << 201 << 2 << QList<int>{10000};
    QTest::newRow("Retry-After as an HTTP-date")
        << Answers{answer(503, inFive), answer(201)} << true << 3 << 500 << 30000 << 201 << 2 << QList<int>{5000};
    QTest::newRow("Retry-After date in the past")
        << Answers{answer(503, past), answer(201)} << true << 3 << 500 << 30000 << 201 << 2 << QList<int>{0};
    QTest::newRow("unreadable Retry-After falls back to backoff")
        << Answers{answer(503, "soon"), answer(201)} << true << 3 << 500 << 30000 << 201 << 2 << QList<int>{500};
    QTest::newRow("exponential without Retry-After")
        << Answers{answer(503), answer(502), answer(504), answer(201)} << true << 3 << 100 << 30000 << 201 << 4
        << QList<int>{100, 200, 400};
    QTest::newRow("exponential capped") << Answers{answer(500), answer(500), answer(500), answer(201)} << true << 3
                                        << 1000 << 1500 << 201 << 4 << QList<int>{1000, 1500, 1500};
    QTest::newRow("gives up after maxRetries with the last error")
        << Answers{answer(503), answer(503), answer(502, {}, R"({"title":"last"})"), answer(201)} << true << 2 << 500
        << 30000 << 502 << 3 << QList<int>{500, 1000};
    QTest::newRow("non-retryable request is not retried")
        << Answers{answer(503), answer(201)} << false << 3 << 500 << 30000 << 503 << 1 << QList<int>();
    QTest::newRow("400 is not retried") << Answers{answer(400), answer(201)} << true << 3 << 500 << 30000 << 400 << 1
                                        << QList<int>();
    QTest::newRow("409 is not retried") << Answers{answer(409), answer(201)} << true << 3 << 500 << 30000 << 409 << 1
                                        << QList<int>();
    QTest::newRow("retries off") << Answers{answer(503), answer(201)} << true << 0 << 500 << 30000 << 503 << 1
                                 << QList<int>();
}

void TestApiClient::retries()
{
    QFETCH(QList<Http::Response>, answers);
    QFETCH(bool, retryable);
    QFETCH(int, maxRetries);
    QFETCH(int, baseDelay);
    QFETCH(int, maxDelay);
    QFETCH(int, status);

    Api::ClientConfig settings = config(m_server->baseUrl());
    settings.maxRetries = maxRetries;
    settings.baseRetryDelayMs = baseDelay;
    settings.maxRetryDelayMs = maxDelay;
    makeClient(settings);
    for (const Http::Response &reply : answers)
        m_server->enqueue(kPaymentsPath, reply);
    Api::ApiRequest request = createPayment();
    request.retryable = retryable;

    const Api::ApiResponse response = call(request);
    QCOMPARE(response.status, status);
    QCOMPARE(response.ok(), status < 300);
    QTEST(response.attempts, "attempts");
    QTEST(m_delays, "delays");
    if (QByteArray(QTest::currentDataTag()).startsWith("gives up"))
        QCOMPARE(response.error.title, QStringLiteral("last"));

    // docs/vipps-wire.md §1: the same key and the same body on every attempt make the retry safe.
    const QList<Http::Request> sent = m_server->requests(kPaymentsPath);
    QCOMPARE(sent.size(), response.attempts);
    for (const Http::Request &attempt : sent) {
        QCOMPARE(attempt.headers.value("Idempotency-Key"), QByteArray("idem-key-1"));
        QCOMPARE(attempt.body, kPaymentBody);
    }
    QCOMPARE(m_server->count(kTokenPath), 1);
}

void TestApiClient::retryWithoutScheduler()
{
    Api::ClientConfig settings = config(m_server->baseUrl());
    settings.scheduleRetry = nullptr; // a real single-shot timer
    settings.baseRetryDelayMs = 1;
    makeClient(settings);
    m_server->enqueue(kPaymentsPath, answer(503));
    m_server->enqueue(kPaymentsPath, answer(201));
    const Api::ApiResponse response = call(createPayment());
    QVERIFY2(response.ok(), qPrintable(response.error.summary()));
    QCOMPARE(response.attempts, 2);
    QVERIFY(m_delays.isEmpty());
}

void TestApiClient::networkErrorsAreRetried()
{
    Api::ClientConfig settings = config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())));
    settings.maxRetries = 2;
    makeClient(settings);
    Api::ApiRequest request = getWebhooks();
    request.authenticated = false;
    const Api::ApiResponse response = call(request);
    QCOMPARE(response.error.kind, Api::ApiError::Kind::Network);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_delays, (QList<int>{500, 1000}));
}

void TestApiClient::timeout()
{
    SilentServer silent;
    QVERIFY(silent.start());
    Api::ClientConfig settings = config(silent.baseUrl());
    settings.timeoutMs = 300;
    settings.maxRetries = 0;
    makeClient(settings);
    Api::ApiRequest request = getWebhooks();
    request.authenticated = false;
    const Api::ApiResponse response = call(request);
    QCOMPARE(response.error.kind, Api::ApiError::Kind::Timeout);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.exitCode(), 3);
    QVERIFY(response.elapsedMs >= 250);
}

// docs/architecture.md §3 "Answers read from others": a 200 whose body never ends is cut at maxAnswerBytes (4 MiB)
// and refused, without taking more memory than that.
void TestApiClient::endlessAnswerIsRefused()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    Api::ClientConfig settings = config(peer.url(QString()));
    settings.maxRetries = 0;
    makeClient(settings);
    Api::ApiRequest request = getWebhooks();
    request.authenticated = false;
    const qint64 before = residentBytes();
    const Api::ApiResponse response = call(request);
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < EndlessPeer::AllowedGrowth, growthText("grew by", growth));
    QCOMPARE(response.error.kind, Api::ApiError::Kind::MalformedResponse);
    QCOMPARE(response.status, 0); // no whole answer
    QCOMPARE(response.error.status, 200);
    QVERIFY2(response.error.message.contains(QLatin1String("longer than 4 MiB")), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.exitCode(), 1);
}

// The timeout is for the whole answer from the moment the attempt went out, however steadily bytes come.
void TestApiClient::timeoutCountsTheWholeAnswer()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    FakeDeadlineClock deadlines;
    Api::ClientConfig settings = config(peer.url(QString()));
    settings.maxRetries = 0;
    settings.deadlineClock = &deadlines;
    settings.maxAnswerBytes = EndlessPeer::EnoughBytes; // not what stops it here
    makeClient(settings);
    Api::ApiRequest request = getWebhooks();
    request.authenticated = false;
    const auto outcome = start(request);
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= EndlessPeer::MiB, 10000);
    deadlines.advance(settings.timeoutMs - 1);
    QCOMPARE(outcome->calls, 0);
    deadlines.advance(1);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->response.error.kind, Api::ApiError::Kind::Timeout);
    QCOMPARE(outcome->response.status, 0);
    QCOMPARE(outcome->response.error.message, QStringLiteral("timed out after 5 s"));
    QCOMPARE(outcome->response.error.exitCode(), 3);
}

void TestApiClient::connectionRefused()
{
    Api::ClientConfig settings = config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())));
    settings.maxRetries = 0;
    makeClient(settings);
    const Api::ApiResponse response = call(getWebhooks());
    QCOMPARE(response.error.kind, Api::ApiError::Kind::Network);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.attempts, 0); // the token call failed: the API call never went out
    QCOMPARE(response.error.exitCode(), 3);
}

void TestApiClient::callbacksAreAsynchronous()
{
    Api::ClientConfig settings = config(m_server->baseUrl());
    settings.merchantSerialNumber.clear();
    makeClient(settings);
    const auto refused = start(createPayment());
    QCOMPARE(refused->calls, 0);
    QTRY_COMPARE(refused->calls, 1);
    QCOMPARE(refused->response.error.kind, Api::ApiError::Kind::Configuration);

    const auto ok = start(getWebhooks());
    QTRY_COMPARE(ok->calls, 1);
    const auto cached = start(getWebhooks());
    QCOMPARE(cached->calls, 0);
    QTRY_COMPARE(cached->calls, 1);
}

void TestApiClient::destroyedWhileInFlight_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("API request on the wire") << QStringLiteral("request");
    QTest::newRow("waiting for the token") << QStringLiteral("token");
    QTest::newRow("waiting to retry") << QStringLiteral("retry");
}

void TestApiClient::destroyedWhileInFlight()
{
    QFETCH(QString, stage);
    SilentServer silent;
    QVERIFY(silent.start());
    const bool retry = stage == QLatin1String("retry");
    Api::ClientConfig settings = config(retry ? m_server->baseUrl() : silent.baseUrl());
    std::function<void()> pendingRetry;
    settings.scheduleRetry = [&pendingRetry](int, std::function<void()> fire) { pendingRetry = std::move(fire); };
    makeClient(settings);
    QSignalSpy finished(m_client.get(), &Api::ApiClient::callFinished);
    Api::ApiRequest request = getWebhooks();
    request.authenticated = stage != QLatin1String("request");
    if (retry)
        m_server->enqueueJson(kWebhooksPath, 503, "{}");
    const auto outcome = start(request);

    if (retry)
        QTRY_VERIFY(pendingRetry);
    else
        QTRY_COMPARE(silent.accepted(), 1);
    m_client.reset();
    if (pendingRetry)
        pendingRetry(); // a retry firing after the client is gone does nothing
    QTRY_COMPARE(m_network->findChildren<QNetworkReply *>().size(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(outcome->calls, 0);
    // Only the token request (answered before the client went) may have been recorded.
    for (const QList<QVariant> &arguments : std::as_const(finished))
        QCOMPARE(arguments.first().value<Api::CallRecord>().operation, QStringLiteral("Get access token"));
}

void TestApiClient::destroyedFromItsOwnCallback()
{
    makeClient();
    int calls = 0;
    m_client->send(getWebhooks(), [this, &calls](const Api::ApiResponse &) {
        ++calls;
        m_client.reset();
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(!m_client);
}

void TestApiClient::callFinishedRecord()
{
    makeClient();
    QSignalSpy finished(m_client.get(), &Api::ApiClient::callFinished);
    m_server->enqueueJson(kPaymentsPath, 201, R"({"reference":"ref-12345678"})");
    QVERIFY(call(createPayment()).ok());
    QCOMPARE(finished.size(), 2); // the token request, then the call
    const auto token = finished.first().first().value<Api::CallRecord>();
    QCOMPARE(token.operation, QStringLiteral("Get access token"));
    QCOMPARE(token.status, 200);
    QVERIFY2(token.curl.contains(QStringLiteral("\"$VIPPS_CLIENT_SECRET\"")), qPrintable(token.curl));
    QVERIFY(!token.curl.contains(kClientSecret));
    QVERIFY(!token.curl.contains(kSubscriptionKey));
    const auto record = finished.last().first().value<Api::CallRecord>();
    QCOMPARE(record.operation, QStringLiteral("Create payment"));
    QCOMPARE(record.method, QByteArray("POST"));
    QCOMPARE(record.url, m_server->baseUrl().resolved(QUrl(QString::fromLatin1(kPaymentsPath))));
    QCOMPARE(record.status, 201);
    QCOMPARE(record.attempts, 1);
    QVERIFY(record.error.ok());
    QVERIFY2(record.curl.contains(QStringLiteral("\"$VIPPS_ACCESS_TOKEN\"")), qPrintable(record.curl));
    QVERIFY(record.curl.contains(QStringLiteral("\"$VIPPS_SUBSCRIPTION_KEY\"")));
    QVERIFY(record.curl.contains(QStringLiteral("idem-key-1")));
    QVERIFY(!record.curl.contains(QString::fromLatin1(kTokenPrefix)));
    QVERIFY(!record.curl.contains(kSubscriptionKey));
}

void TestApiClient::secretsNeverLogged()
{
    static QStringList captured;
    captured.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { captured.append(message); });

    Api::ClientConfig settings = config(m_server->baseUrl());
    settings.maxRetries = 1;
    makeClient(settings);
    QSignalSpy finished(m_client.get(), &Api::ApiClient::callFinished);
    m_server->enqueueJson(kPaymentsPath, 401, R"({"statusCode":401,"message":"Access denied."})");
    m_server->enqueueJson(kPaymentsPath, 503, "{}");
    m_server->enqueueJson(kPaymentsPath, 201, "{}");
    m_server->enqueueJson(kWebhooksPath, 400, R"({"title":"Bad Request","status":400})");
    const Api::ApiResponse created = call(createPayment());
    const Api::ApiResponse failed = call(getWebhooks());
    const QString curl = m_client->curl(m_client->tokens()->request());

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));

    QVERIFY2(created.ok(), qPrintable(created.error.summary()));
    QCOMPARE(failed.status, 400);
    QVERIFY2(captured.size() >= 6, "the category is on: each attempt and each finish is logged");
    QStringList texts = captured;
    for (const QVariantList &arguments : std::as_const(finished))
        texts.append(arguments.first().value<Api::CallRecord>().curl);
    texts.append(curl);
    texts.append(created.error.summary());
    texts.append(failed.error.lines());
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(kClientSecret), qPrintable(text));
        QVERIFY2(!text.contains(kSubscriptionKey), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(kTokenPrefix)), qPrintable(text));
    }
    QVERIFY(curl.contains(QStringLiteral("\"$VIPPS_CLIENT_SECRET\"")));
}

void TestApiClient::curl_data()
{
    QTest::addColumn<bool>("showSecrets");
    QTest::addColumn<bool>("tokenCached");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QString>("subscriptionKey");

    const QString placeholderToken = QStringLiteral("'Authorization: Bearer '\"$VIPPS_ACCESS_TOKEN\"");
    const QString placeholderKey = QStringLiteral("'Ocp-Apim-Subscription-Key: '\"$VIPPS_SUBSCRIPTION_KEY\"");
    const QString realKey = QStringLiteral("'Ocp-Apim-Subscription-Key: ") + kSubscriptionKey + QLatin1Char('\'');
    QTest::newRow("secrets hidden, no token yet") << false << false << placeholderToken << placeholderKey;
    QTest::newRow("secrets hidden, token cached") << false << true << placeholderToken << placeholderKey;
    QTest::newRow("secrets shown, token cached")
        << true << true << QStringLiteral("'Authorization: Bearer token-T0K3N-1'") << realKey;
    QTest::newRow("secrets shown, no token yet") << true << false << placeholderToken << realKey;
}

void TestApiClient::curl()
{
    QFETCH(bool, showSecrets);
    QFETCH(bool, tokenCached);
    QFETCH(QString, authorization);
    QFETCH(QString, subscriptionKey);

    makeClient();
    if (tokenCached)
        QVERIFY(call(getWebhooks()).ok());
    const QString text = m_client->curl(createPayment(), showSecrets);
    QVERIFY2(
        text.startsWith(QStringLiteral("curl -X POST '%1/epayment/v1/payments'").arg(m_server->baseUrl().toString())),
        qPrintable(text));
    QVERIFY2(text.contains(authorization), qPrintable(text));
    QVERIFY2(text.contains(subscriptionKey), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("'Merchant-Serial-Number: 123456'")));
    QVERIFY(text.contains(QStringLiteral("'Idempotency-Key: idem-key-1'")));
    QVERIFY(text.contains(QStringLiteral("'Content-Type: application/json'")));
    QVERIFY(text.contains(QString::fromLatin1(kPaymentBody)));
    // Headers in the order send() puts them on the wire.
    QVERIFY(text.indexOf(QStringLiteral("Authorization")) < text.indexOf(QStringLiteral("Ocp-Apim")));
    QVERIFY(text.indexOf(QStringLiteral("Vipps-System-Plugin-Version")) < text.indexOf(QStringLiteral("Content-Type")));
    QVERIFY(text.indexOf(QStringLiteral("Idempotency-Key")) < text.indexOf(QStringLiteral("X-Request-Id")));

    const QString token = m_client->curl(m_client->tokens()->request(), showSecrets);
    QVERIFY2(token.contains(QStringLiteral("--data ''")), qPrintable(token));
    QVERIFY(!token.contains(QStringLiteral("Authorization")));
    QCOMPARE(token.contains(kClientSecret), showSecrets);
    QCOMPARE(token.contains(QStringLiteral("\"$VIPPS_CLIENT_SECRET\"")), !showSecrets);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
