// SPDX-License-Identifier: MIT
// The simulator's token call and caller checks over HTTP (docs/vipps-wire.md §1, §2, §7): the project's token client
// against it, the answer byte for byte, Azure API Management's 401s, the "Bearer" rule and expiry with a fake clock.
#include "api/accesstoken.h"
#include "api/apiclient.h"
#include "api/tokenprovider.h"
#include "api/webhooksapi.h"
#include "apitestsupport.h"
#include "http/server.h"
#include "rawhttpclient.h"
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
const QString kBadKeyMessage = QStringLiteral("Access denied due to invalid subscription key. "
                                              "Make sure to provide a valid key for an active subscription.");
const QString kMissingKeyMessage = QStringLiteral("Access denied due to missing subscription key. "
                                                  "Make sure to include subscription key when making requests to an "
                                                  "API.");
const QString kBadClientMessage = QStringLiteral("Access denied due to invalid client_id or client_secret. "
                                                 "Make sure to use the keys of the same sales unit.");
const QString kBadMsnMessage = QStringLiteral("Access denied due to invalid Merchant-Serial-Number. "
                                              "Make sure it is the MSN of the sales unit the keys belong to.");
const QString kBadTokenMessage = QStringLiteral("Unauthorized. Access token is missing or invalid.");
const QString kNotBearerMessage =
    QStringLiteral("Unauthorized. The Authorization header must be \"Bearer <access token>\".");
const QString kExpiredMessage = QStringLiteral("Unauthorized. Access token has expired; get a new one.");

QByteArray requestBytes(const QByteArray &method, const QByteArray &path, const Http::HeaderList &headers,
                        const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const Http::Header &header : headers)
        bytes += header.name + ": " + header.value + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The token call's headers with the simulator's demo credentials (docs/vipps-wire.md §2).
Http::HeaderList tokenHeaders(const Sim::SimCredentials &keys = {})
{
    return {{"client_id", keys.clientId.toUtf8()},
            {"client_secret", keys.clientSecret.toUtf8()},
            {"Ocp-Apim-Subscription-Key", keys.subscriptionKey.toUtf8()},
            {"Merchant-Serial-Number", keys.merchantSerialNumber.toUtf8()}};
}

// Azure API Management's error body, members in its order (docs/vipps-wire.md §7).
QByteArray apimBody(int status, const QString &message)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact);
    return "{\"statusCode\":" + QByteArray::number(status) + ",\"message\":" + quoted.mid(1, quoted.size() - 2) + '}';
}

} // namespace

class TestSimToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tokenThroughTheClient();
    void tokenOnTheWire_data();
    void tokenOnTheWire();
    void refusedCredentials_data();
    void refusedCredentials();
    void tokenNeedsPost();
    void callerChecks_data();
    void callerChecks();
    void expiredTokenRefused();
    void clientGetsANewTokenAfterExpiry();
    void unknownPath();
    void ePaymentNotServedYet();

private:
    RawResponse send(const QByteArray &method, const QByteArray &path, const Http::HeaderList &headers,
                     const QByteArray &body = {});
    QByteArray rawToken();
    Api::ClientConfig clientConfig() const;

    QDateTime m_now;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Http::Server> m_server;
};

void TestSimToken::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("vwb.api.debug=false"));
}

void TestSimToken::init()
{
    m_now = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_simulator = std::make_unique<Sim::Simulator>();
    m_simulator->tokens().setClock([this] { return m_now; });
    m_server = std::make_unique<Http::Server>(m_simulator.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestSimToken::cleanup()
{
    m_server.reset();
    m_simulator.reset();
    m_network.reset();
}

RawResponse TestSimToken::send(const QByteArray &method, const QByteArray &path, const Http::HeaderList &headers,
                               const QByteArray &body)
{
    RawHttpClient client;
    if (!client.connectTo(m_server->serverPort()))
        return {};
    client.send(requestBytes(method, path, headers, body));
    return client.readResponse();
}

QByteArray TestSimToken::rawToken()
{
    const RawResponse response = send("POST", "/accesstoken/get", tokenHeaders());
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("access_token")).toString().toLatin1();
}

// ApiTest's configuration, with the simulator's demo keys and the fake clock.
Api::ClientConfig TestSimToken::clientConfig() const
{
    Api::ClientConfig config =
        ApiTest::testConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    const Sim::SimCredentials keys = m_simulator->credentials();
    config.clientId = keys.clientId;
    config.clientSecret = keys.clientSecret;
    config.subscriptionKey = keys.subscriptionKey;
    config.merchantSerialNumber = keys.merchantSerialNumber;
    config.clock = [this] { return m_now; };
    return config;
}

void TestSimToken::tokenThroughTheClient()
{
    Api::TokenProvider provider(m_network.get(), clientConfig());
    std::optional<Api::AccessToken> token;
    Api::ApiError error;
    bool called = false;
    provider.token([&](const Api::AccessToken *given, const Api::ApiError &failure) {
        called = true;
        if (given)
            token = *given;
        error = failure;
    });
    QTRY_VERIFY(called);
    QVERIFY2(error.ok(), qPrintable(error.summary()));
    QVERIFY(token);
    QCOMPARE(token->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(token->expiresIn, 3600);
    QCOMPARE(token->expiresOn, m_now.addSecs(3600));
    QCOMPARE(token->notBefore, m_now);
    QCOMPARE(token->value.size(), 43);
}

void TestSimToken::tokenOnTheWire_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Http::HeaderList>("headers");

    Http::HeaderList withoutMsn = tokenHeaders();
    withoutMsn.removeLast();
    QTest::newRow("spec spelling") << QByteArray("/accesstoken/get") << tokenHeaders();
    QTest::newRow("quick-start spelling") << QByteArray("/accessToken/get") << tokenHeaders();
    QTest::newRow("without the optional MSN") << QByteArray("/accesstoken/get") << withoutMsn;
}

// docs/vipps-wire.md §2: every field a JSON string, in the documented order, and the exact content type.
void TestSimToken::tokenOnTheWire()
{
    QFETCH(QByteArray, path);
    QFETCH(Http::HeaderList, headers);

    const RawResponse response = send("POST", path, headers);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));
    const QJsonObject token = QJsonDocument::fromJson(response.body).object();
    const QStringList order{QStringLiteral("token_type"),     QStringLiteral("expires_in"),
                            QStringLiteral("ext_expires_in"), QStringLiteral("expires_on"),
                            QStringLiteral("not_before"),     QStringLiteral("resource"),
                            QStringLiteral("access_token")};
    QCOMPARE(token.size(), order.size());
    qsizetype last = -1;
    for (const QString &name : order) {
        QVERIFY2(token.value(name).isString(), qPrintable(name));
        const qsizetype at = response.body.indexOf("\"" + name.toLatin1() + "\":");
        QVERIFY2(at > last, qPrintable(name));
        last = at;
    }
    QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QLatin1String("expires_in")).toString(), QStringLiteral("3600"));
    QCOMPARE(token.value(QLatin1String("ext_expires_in")).toString(), QStringLiteral("0"));
    QCOMPARE(token.value(QLatin1String("expires_on")).toString(), QString::number(m_now.toSecsSinceEpoch() + 3600));
    QCOMPARE(token.value(QLatin1String("not_before")).toString(), QString::number(m_now.toSecsSinceEpoch()));
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY(base64url.match(token.value(QLatin1String("access_token")).toString()).hasMatch());
}

void TestSimToken::refusedCredentials_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value"); // null: header left out
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong subscription key")
        << QByteArray("Ocp-Apim-Subscription-Key") << QByteArray("nope") << kBadKeyMessage;
    QTest::newRow("missing subscription key")
        << QByteArray("Ocp-Apim-Subscription-Key") << QByteArray() << kMissingKeyMessage;
    QTest::newRow("wrong client secret") << QByteArray("client_secret") << QByteArray("sim-client-secreT")
                                         << kBadClientMessage;
    QTest::newRow("missing client secret") << QByteArray("client_secret") << QByteArray() << kBadClientMessage;
    QTest::newRow("wrong client id") << QByteArray("client_id") << QByteArray("other-client") << kBadClientMessage;
    QTest::newRow("another MSN") << QByteArray("Merchant-Serial-Number") << QByteArray("654321") << kBadMsnMessage;
}

// docs/vipps-wire.md §7: Azure API Management's {"statusCode":401,"message":...}, and no token for anyone.
void TestSimToken::refusedCredentials()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);

    Http::HeaderList headers;
    for (const Http::Header &given : tokenHeaders()) {
        if (given.name != header)
            headers.append(given);
        else if (!value.isNull())
            headers.append(Http::Header{header, value});
    }
    const RawResponse response = send("POST", "/accesstoken/get", headers);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(response.body, apimBody(401, message));
    QVERIFY(!response.body.contains("access_token"));
}

void TestSimToken::tokenNeedsPost()
{
    const RawResponse response = send("GET", "/accesstoken/get", tokenHeaders());
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("POST"));
    QVERIFY(!response.body.contains("access_token"));
}

void TestSimToken::callerChecks_data()
{
    QTest::addColumn<QByteArray>("authorization"); // "%1" is replaced by a fresh token; null: left out
    QTest::addColumn<QByteArray>("subscriptionKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // empty on success

    const QByteArray key = Sim::SimCredentials().subscriptionKey.toUtf8();
    QTest::newRow("bearer token and key") << QByteArray("Bearer %1") << key << 200 << QString();
    QTest::newRow("scheme in lower case") << QByteArray("bearer %1") << key << 200 << QString();
    QTest::newRow("token without the word Bearer") << QByteArray("%1") << key << 401 << kNotBearerMessage;
    QTest::newRow("Basic scheme") << QByteArray("Basic %1") << key << 401 << kNotBearerMessage;
    QTest::newRow("no Authorization header") << QByteArray() << key << 401 << kBadTokenMessage;
    QTest::newRow("token never issued") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") << key
                                        << 401 << kBadTokenMessage;
    QTest::newRow("wrong subscription key")
        << QByteArray("Bearer %1") << QByteArray("other-key") << 401 << kBadKeyMessage;
    QTest::newRow("no subscription key") << QByteArray("Bearer %1") << QByteArray() << 401 << kMissingKeyMessage;
}

// docs/vipps-wire.md §1: every call but the token call needs "Bearer <token>" and the subscription key.
void TestSimToken::callerChecks()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, subscriptionKey);
    QFETCH(QString, message);

    Http::HeaderList headers;
    if (!authorization.isNull())
        headers.append(Http::Header{"Authorization", QByteArray(authorization).replace("%1", rawToken())});
    if (!subscriptionKey.isEmpty())
        headers.append(Http::Header{"Ocp-Apim-Subscription-Key", subscriptionKey});
    const RawResponse response = send("GET", kWebhooksPath, headers);
    QTEST(response.status, "status");
    if (message.isEmpty())
        QCOMPARE(response.body, QByteArray(R"({"webhooks":[]})"));
    else
        QCOMPARE(response.body, apimBody(401, message));
}

void TestSimToken::expiredTokenRefused()
{
    const Http::HeaderList headers{{"Authorization", "Bearer " + rawToken()},
                                   {"Ocp-Apim-Subscription-Key", Sim::SimCredentials().subscriptionKey.toUtf8()}};
    m_now = m_now.addSecs(3599);
    QCOMPARE(send("GET", kWebhooksPath, headers).status, 200);
    m_now = m_now.addSecs(1);
    const RawResponse response = send("GET", kWebhooksPath, headers);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.body, apimBody(401, kExpiredMessage));
}

// The project's client sees the token's expiry on the same clock and fetches a new one by itself.
void TestSimToken::clientGetsANewTokenAfterExpiry()
{
    QSignalSpy handled(m_simulator.get(), &Sim::Simulator::requestHandled);
    Api::ApiClient client(m_network.get(), clientConfig());
    Api::WebhooksApi api(&client);
    for (int round = 0; round < 2; ++round) {
        bool called = false;
        Api::ApiError error;
        api.list([&](const QList<Api::Webhook> &, const Api::ApiError &failure) {
            called = true;
            error = failure;
        });
        QTRY_VERIFY(called);
        QVERIFY2(error.ok(), qPrintable(error.summary()));
        m_now = m_now.addSecs(3600);
    }
    QStringList calls;
    for (const QList<QVariant> &call : handled)
        calls.append(QString::fromLatin1(call.at(0).toByteArray() + ' ' + call.at(1).toByteArray() + ' ' +
                                         QByteArray::number(call.at(2).toInt())));
    QCOMPARE(calls, (QStringList{
                        QStringLiteral("POST /accesstoken/get 200"), QStringLiteral("GET /webhooks/v1/webhooks 200"),
                        QStringLiteral("POST /accesstoken/get 200"), QStringLiteral("GET /webhooks/v1/webhooks 200")}));
}

void TestSimToken::unknownPath()
{
    const RawResponse response = send("GET", "/recurring/v3/agreements", {});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(problem.value(QLatin1String("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(problem.value(QLatin1String("instance")).toString(), QStringLiteral("/recurring/v3/agreements"));
}

// Until the payment ledger is plugged in, authenticated ePayment calls get a clear 501; others still a 401.
void TestSimToken::ePaymentNotServedYet()
{
    const QByteArray key = Sim::SimCredentials().subscriptionKey.toUtf8();
    QCOMPARE(send("GET", "/epayment/v1/payments/ref-12345678", {{"Ocp-Apim-Subscription-Key", key}}).status, 401);
    const RawResponse response = send("GET", "/epayment/v1/payments/ref-12345678",
                                      {{"Authorization", "Bearer " + rawToken()}, {"Ocp-Apim-Subscription-Key", key}});
    QCOMPARE(response.status, 501);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QLatin1String("status")).toInt(), 501);
}

QTEST_GUILESS_MAIN(TestSimToken)
#include "tst_simtoken.moc"
