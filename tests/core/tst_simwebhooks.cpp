// SPDX-License-Identifier: MIT
// The simulator's Webhooks API over HTTP (docs/vipps-wire.md §3): register, list and delete through the project's
// client, the answers on the wire, validation as 400 problem details, the limit per event type, MSN scoping,
// and registration secrets that sign deliveries the project's verifier accepts.
#include "api/apiclient.h"
#include "api/webhooksapi.h"
#include "apitestsupport.h"
#include "http/request.h"
#include "http/server.h"
#include "rawhttpclient.h"
#include "signature/scheme.h"
#include "signature/signer.h"
#include "signature/verifier.h"
#include "sim/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QByteArray kWebhooksPath = "/webhooks/v1/webhooks";
const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QString kAuthorized = QStringLiteral("epayments.payment.authorized.v1");
const QByteArray kOtherMsn = "654321";

QByteArray requestBytes(const QByteArray &method, const QByteArray &path, const Http::HeaderList &headers,
                        const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const Http::Header &header : headers)
        bytes += header.name + ": " + header.value + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray registerBody(const QByteArray &url, const QByteArray &event = "epayments.payment.captured.v1")
{
    return R"({"url":")" + url + R"(","events":[")" + event + "\"]}";
}

QStringList namesOf(const QJsonArray &extraDetails)
{
    QStringList names;
    for (const QJsonValue &detail : extraDetails)
        names.append(detail.toObject().value(QLatin1String("name")).toString());
    return names;
}

// What one WebhooksApi call delivered.
struct Outcome
{
    bool done = false;
    Api::ApiError error;
    Api::RegisteredWebhook registered;
    QList<Api::Webhook> webhooks;
};

} // namespace

class TestSimWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripThroughTheClient();
    void secretSignsDeliveries();
    void registerOnTheWire();
    void listOnTheWire();
    void validation_data();
    void validation();
    void limitPerEventType();
    void registrationsArePerMsn();
    void deleteUnknownId();
    void wrongMethod_data();
    void wrongMethod();
    void deliveryTargets();

private:
    RawResponse send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QByteArray &msn = {});
    QByteArray registerRaw(const QByteArray &url, const QByteArray &msn = {});
    Outcome registerThroughClient(const QUrl &url, const QStringList &events);
    Outcome listThroughClient();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Http::Server> m_server;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::WebhooksApi> m_api;
    QByteArray m_token;
};

void TestSimWebhooks::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestSimWebhooks::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_simulator = std::make_unique<Sim::Simulator>();
    m_server = std::make_unique<Http::Server>(m_simulator.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Api::ClientConfig config =
        ApiTest::testConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    const Sim::SimCredentials keys = m_simulator->credentials();
    config.clientId = keys.clientId;
    config.clientSecret = keys.clientSecret;
    config.subscriptionKey = keys.subscriptionKey;
    config.merchantSerialNumber = keys.merchantSerialNumber;
    m_client = std::make_unique<Api::ApiClient>(m_network.get(), config);
    m_api = std::make_unique<Api::WebhooksApi>(m_client.get());

    const RawResponse token = send("POST", "/accesstoken/get");
    m_token = QJsonDocument::fromJson(token.body).object().value(QLatin1String("access_token")).toString().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestSimWebhooks::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
    m_simulator.reset();
    m_network.reset();
}

// Raw bytes with the demo keys and the test's token (the token call ignores the token).
RawResponse TestSimWebhooks::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                  const QByteArray &msn)
{
    const Sim::SimCredentials keys = m_simulator->credentials();
    Http::HeaderList headers{{"client_id", keys.clientId.toUtf8()},
                             {"client_secret", keys.clientSecret.toUtf8()},
                             {"Ocp-Apim-Subscription-Key", keys.subscriptionKey.toUtf8()},
                             {"Authorization", "Bearer " + m_token}};
    if (!msn.isEmpty())
        headers.append(Http::Header{"Merchant-Serial-Number", msn});
    if (!body.isEmpty())
        headers.append(Http::Header{"Content-Type", "application/json"});
    RawHttpClient client;
    if (!client.connectTo(m_server->serverPort()))
        return {};
    client.send(requestBytes(method, path, headers, body));
    return client.readResponse();
}

// The new registration's id, empty when refused.
QByteArray TestSimWebhooks::registerRaw(const QByteArray &url, const QByteArray &msn)
{
    const RawResponse response = send("POST", kWebhooksPath, registerBody(url), msn);
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("id")).toString().toLatin1();
}

Outcome TestSimWebhooks::registerThroughClient(const QUrl &url, const QStringList &events)
{
    Outcome outcome;
    m_api->registerWebhook(url, events, [&](const Api::RegisteredWebhook &webhook, const Api::ApiError &error) {
        outcome.registered = webhook;
        outcome.error = error;
        outcome.done = true;
    });
    [&] { QTRY_VERIFY(outcome.done); }();
    return outcome;
}

Outcome TestSimWebhooks::listThroughClient()
{
    Outcome outcome;
    m_api->list([&](const QList<Api::Webhook> &webhooks, const Api::ApiError &error) {
        outcome.webhooks = webhooks;
        outcome.error = error;
        outcome.done = true;
    });
    [&] { QTRY_VERIFY(outcome.done); }();
    return outcome;
}

void TestSimWebhooks::roundTripThroughTheClient()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:8080/hooks/vipps"));
    const Outcome registered = registerThroughClient(url, {kCaptured, kAuthorized});
    QVERIFY2(registered.error.ok(), qPrintable(registered.error.summary()));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                                        "[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(registered.registered.id).hasMatch(), qPrintable(registered.registered.id));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]{86}==$"));
    QVERIFY(base64.match(QString::fromLatin1(registered.registered.secret)).hasMatch());

    const Outcome listed = listThroughClient();
    QVERIFY2(listed.error.ok(), qPrintable(listed.error.summary()));
    QCOMPARE(listed.webhooks, (QList<Api::Webhook>{{registered.registered.id, url, {kCaptured, kAuthorized}}}));

    bool deleted = false;
    Api::ApiError error;
    m_api->remove(registered.registered.id, [&](const Api::ApiError &failure) {
        error = failure;
        deleted = true;
    });
    QTRY_VERIFY(deleted);
    QVERIFY2(error.ok(), qPrintable(error.summary()));
    QVERIFY(listThroughClient().webhooks.isEmpty());
}

// docs/vipps-wire.md §5: the secret is the HMAC key, used as given.
void TestSimWebhooks::secretSignsDeliveries()
{
    const QUrl url(QStringLiteral("https://example.com/hooks/vipps?env=sim"));
    const Outcome registered = registerThroughClient(url, {kCaptured});
    QVERIFY2(registered.error.ok(), qPrintable(registered.error.summary()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray body = R"({"msn":"123456","reference":"ref-12345678","name":"CAPTURED"})";
    Http::Request delivery;
    delivery.method = "POST";
    delivery.target = Signature::Scheme::pathAndQueryOf(url);
    delivery.version = "HTTP/1.1";
    delivery.headers = Signature::Signer::sign(registered.registered.secret, url, body, now).toHeaders();
    delivery.headers.append(Http::Header{"Webhook-Id", registered.registered.id.toLatin1()});
    delivery.body = body;

    Signature::Verifier verifier;
    verifier.addSecret({registered.registered.id, registered.registered.secret, QStringLiteral("registered")});
    const Signature::Verification verification = verifier.verify(delivery, now);
    QCOMPARE(Signature::resultName(verification.result), QStringLiteral("valid"));
}

// docs/vipps-wire.md §3: 201 RegisterResponse {"id","secret"}.
void TestSimWebhooks::registerOnTheWire()
{
    const RawResponse response = send("POST", kWebhooksPath, registerBody("https://example.com/hook"));
    QCOMPARE(response.status, 201);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    static const QRegularExpression shape(
        QStringLiteral("^\\{\"id\":\"[0-9a-f-]{36}\",\"secret\":\"[A-Za-z0-9+/]{86}==\"\\}$"));
    QVERIFY2(shape.match(QString::fromLatin1(response.body)).hasMatch(), "register answer shape");
}

// docs/vipps-wire.md §3: QueryResponse {"webhooks":[{id,url,events}]}: no secret, ever.
void TestSimWebhooks::listOnTheWire()
{
    const RawResponse registered = send("POST", kWebhooksPath, registerBody("https://example.com/hook"));
    const QJsonObject answer = QJsonDocument::fromJson(registered.body).object();
    const QByteArray secret = answer.value(QLatin1String("secret")).toString().toLatin1();
    const QByteArray id = answer.value(QLatin1String("id")).toString().toLatin1();

    const RawResponse listed = send("GET", kWebhooksPath);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(listed.body, R"({"webhooks":[{"id":")" + id +
                              R"(","url":"https://example.com/hook","events":["epayments.payment.captured.v1"]}]})");
    QVERIFY(!listed.body.contains(secret));
    QVERIFY(!listed.body.contains("secret"));
}

void TestSimWebhooks::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QStringList>("names"); // empty: accepted (201)
    QTest::addColumn<QString>("reasonPart");

    const QStringList url{QStringLiteral("url")};
    const QStringList events{QStringLiteral("events")};
    const QString required = QStringLiteral("required");
    QTest::newRow("missing url") << QByteArray(R"({"events":["epayments.payment.captured.v1"]})") << false << url
                                 << required;
    QTest::newRow("empty url") << registerBody("") << false << url << required;
    QTest::newRow("relative url") << registerBody("/hooks/vipps") << false << url << QStringLiteral("absolute");
    QTest::newRow("not a web url") << registerBody("ftp://example.com/hook") << false << url
                                   << QStringLiteral("absolute");
    QTest::newRow("url not a string") << QByteArray(R"({"url":42,"events":["epayments.payment.captured.v1"]})") << false
                                      << url << QStringLiteral("absolute");
    QTest::newRow("http to a public host")
        << registerBody("http://example.com/hook") << false << url << QStringLiteral("HTTPS");
    QTest::newRow("http to 127.0.0.1 allowed")
        << registerBody("http://127.0.0.1:8080/hook") << false << QStringList() << QString();
    QTest::newRow("http to localhost allowed")
        << registerBody("http://localhost:8080/hook") << false << QStringList() << QString();
    QTest::newRow("http refused under strict mode")
        << registerBody("http://127.0.0.1:8080/hook") << true << url << QStringLiteral("HTTPS");
    QTest::newRow("https under strict mode")
        << registerBody("https://example.com/hook") << true << QStringList() << QString();
    QTest::newRow("missing events") << QByteArray(R"({"url":"https://example.com/hook"})") << false << events
                                    << required;
    QTest::newRow("empty events") << QByteArray(R"({"url":"https://example.com/hook","events":[]})") << false << events
                                  << required;
    QTest::newRow("unknown event") << registerBody("https://example.com/hook", "epayments.payment.teleported.v1")
                                   << false << events << QStringLiteral("'epayments.payment.teleported.v1'");
    QByteArray manyUnknown = R"({"url":"https://example.com/hook","events":[)";
    for (int i = 0; i < 9; ++i)
        manyUnknown += "\"epayments.payment.teleported-" + QByteArray::number(i) + ".v1\",";
    manyUnknown += R"("epayments.payment.captured.v1"]})";
    QTest::newRow("many unknown events") << manyUnknown << false << QStringList(6, QStringLiteral("events"))
                                         << QStringLiteral("'epayments.payment.teleported-0.v1'");
    QByteArray endless = R"({"url":"https://example.com/hook","events":[)";
    for (int i = 0; i < 20000; ++i)
        endless += "\"epayments.payment.captured.v1\",";
    endless.chop(1);
    endless += "]}";
    QTest::newRow("one type 20000 times") << endless << false << events << QStringLiteral("20000 entries");
    QTest::newRow("a type twice") << QByteArray(R"({"url":"https://example.com/hook","events":)"
                                                R"(["epayments.payment.captured.v1","epayments.payment.captured.v1"]})")
                                  << false << QStringList() << QString();
    QTest::newRow("unknown property")
        << QByteArray(R"({"url":"https://example.com/hook","events":["epayments.payment.captured.v1"],"x":1})") << false
        << QStringList{QStringLiteral("x")} << QStringLiteral("'x'");
    QTest::newRow("not JSON") << QByteArray("url=https://example.com/hook") << false
                              << QStringList{QStringLiteral("body")} << QStringLiteral("JSON object");
    QTest::newRow("JSON array") << QByteArray(R"(["https://example.com/hook"])") << false
                                << QStringList{QStringLiteral("body")} << QStringLiteral("JSON object");
    QTest::newRow("bad url and no events")
        << QByteArray(R"({"url":"hook"})") << false << QStringList{QStringLiteral("url"), QStringLiteral("events")}
        << QStringLiteral("absolute");
}

// docs/vipps-wire.md §3 "Schemas": 400 application/problem+json ProblemDetails with extraDetails naming the field.
void TestSimWebhooks::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, strict);
    QFETCH(QStringList, names);
    QFETCH(QString, reasonPart);

    m_simulator->setStrictUrls(strict);
    const RawResponse response = send("POST", kWebhooksPath, body);
    if (names.isEmpty()) {
        QCOMPARE(response.status, 201);
        return;
    }
    QCOMPARE(response.status, 400);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(problem.value(QLatin1String("title")).toString(), QStringLiteral("Bad Request"));
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 400);
    QCOMPARE(problem.value(QLatin1String("detail")).toString(),
             QStringLiteral("One or more validation errors occurred."));
    QCOMPARE(problem.value(QLatin1String("instance")).toString(), QStringLiteral("/v1/webhooks"));
    static const QRegularExpression traceparent(QStringLiteral("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$"));
    QVERIFY(traceparent.match(problem.value(QLatin1String("traceId")).toString()).hasMatch());
    const QJsonArray details = problem.value(QLatin1String("extraDetails")).toArray();
    QCOMPARE(namesOf(details), names);
    const QString reason = details.first().toObject().value(QLatin1String("reason")).toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QVERIFY(listThroughClient().webhooks.isEmpty());
}

// docs/vipps-wire.md §3 "Limits and scoping": up to 25 registrations per event type per MSN.
void TestSimWebhooks::limitPerEventType()
{
    for (int i = 0; i < Sim::WebhookRegistry::MaxPerEventType; ++i)
        QVERIFY2(!registerRaw("https://example.com/hook/" + QByteArray::number(i)).isEmpty(),
                 qPrintable(QString::number(i)));

    const RawResponse refused = send("POST", kWebhooksPath, registerBody("https://example.com/hook/26"));
    QCOMPARE(refused.status, 400);
    const QJsonArray details =
        QJsonDocument::fromJson(refused.body).object().value(QLatin1String("extraDetails")).toArray();
    QCOMPARE(namesOf(details), QStringList{QStringLiteral("events")});
    QVERIFY(details.first().toObject().value(QLatin1String("reason")).toString().contains(kCaptured));

    const RawResponse otherType =
        send("POST", kWebhooksPath, registerBody("https://example.com/hook/26", kAuthorized.toLatin1()));
    QCOMPARE(otherType.status, 201);
    QVERIFY(!registerRaw("https://example.com/hook/26", kOtherMsn).isEmpty());
    QCOMPARE(listThroughClient().webhooks.size(), Sim::WebhookRegistry::MaxPerEventType + 1);
}

void TestSimWebhooks::registrationsArePerMsn()
{
    const QByteArray id = registerRaw("https://example.com/hook");
    QVERIFY(!id.isEmpty());
    QCOMPARE(send("GET", kWebhooksPath, {}, kOtherMsn).body, QByteArray(R"({"webhooks":[]})"));
    QCOMPARE(send("DELETE", kWebhooksPath + '/' + id, {}, kOtherMsn).status, 404);
    QCOMPARE(listThroughClient().webhooks.size(), 1); // the client sends the profile's MSN, 123456
    QCOMPARE(send("DELETE", kWebhooksPath + '/' + id, {}, "123456").status, 204);
}

void TestSimWebhooks::deleteUnknownId()
{
    const QByteArray id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    const RawResponse response = send("DELETE", kWebhooksPath + '/' + id);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(problem.value(QLatin1String("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(problem.value(QLatin1String("instance")).toString(), QString::fromLatin1("/v1/webhooks/" + id));
}

void TestSimWebhooks::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("allow");

    const QByteArray one = kWebhooksPath + "/3fa85f64-5717-4562-b3fc-2c963f66afa6";
    QTest::newRow("PUT on the collection") << QByteArray("PUT") << kWebhooksPath << QByteArray("GET, POST");
    QTest::newRow("DELETE on the collection") << QByteArray("DELETE") << kWebhooksPath << QByteArray("GET, POST");
    QTest::newRow("GET one webhook") << QByteArray("GET") << one << QByteArray("DELETE");
    QTest::newRow("POST to one webhook") << QByteArray("POST") << one << QByteArray("DELETE");
}

void TestSimWebhooks::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);

    const RawResponse response = send(method, path);
    QCOMPARE(response.status, 405);
    QTEST(response.header("Allow"), "allow");
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QLatin1String("status")).toInt(), 405);
}

// For the delivery engine: who subscribed to an event type, with the secret to sign with.
void TestSimWebhooks::deliveryTargets()
{
    Sim::WebhookRegistry *registry = m_simulator->webhooks();
    QSignalSpy changed(registry, &Sim::WebhookRegistry::registrationsChanged);
    const RawResponse answer = send("POST", kWebhooksPath, registerBody("https://example.com/a"));
    registerRaw("https://example.com/b", kOtherMsn);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("123456"));

    const QJsonObject registered = QJsonDocument::fromJson(answer.body).object();
    const QList<Sim::DeliveryTarget> targets = registry->targetsFor(kCaptured, QStringLiteral("123456"));
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().id, registered.value(QLatin1String("id")).toString());
    QCOMPARE(targets.first().url, QUrl(QStringLiteral("https://example.com/a")));
    QCOMPARE(targets.first().secret, registered.value(QLatin1String("secret")).toString().toLatin1());
    QVERIFY(registry->targetsFor(kAuthorized, QStringLiteral("123456")).isEmpty());

    send("DELETE", kWebhooksPath + '/' + targets.first().id.toLatin1());
    QCOMPARE(changed.size(), 3);
    QVERIFY(registry->targetsFor(kCaptured, QStringLiteral("123456")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimWebhooks)
#include "tst_simwebhooks.moc"
