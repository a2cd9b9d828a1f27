// SPDX-License-Identifier: MIT
// TokenProvider against a loopback server (docs/vipps-wire.md §2): the request on the wire, caching, early refresh,
// single flight, answers that are not a token, refused credentials, timeouts, an answer that never ends, and
// teardown mid-request.
#include "api/tokenprovider.h"
#include "apitestsupport.h"
#include "cannedserver.h"
#include "endlesspeer.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using ApiTest::kClientSecret;
using ApiTest::kSubscriptionKey;
using ApiTest::ownHeaders;
const QByteArray kPath = ApiTest::kTokenPath;
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

QByteArray tokenBody(const QByteArray &value, const QDateTime &expiresOn, bool asNumbers = false)
{
    const QByteArray on = QByteArray::number(expiresOn.toSecsSinceEpoch());
    const QByteArray before = QByteArray::number(kStart.toSecsSinceEpoch());
    const char *quote = asNumbers ? "" : "\"";
    return QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":") + quote + "3600" + quote +
           ",\"ext_expires_in\":" + quote + "0" + quote + ",\"expires_on\":" + quote + on + quote +
           ",\"not_before\":" + quote + before + quote +
           ",\"resource\":\"00000002-0000-0000-c000-000000000000\",\"access_token\":\"" + value + "\"}";
}

// What one token() call delivered.
struct Outcome
{
    bool called = false;
    std::optional<Api::AccessToken> token;
    Api::ApiError error;
};

} // namespace

class TestTokenProvider : public QObject, private ApiTest::ClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void requestDescribesTheCall();
    void cachedTokenIsReused();
    void refreshesBeforeExpiry_data();
    void refreshesBeforeExpiry();
    void singleFlight();
    void numericFieldsEitherWay_data();
    void numericFieldsEitherWay();
    void malformedAnswer_data();
    void malformedAnswer();
    void refusedCredentials_data();
    void refusedCredentials();
    void failureReachesEveryWaiter();
    void invalidateForcesNewRequest();
    void missingConfiguration_data();
    void missingConfiguration();
    void timeout();
    void endlessAnswerIsRefused();
    void connectionRefused();
    void destroyedWhileFetching();

private:
    Api::ClientConfig config(const QUrl &baseUrl) const;
    void makeProvider(const Api::ClientConfig &config);
    std::shared_ptr<Outcome> ask();
    void answerTokens();

    QDateTime m_now;
    int m_issued = 0;
    std::unique_ptr<Api::TokenProvider> m_provider;
};

void TestTokenProvider::init()
{
    m_now = kStart;
    m_issued = 0;
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
}

void TestTokenProvider::cleanup()
{
    m_provider.reset();
    finish(); // every reply released on every path
}

Api::ClientConfig TestTokenProvider::config(const QUrl &baseUrl) const
{
    Api::ClientConfig config = ApiTest::testConfig(baseUrl); // its retry scheduler is for ApiClient; unused here
    config.clock = [this] { return m_now; };
    return config;
}

void TestTokenProvider::makeProvider(const Api::ClientConfig &config)
{
    m_provider = std::make_unique<Api::TokenProvider>(m_network.get(), config);
}

std::shared_ptr<Outcome> TestTokenProvider::ask()
{
    auto outcome = std::make_shared<Outcome>();
    m_provider->token([outcome](const Api::AccessToken *token, const Api::ApiError &error) {
        outcome->called = true;
        if (token)
            outcome->token = *token;
        outcome->error = error;
    });
    return outcome;
}

// Every token request gets a new token, valid for an hour from the fake clock.
void TestTokenProvider::answerTokens()
{
    m_server->setResponder(kPath, [this](const Http::Request &) {
        const QByteArray value = "token-T0K3N-" + QByteArray::number(++m_issued);
        return Http::Response::json(200, tokenBody(value, m_now.addSecs(3600)), "application/json;charset=UTF-8");
    });
}

void TestTokenProvider::requestOnTheWire_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("msn");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Http::HeaderList>("headers");

    const Http::HeaderList credentials = {{"client_id", "client-id-1"},
                                          {"client_secret", kClientSecret.toUtf8()},
                                          {"Ocp-Apim-Subscription-Key", kSubscriptionKey.toUtf8()}};
    const Http::HeaderList system = {{"Vipps-System-Name", "workbench"},
                                     {"Vipps-System-Version", "0.1.0"},
                                     {"Vipps-System-Plugin-Name", "workbench-tests"},
                                     {"Vipps-System-Plugin-Version", "1.0"}};
    Http::HeaderList withMsn = credentials;
    withMsn.append(Http::Header{"Merchant-Serial-Number", "123456"});
    withMsn.append(system);
    Http::HeaderList withoutMsn = credentials;
    withoutMsn.append(system);

    QTest::newRow("with MSN") << QString() << QStringLiteral("123456") << kPath << withMsn;
    QTest::newRow("without MSN") << QString() << QString() << kPath << withoutMsn;
    QTest::newRow("base URL with a path prefix")
        << QStringLiteral("/vipps") << QStringLiteral("123456") << QByteArray("/vipps" + kPath) << withMsn;
    QTest::newRow("base URL with a trailing slash")
        << QStringLiteral("/vipps/") << QStringLiteral("123456") << QByteArray("/vipps" + kPath) << withMsn;
}

void TestTokenProvider::requestOnTheWire()
{
    QFETCH(QString, prefix);
    QFETCH(QString, msn);
    QFETCH(QByteArray, target);
    QFETCH(Http::HeaderList, headers);

    Api::ClientConfig settings = config(m_server->baseUrl(prefix));
    settings.merchantSerialNumber = msn;
    makeProvider(settings);
    m_server->setResponder(target, [](const Http::Request &) {
        return Http::Response::json(200, tokenBody("token-T0K3N-1", kStart.addSecs(3600)));
    });
    const auto outcome = ask();
    QTRY_VERIFY(outcome->called);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));

    QCOMPARE(m_server->requests().size(), 1);
    const Http::Request &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, target);
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(ownHeaders(request.headers), headers);
    QCOMPARE(request.headers.value("Content-Length"), QByteArray("0"));
    QCOMPARE(request.headers.count("Content-Length"), 1);
    QVERIFY(request.body.isEmpty());
}

void TestTokenProvider::requestDescribesTheCall()
{
    makeProvider(config(m_server->baseUrl()));
    const Api::ApiRequest request = m_provider->request();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/accesstoken/get"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.authenticated);
    QVERIFY(!request.retryable);
    QCOMPARE(request.headers.value("client_secret"), kClientSecret.toUtf8());
    QCOMPARE(request.headers.value("Ocp-Apim-Subscription-Key"), kSubscriptionKey.toUtf8());
    QCOMPARE(request.headers.size(), 8);
    QVERIFY(m_server->requests().isEmpty());
}

void TestTokenProvider::cachedTokenIsReused()
{
    makeProvider(config(m_server->baseUrl()));
    answerTokens();
    const auto first = ask();
    QTRY_VERIFY(first->called);
    QCOMPARE(first->token->value, QByteArray("token-T0K3N-1"));

    const auto second = ask();
    QVERIFY2(!second->called, "a cached token is still delivered through the event loop");
    QTRY_VERIFY(second->called);
    QCOMPARE(second->token->value, QByteArray("token-T0K3N-1"));
    QCOMPARE(m_server->count(kPath), 1);
    QCOMPARE(m_provider->cached()->value, QByteArray("token-T0K3N-1"));
}

void TestTokenProvider::refreshesBeforeExpiry_data()
{
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<int>("requests");

    const int margin = Api::TokenProvider::RefreshMarginSeconds;
    QTest::newRow("half the lifetime gone") << 1800 << 1;
    QTest::newRow("one second before the margin") << 3600 - margin - 1 << 1;
    QTest::newRow("exactly at the margin") << 3600 - margin << 2;
    QTest::newRow("inside the margin") << 3600 - 60 << 2;
    QTest::newRow("expired") << 7200 << 2;
}

void TestTokenProvider::refreshesBeforeExpiry()
{
    QFETCH(int, advanceSeconds);
    QFETCH(int, requests);

    makeProvider(config(m_server->baseUrl()));
    answerTokens();
    const auto first = ask();
    QTRY_VERIFY(first->called);
    m_now = m_now.addSecs(advanceSeconds);
    const auto second = ask();
    QTRY_VERIFY(second->called);
    QVERIFY(second->error.ok());
    QCOMPARE(m_server->count(kPath), requests);
    QCOMPARE(second->token->value, "token-T0K3N-" + QByteArray::number(requests));
}

void TestTokenProvider::singleFlight()
{
    makeProvider(config(m_server->baseUrl()));
    answerTokens();
    QSignalSpy changed(m_provider.get(), &Api::TokenProvider::tokenChanged);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i)
        outcomes.append(ask());
    for (const auto &outcome : outcomes) {
        QTRY_VERIFY(outcome->called);
        QVERIFY(outcome->error.ok());
        QCOMPARE(outcome->token->value, QByteArray("token-T0K3N-1"));
    }
    QCOMPARE(m_server->count(kPath), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toDateTime(), kStart.addSecs(3600));
}

void TestTokenProvider::numericFieldsEitherWay_data()
{
    QTest::addColumn<bool>("asNumbers");
    QTest::newRow("fields as JSON strings") << false;
    QTest::newRow("fields as JSON numbers") << true;
}

void TestTokenProvider::numericFieldsEitherWay()
{
    QFETCH(bool, asNumbers);
    makeProvider(config(m_server->baseUrl()));
    const QDateTime expiry = kStart.addSecs(3000);
    m_server->enqueueJson(kPath, 200, tokenBody("token-T0K3N-9", expiry, asNumbers));
    const auto outcome = ask();
    QTRY_VERIFY(outcome->called);
    QVERIFY2(outcome->error.ok(), qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->token->expiresOn, expiry);
    QCOMPARE(outcome->token->expiresIn, qint64(3600));
    QCOMPARE(outcome->token->notBefore, kStart);
}

void TestTokenProvider::malformedAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("token-T0K3N-1");
    QTest::newRow("no access_token") << QByteArray(R"({"token_type":"Bearer","expires_in":"3600"})");
    QTest::newRow("broken expires_in") << QByteArray(R"({"access_token":"token-T0K3N-1","expires_in":"x"})");
}

void TestTokenProvider::malformedAnswer()
{
    QFETCH(QByteArray, body);
    makeProvider(config(m_server->baseUrl()));
    m_server->enqueueJson(kPath, 200, body);
    const auto outcome = ask();
    QTRY_VERIFY(outcome->called);
    QVERIFY(!outcome->token);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::MalformedResponse);
    QCOMPARE(outcome->error.status, 200);
    QVERIFY(!outcome->error.message.isEmpty());
    QVERIFY(!outcome->error.message.contains(QStringLiteral("T0K3N")));
    QVERIFY(!m_provider->cached());
}

void TestTokenProvider::refusedCredentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("apimMessage");
    QTest::newRow("Azure APIM body")
        << QByteArray(R"({"statusCode":401,"message":"Access denied due to invalid subscription key."})")
        << QStringLiteral("Access denied due to invalid subscription key.");
    QTest::newRow("empty body") << QByteArray() << QString();
}

void TestTokenProvider::refusedCredentials()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, apimMessage);
    makeProvider(config(m_server->baseUrl()));
    m_server->enqueueJson(kPath, 401, body);
    const auto outcome = ask();
    QTRY_VERIFY(outcome->called);
    QVERIFY(!outcome->token);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Http);
    QCOMPARE(outcome->error.status, 401);
    QVERIFY2(outcome->error.message.contains(QStringLiteral("credentials were refused")),
             qPrintable(outcome->error.message));
    QVERIFY(outcome->error.message.contains(apimMessage));
    QVERIFY(!outcome->error.summary().isEmpty());
    QVERIFY(!outcome->error.message.contains(kClientSecret));
}

void TestTokenProvider::failureReachesEveryWaiter()
{
    makeProvider(config(m_server->baseUrl()));
    m_server->enqueueJson(kPath, 500, R"({"title":"Internal Server Error","status":500})");
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes.append(ask());
    for (const auto &outcome : outcomes) {
        QTRY_VERIFY(outcome->called);
        QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Http);
        QCOMPARE(outcome->error.status, 500);
    }
    QCOMPARE(m_server->count(kPath), 1);

    // The failure is not cached: the next caller gets a new attempt.
    answerTokens();
    const auto later = ask();
    QTRY_VERIFY(later->called);
    QVERIFY(later->error.ok());
    QCOMPARE(m_server->count(kPath), 2);
}

void TestTokenProvider::invalidateForcesNewRequest()
{
    makeProvider(config(m_server->baseUrl()));
    answerTokens();
    QSignalSpy changed(m_provider.get(), &Api::TokenProvider::tokenChanged);
    const auto first = ask();
    QTRY_VERIFY(first->called);
    m_provider->invalidate();
    QVERIFY(!m_provider->cached());
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.at(1).first().toDateTime().isValid());

    const auto second = ask();
    QTRY_VERIFY(second->called);
    QCOMPARE(second->token->value, QByteArray("token-T0K3N-2"));
    QCOMPARE(m_server->count(kPath), 2);
    QCOMPARE(changed.size(), 3);
}

void TestTokenProvider::missingConfiguration_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("no client id") << QStringLiteral("clientId") << QStringLiteral("client id");
    QTest::newRow("no client secret") << QStringLiteral("clientSecret") << QStringLiteral("client secret");
    QTest::newRow("no subscription key") << QStringLiteral("subscriptionKey") << QStringLiteral("subscription key");
    QTest::newRow("no base URL") << QStringLiteral("baseUrl") << QStringLiteral("base URL");
}

void TestTokenProvider::missingConfiguration()
{
    QFETCH(QString, field);
    QFETCH(QString, named);
    Api::ClientConfig settings = config(m_server->baseUrl());
    if (field == QLatin1String("clientId"))
        settings.clientId.clear();
    else if (field == QLatin1String("clientSecret"))
        settings.clientSecret.clear();
    else if (field == QLatin1String("subscriptionKey"))
        settings.subscriptionKey.clear();
    else
        settings.baseUrl.clear();
    makeProvider(settings);
    const auto outcome = ask();
    QVERIFY(!outcome->called);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Configuration);
    QVERIFY2(outcome->error.message.contains(named), qPrintable(outcome->error.message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTokenProvider::timeout()
{
    SilentServer silent;
    QVERIFY(silent.start());
    Api::ClientConfig settings = config(silent.baseUrl());
    settings.timeoutMs = 300;
    makeProvider(settings);
    const auto outcome = ask();
    QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Timeout);
    QCOMPARE(outcome->error.status, 0);
    QCOMPARE(silent.accepted(), 1);
}

// docs/architecture.md §3 "Answers read from others": a token answer that never ends is refused at 4 MiB.
void TestTokenProvider::endlessAnswerIsRefused()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    makeProvider(config(peer.url(QString())));
    const qint64 before = residentBytes();
    const auto outcome = ask();
    QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < EndlessPeer::AllowedGrowth, growthText("grew by", growth));
    QVERIFY(!outcome->token);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::MalformedResponse);
    QVERIFY2(outcome->error.message.contains(QLatin1String("longer than 4 MiB")), qPrintable(outcome->error.message));
}

void TestTokenProvider::connectionRefused()
{
    makeProvider(config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()))));
    const auto outcome = ask();
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, Api::ApiError::Kind::Network);
    QVERIFY(outcome->error.message.contains(QStringLiteral("127.0.0.1")));
}

void TestTokenProvider::destroyedWhileFetching()
{
    SilentServer silent;
    QVERIFY(silent.start());
    makeProvider(config(silent.baseUrl()));
    const auto outcome = ask();
    QTRY_COMPARE(silent.accepted(), 1);
    m_provider.reset();
    QTRY_COMPARE(m_network->findChildren<QNetworkReply *>().size(), 0);
    QCoreApplication::processEvents();
    QVERIFY2(!outcome->called, "callbacks of a destroyed provider are never called");
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
