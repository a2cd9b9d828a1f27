// SPDX-License-Identifier: MIT
// The local simulator end to end (docs/vipps-wire.md §3, §5, §6): the project's API clients talk to a LocalSimulator
// over HTTP, and its signed deliveries reach the project's own receiver (Http::Server + WebhookHandler). Order,
// one delivery per registration, retries re-signed after a refusal, expiry, cancelled retries and the
// subscribed-types filter. One fake clock for simulator, receiver and client, anchored at the real time so the
// receiver's freshness check (which stamps requests with the real clock) agrees; no sleeps.
#include "awaitcall.h"
#include "api/apiclient.h"
#include "api/epaymentapi.h"
#include "api/eventcatalog.h"
#include "api/tokenprovider.h"
#include "api/webhooksapi.h"
#include "http/server.h"
#include "receiver/webhookhandler.h"
#include "signature/scheme.h"
#include "sim/deliveryengine.h"
#include "sim/localsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using AwaitCall::Result;
using AwaitCall::await;
using AwaitCall::awaitDone;

namespace {

constexpr int kWaitMs = 5000;
constexpr int kRetryMs = 50;
constexpr int kExpireAfterSeconds = 60; // well inside the receiver's 300 s skew, so an advanced clock stays fresh
const QString kHookPath = QStringLiteral("/hooks/vipps?env=sim");
const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QString kPhone = QStringLiteral("4712345678");

// docs/vipps-wire.md §4: every ePayment payment event type.
QStringList paymentEventTypes()
{
    QStringList types;
    for (const Api::EventType &type : Api::EventCatalog::instance().all()) {
        if (type.type.startsWith(QLatin1String("epayments.payment.")) && type.type.endsWith(QLatin1String(".v1")))
            types.append(type.type);
    }
    return types;
}

QJsonObject bodyOf(const Receiver::Delivery &delivery)
{
    return QJsonDocument::fromJson(delivery.entry.body).object();
}

QString nameOf(const Receiver::Delivery &delivery)
{
    return bodyOf(delivery).value(QLatin1String("name")).toString();
}

QString webhookIdOf(const Receiver::Delivery &delivery)
{
    return QString::fromUtf8(delivery.entry.headers.value("Webhook-Id"));
}

QDateTime dateOf(const Receiver::Delivery &delivery)
{
    return Signature::Scheme::parseDate(delivery.entry.headers.value("x-ms-date"));
}

struct ScheduledTask
{
    int delayMs;
    std::function<void()> task;
};

} // namespace

class TestSimEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quickStartEventsInOrder();
    void oneDeliveryPerRegistration();
    void refusedDeliveryIsRetriedInOrder();
    void expiredPaymentIsDelivered();
    void deletedRegistrationStopsRetries();
    void subscribedTypesOnly();
    void portInUse();

private:
    Api::ClientConfig clientConfig() const;
    Result<Api::RegisteredWebhook> registerHook(const QStringList &events);
    void knowSecret(const Api::RegisteredWebhook &hook);
    Result<Api::CreatedPayment> create(const QString &reference, qint64 value);
    Api::ApiError approve(const QString &reference);
    Result<Api::Payment> capture(const QString &reference, qint64 value);
    Result<Api::Payment> refund(const QString &reference, qint64 value);
    void useFakeScheduler();
    void fireNext();
    int simRequestsInFlight() const;
    QStringList receivedNames() const;

    QDateTime m_now;
    QList<ScheduledTask> m_tasks;
    QList<Receiver::Delivery> m_received;
    std::unique_ptr<Sim::LocalSimulator> m_sim;
    std::unique_ptr<Receiver::WebhookHandler> m_handler;
    std::unique_ptr<Http::Server> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Api::WebhooksApi> m_webhooks;
    std::unique_ptr<Api::EPaymentApi> m_payments;
};

void TestSimEndToEnd::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_tasks.clear();
    m_received.clear();

    Sim::SimulatorOptions options;
    options.port = 0;
    options.expireAfter = std::chrono::seconds(kExpireAfterSeconds);
    options.retryScheduleMs = {kRetryMs, kRetryMs, kRetryMs};
    m_sim = std::make_unique<Sim::LocalSimulator>(options);
    m_sim->setClock([this] { return m_now; });
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_sim->isListening());

    m_handler = std::make_unique<Receiver::WebhookHandler>();
    m_handler->setClock([this] { return m_now; });
    connect(m_handler.get(), &Receiver::WebhookHandler::delivered, this,
            [this](const Receiver::Delivery &delivery) { m_received.append(delivery); });
    m_receiver = std::make_unique<Http::Server>(m_handler.get());
    QVERIFY2(m_receiver->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<Api::ApiClient>(m_network.get(), clientConfig());
    m_webhooks = std::make_unique<Api::WebhooksApi>(m_client.get());
    m_payments = std::make_unique<Api::EPaymentApi>(m_client.get());
}

void TestSimEndToEnd::cleanup()
{
    m_payments.reset();
    m_webhooks.reset();
    m_client.reset();
    m_sim.reset();
    m_receiver.reset();
    m_handler.reset();
    m_network.reset();
}

// The simulator's demo credentials (Sim::SimCredentials defaults), as a user of the quick start types them.
Api::ClientConfig TestSimEndToEnd::clientConfig() const
{
    const Sim::SimCredentials demo;
    Api::ClientConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.clientId = demo.clientId;
    config.clientSecret = demo.clientSecret;
    config.subscriptionKey = demo.subscriptionKey;
    config.merchantSerialNumber = demo.merchantSerialNumber;
    config.system = {QStringLiteral("workbench"), QStringLiteral("0.1.0"), QStringLiteral("workbench-tests"),
                     QStringLiteral("1.0")};
    config.timeoutMs = kWaitMs;
    config.clock = [this] { return m_now; };
    config.scheduleRetry = [](int, std::function<void()> fire) { fire(); };
    return config;
}

Result<Api::RegisteredWebhook> TestSimEndToEnd::registerHook(const QStringList &events)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_receiver->serverPort()) + kHookPath);
    return await<Api::RegisteredWebhook>(
        [&](Api::WebhooksApi::RegisterCallback done) { m_webhooks->registerWebhook(url, events, std::move(done)); });
}

// The secret goes to the receiver by Webhook-Id, as the app does after a register call.
void TestSimEndToEnd::knowSecret(const Api::RegisteredWebhook &hook)
{
    m_handler->verifier().addSecret({hook.id, hook.secret, QStringLiteral("webhook %1").arg(hook.id)});
}

Result<Api::CreatedPayment> TestSimEndToEnd::create(const QString &reference, qint64 value)
{
    Api::CreatePaymentRequest request;
    request.amount = {value, QStringLiteral("NOK")};
    request.reference = reference;
    request.returnUrl = QStringLiteral("https://example.com/return");
    request.paymentDescription = QStringLiteral("End to end");
    return await<Api::CreatedPayment>(
        [&](Api::EPaymentApi::CreateCallback done) { m_payments->create(request, {}, std::move(done)); });
}

Api::ApiError TestSimEndToEnd::approve(const QString &reference)
{
    Api::ForceApproveRequest request;
    request.phoneNumber = kPhone;
    return awaitDone(
        [&](Api::EPaymentApi::DoneCallback done) { m_payments->forceApprove(reference, request, std::move(done)); });
}

Result<Api::Payment> TestSimEndToEnd::capture(const QString &reference, qint64 value)
{
    const Api::ModificationRequest request{{value, QStringLiteral("NOK")}};
    return await<Api::Payment>(
        [&](Api::EPaymentApi::PaymentCallback done) { m_payments->capture(reference, request, {}, std::move(done)); });
}

Result<Api::Payment> TestSimEndToEnd::refund(const QString &reference, qint64 value)
{
    const Api::ModificationRequest request{{value, QStringLiteral("NOK")}};
    return await<Api::Payment>(
        [&](Api::EPaymentApi::PaymentCallback done) { m_payments->refund(reference, request, {}, std::move(done)); });
}

// Retries wait for fireNext() instead of a timer, so a test decides what happens before a retry.
void TestSimEndToEnd::useFakeScheduler()
{
    m_sim->deliveries().setScheduler(
        [this](int delayMs, std::function<void()> task) { m_tasks.append({delayMs, std::move(task)}); });
}

void TestSimEndToEnd::fireNext()
{
    QVERIFY(!m_tasks.isEmpty());
    const ScheduledTask next = m_tasks.takeFirst();
    next.task();
}

// Deliveries posted and not answered yet: a reply is its network manager's child from the moment it is posted.
int TestSimEndToEnd::simRequestsInFlight() const
{
    int count = 0;
    for (const QNetworkReply *reply : m_sim->findChildren<QNetworkReply *>())
        count += reply->isFinished() ? 0 : 1;
    return count;
}

QStringList TestSimEndToEnd::receivedNames() const
{
    QStringList names;
    for (const Receiver::Delivery &delivery : m_received)
        names.append(nameOf(delivery));
    return names;
}

// The quick start against the simulator: token, register, create, approve, capture part, refund part.
void TestSimEndToEnd::quickStartEventsInOrder()
{
    QSignalSpy handled(m_sim.get(), &Sim::LocalSimulator::requestHandled);
    QSignalSpy events(m_sim.get(), &Sim::LocalSimulator::paymentEvent);
    const auto token = await<const Api::AccessToken *>(
        [&](Api::TokenProvider::Callback done) { m_client->tokens()->token(std::move(done)); });
    QVERIFY2(token.error.ok(), qPrintable(token.error.summary()));
    QVERIFY(token.value != nullptr);
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.first(), (QVariantList{QByteArray("POST"), QByteArray("/accesstoken/get"), 200}));

    const QStringList types = paymentEventTypes();
    QVERIFY(types.contains(kCaptured));
    const auto hook = registerHook(types);
    QVERIFY2(hook.error.ok(), qPrintable(hook.error.summary()));
    knowSecret(hook.value);

    const QString reference = QStringLiteral("e2e-quickstart-0001");
    const auto created = create(reference, 10000);
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    QVERIFY(created.value.redirectUrl.startsWith(m_sim->baseUrl().toString() + QLatin1String("/landing?token=")));
    QVERIFY2(approve(reference).ok(), "force approve refused");
    const auto captured = capture(reference, 4000);
    QVERIFY2(captured.error.ok(), qPrintable(captured.error.summary()));
    const auto refunded = refund(reference, 1500);
    QVERIFY2(refunded.error.ok(), qPrintable(refunded.error.summary()));

    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 4, kWaitMs);
    QCOMPARE(receivedNames(), (QStringList{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"),
                                           QStringLiteral("CAPTURED"), QStringLiteral("REFUNDED")}));
    const QList<qint64> amounts{10000, 10000, 4000, 1500};
    for (qsizetype i = 0; i < m_received.size(); ++i) {
        const Receiver::Delivery &delivery = m_received.at(i);
        QCOMPARE(Signature::resultName(delivery.verification.result), QStringLiteral("valid"));
        QCOMPARE(delivery.entry.status, 200);
        QCOMPARE(webhookIdOf(delivery), hook.value.id);
        QCOMPARE(delivery.verification.webhookId, hook.value.id);
        QCOMPARE(delivery.entry.target, kHookPath.toUtf8());
        // docs/vipps-wire.md §5 "ePayment webhook payload".
        const QJsonObject body = bodyOf(delivery);
        QCOMPARE(body.value(QLatin1String("msn")).toString(), Sim::SimCredentials().merchantSerialNumber);
        QCOMPARE(body.value(QLatin1String("reference")).toString(), reference);
        QVERIFY(!body.value(QLatin1String("pspReference")).toString().isEmpty());
        const QJsonObject amount = body.value(QLatin1String("amount")).toObject();
        QCOMPARE(amount.value(QLatin1String("currency")).toString(), QStringLiteral("NOK"));
        QCOMPARE(amount.value(QLatin1String("value")).toInteger(), amounts.at(i));
        QVERIFY(QDateTime::fromString(body.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(body.value(QLatin1String("success")).toBool(false), true);
    }
    QCOMPARE(events.count(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->deliveries().pendingCount(), 0, kWaitMs);
}

// docs/vipps-wire.md §5 step 5: one delivery per registration, each signed with its own secret.
void TestSimEndToEnd::oneDeliveryPerRegistration()
{
    const auto first = registerHook(paymentEventTypes());
    const auto second = registerHook(paymentEventTypes());
    QVERIFY2(first.error.ok() && second.error.ok(), "registration refused");
    QVERIFY(first.value.id != second.value.id);
    knowSecret(first.value);
    knowSecret(second.value);

    const QString reference = QStringLiteral("e2e-two-hooks-0001");
    QVERIFY2(create(reference, 5000).error.ok(), "create refused");
    QVERIFY2(approve(reference).ok(), "force approve refused");

    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 4, kWaitMs);
    QStringList seen;
    for (const Receiver::Delivery &delivery : std::as_const(m_received)) {
        QCOMPARE(Signature::resultName(delivery.verification.result), QStringLiteral("valid"));
        QCOMPARE(delivery.verification.webhookId, webhookIdOf(delivery));
        seen.append(webhookIdOf(delivery) + QLatin1Char(' ') + nameOf(delivery));
    }
    seen.sort();
    QStringList expected;
    for (const QString &id : {first.value.id, second.value.id}) {
        expected.append(id + QLatin1String(" AUTHORIZED"));
        expected.append(id + QLatin1String(" CREATED"));
    }
    expected.sort();
    QCOMPARE(seen, expected);
}

// docs/vipps-wire.md §5: a refused delivery is retried with a new date, and later events for the payment wait for it.
void TestSimEndToEnd::refusedDeliveryIsRetriedInOrder()
{
    QCOMPARE(m_sim->deliveries().retrySchedule(), (QList<int>{kRetryMs, kRetryMs, kRetryMs}));
    useFakeScheduler();
    const auto hook = registerHook(paymentEventTypes());
    QVERIFY2(hook.error.ok(), qPrintable(hook.error.summary()));

    const QString reference = QStringLiteral("e2e-retry-0001");
    QVERIFY2(create(reference, 7000).error.ok(), "create refused");
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, kWaitMs);
    QCOMPARE(Signature::resultName(m_received.first().verification.result), QStringLiteral("no-secret"));
    QCOMPARE(m_received.first().entry.status, 401);
    QTRY_COMPARE_WITH_TIMEOUT(m_tasks.size(), 1, kWaitMs);
    QCOMPARE(m_tasks.first().delayMs, kRetryMs);

    QVERIFY2(approve(reference).ok(), "force approve refused");
    QCOMPARE(m_sim->deliveries().pendingCount(), 2); // CREATED waits for its retry, AUTHORIZED behind it
    QCOMPARE(m_received.size(), 1);

    knowSecret(hook.value);
    m_now = m_now.addSecs(2);
    fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 3, kWaitMs);
    QCOMPARE(receivedNames(), (QStringList{QStringLiteral("CREATED"), QStringLiteral("CREATED"),
                                           QStringLiteral("AUTHORIZED")}));
    for (qsizetype i = 1; i < m_received.size(); ++i) {
        QCOMPARE(Signature::resultName(m_received.at(i).verification.result), QStringLiteral("valid"));
        QCOMPARE(webhookIdOf(m_received.at(i)), hook.value.id);
    }
    QVERIFY(dateOf(m_received.at(0)).isValid());
    QVERIFY(dateOf(m_received.at(1)) > dateOf(m_received.at(0)));
    QCOMPARE(m_received.at(1).entry.body, m_received.at(0).entry.body);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->deliveries().pendingCount(), 0, kWaitMs);
    QVERIFY(m_tasks.isEmpty());
}

// docs/vipps-wire.md §6 "Timeouts": a payment nobody approves expires, and that is an event like any other.
void TestSimEndToEnd::expiredPaymentIsDelivered()
{
    const auto hook = registerHook(paymentEventTypes());
    QVERIFY2(hook.error.ok(), qPrintable(hook.error.summary()));
    knowSecret(hook.value);
    const QString reference = QStringLiteral("e2e-expiry-0001");
    const QDateTime createdAt = m_now;
    QVERIFY2(create(reference, 3000).error.ok(), "create refused");
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, kWaitMs);

    m_now = m_now.addSecs(kExpireAfterSeconds + 1);
    m_sim->expireDue();
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 2, kWaitMs);
    const Receiver::Delivery &expired = m_received.at(1);
    QCOMPARE(nameOf(expired), QStringLiteral("EXPIRED"));
    QCOMPARE(Signature::resultName(expired.verification.result), QStringLiteral("valid"));
    const QDateTime deadline = createdAt.addSecs(kExpireAfterSeconds);
    QCOMPARE(QDateTime::fromString(bodyOf(expired).value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs),
             deadline);
    QCOMPARE(expired.entry.headers.value("x-ms-date"), Signature::Scheme::formatDate(m_now)); // signed when sent

    const auto payment = await<Api::Payment>(
        [&](Api::EPaymentApi::PaymentCallback done) { m_payments->get(reference, std::move(done)); });
    QVERIFY2(payment.error.ok(), qPrintable(payment.error.summary()));
    QCOMPARE(payment.value.state, QStringLiteral("EXPIRED"));
}

// Deleting a registration through the Webhooks API drops what was still to be delivered to it.
void TestSimEndToEnd::deletedRegistrationStopsRetries()
{
    useFakeScheduler();
    QSignalSpy cancelled(&m_sim->deliveries(), &Sim::DeliveryEngine::deliveryCancelled);
    const auto hook = registerHook(paymentEventTypes());
    QVERIFY2(hook.error.ok(), qPrintable(hook.error.summary()));

    const QString reference = QStringLiteral("e2e-deleted-0001");
    QVERIFY2(create(reference, 2000).error.ok(), "create refused");
    QTRY_COMPARE_WITH_TIMEOUT(m_tasks.size(), 1, kWaitMs); // CREATED was refused (no secret): a retry waits
    QVERIFY2(approve(reference).ok(), "force approve refused");
    QCOMPARE(m_sim->deliveries().pendingCount(), 2);

    const Api::ApiError removed = awaitDone(
        [&](Api::WebhooksApi::DoneCallback done) { m_webhooks->remove(hook.value.id, std::move(done)); });
    QVERIFY2(removed.ok(), qPrintable(removed.summary()));
    QCOMPARE(m_sim->deliveries().pendingCount(), 0);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(cancelled.at(0), (QVariantList{hook.value.id, QStringLiteral("epayments.payment.created.v1"), 1}));
    QCOMPARE(cancelled.at(1), (QVariantList{hook.value.id, QStringLiteral("epayments.payment.authorized.v1"), 0}));

    fireNext(); // the retry scheduled before the delete
    QCOMPARE(simRequestsInFlight(), 0);
    QVERIFY2(capture(reference, 2000).error.ok(), "capture refused");
    QCOMPARE(simRequestsInFlight(), 0);
    QCOMPARE(m_sim->deliveries().pendingCount(), 0);
    QCOMPARE(m_received.size(), 1);
    QVERIFY(m_tasks.isEmpty());
}

// docs/vipps-wire.md §3: a registration gets only the event types it asked for.
void TestSimEndToEnd::subscribedTypesOnly()
{
    const auto hook = registerHook({kCaptured});
    QVERIFY2(hook.error.ok(), qPrintable(hook.error.summary()));
    knowSecret(hook.value);
    const QString reference = QStringLiteral("e2e-filter-0001");
    QVERIFY2(create(reference, 9000).error.ok(), "create refused");
    QVERIFY2(approve(reference).ok(), "force approve refused");
    QVERIFY2(capture(reference, 9000).error.ok(), "capture refused");

    // Per-payment ordering means anything delivered for the earlier events would have come first.
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, kWaitMs);
    QCOMPARE(receivedNames(), QStringList{QStringLiteral("CAPTURED")});
    QCOMPARE(Signature::resultName(m_received.first().verification.result), QStringLiteral("valid"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->deliveries().pendingCount(), 0, kWaitMs);
    QCOMPARE(m_received.size(), 1);
}

void TestSimEndToEnd::portInUse()
{
    Sim::SimulatorOptions options;
    options.port = quint16(m_sim->baseUrl().port());
    Sim::LocalSimulator second(options);
    QString error;
    QVERIFY(!second.start(&error));
    QVERIFY(!second.isListening());
    QVERIFY(second.baseUrl().isEmpty());
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSimEndToEnd)
#include "tst_sim_e2e.moc"
