// SPDX-License-Identifier: MIT
// The simulator's delivery engine (docs/vipps-wire.md §5): headers and body on the wire, signatures the project's
// verifier accepts, retries re-signed with a new date, dropping after the schedule, ordering per registration
// and payment, one delivery per registration, duplicates on purpose, cancelling a registration's pending
// deliveries, the report of each attempt with its URL and next retry, and an answer that never ends (bounded memory,
// a failed attempt at the deadline). A fake clock, scheduler and deadline clock; no sleeps.
#include "cannedserver.h"
#include "endlesspeer.h"
#include "fakedeadlineclock.h"
#include "signature/signer.h"
#include "signature/verifier.h"
#include "sim/deliveryengine.h"
#include "sim/webhookregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QString kMsn = QStringLiteral("123456");
const QString kAuthorized = QStringLiteral("epayments.payment.authorized.v1");
const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QByteArray kPath = "/hook";
const int kWait = 5000;

const QList<QByteArray> kDeliveryHeaderNames = {
    "Host",       "x-ms-date",    "x-ms-content-sha256", "Authorization", "X-Vipps-Authorization",
    "Webhook-Id", "Content-Type", "User-Agent"};

QByteArray eventBody(const QByteArray &reference, const QByteArray &name)
{
    return R"({"msn":"123456","reference":")" + reference + R"(","pspReference":"psp-1","name":")" + name +
           R"(","amount":{"currency":"NOK","value":49900},"timestamp":"2026-01-19T16:26:32.099Z","success":true})";
}

QByteArray nameOf(const Http::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QLatin1String("name")).toString().toUtf8();
}

QByteArray referenceOf(const Http::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QLatin1String("reference")).toString().toUtf8();
}

// The delivery headers as received, in order, leaving out what the HTTP stack adds.
Http::HeaderList deliveryHeaders(const Http::Request &request)
{
    Http::HeaderList headers;
    for (const Http::Header &header : request.headers) {
        for (const QByteArray &name : kDeliveryHeaderNames) {
            if (header.name.compare(name, Qt::CaseInsensitive) == 0)
                headers.append(header);
        }
    }
    return headers;
}

struct ScheduledTask
{
    int delayMs;
    std::function<void()> task;
};

} // namespace

class TestDeliveryEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headersAndBody();
    void signatureVerifies();
    void retryIsReSigned();
    void droppedAfterSchedule();
    void noAnswerIsAFailure();
    void timeoutIsAFailure();
    void endlessAnswerIsAFailedAttempt();
    void orderingPerPayment();
    void oneDeliveryPerRegistration();
    void duplicatesOnPurpose();
    void noSubscriptionSendsNothing();
    void cancelDropsRetryAndQueued();
    void cancelIgnoresTheAnswerInFlight();
    void cancelLeavesOtherRegistrations();
    void removedRegistrationIsCancelled();
    void attemptReportsSayWhenTheNextRetryIs();

private:
    Sim::Registration registerAt(const QUrl &url, const QStringList &events);
    Sim::Registration registerHook(const QStringList &events = {kCaptured});
    void fireNext();
    int requestsInFlight() const;
    Signature::Verification verify(const Http::Request &request, const Sim::Registration &registration) const;

    QDateTime m_now;
    FakeDeadlineClock m_deadlines;
    QList<ScheduledTask> m_tasks;
    std::unique_ptr<CannedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sim::WebhookRegistry> m_registry;
    std::unique_ptr<Sim::DeliveryEngine> m_engine;
};

void TestDeliveryEngine::init()
{
    m_now = QDateTime(QDate(2026, 1, 19), QTime(16, 26, 32), Qt::UTC);
    m_tasks.clear();
    m_server = std::make_unique<CannedServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_registry = std::make_unique<Sim::WebhookRegistry>();
    m_engine = std::make_unique<Sim::DeliveryEngine>(m_network.get(), m_registry.get());
    m_engine->setClock([this] { return m_now; });
    m_engine->setScheduler([this](int delayMs, std::function<void()> task) {
        m_tasks.append({delayMs, std::move(task)});
    });
}

void TestDeliveryEngine::cleanup()
{
    m_engine.reset();
    m_registry.reset();
    m_network.reset();
    m_server.reset();
}

Sim::Registration TestDeliveryEngine::registerAt(const QUrl &url, const QStringList &events)
{
    const QJsonObject body{{QStringLiteral("url"), url.toString()},
                           {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
    const Sim::RegisterOutcome outcome = m_registry->registerWebhook(kMsn, body);
    if (!outcome.ok())
        qWarning("registration refused: %s", qPrintable(outcome.errors.first().reason));
    return outcome.registration;
}

Sim::Registration TestDeliveryEngine::registerHook(const QStringList &events)
{
    return registerAt(m_server->baseUrl(QString::fromLatin1(kPath)), events);
}

void TestDeliveryEngine::fireNext()
{
    QVERIFY(!m_tasks.isEmpty());
    const ScheduledTask next = m_tasks.takeFirst();
    next.task();
}

// Replies are the network manager's children from the moment a request is posted.
int TestDeliveryEngine::requestsInFlight() const
{
    int count = 0;
    for (const QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
        count += reply->isFinished() ? 0 : 1;
    return count;
}

Signature::Verification TestDeliveryEngine::verify(const Http::Request &request,
                                                   const Sim::Registration &registration) const
{
    Signature::Verifier verifier;
    verifier.addSecret({registration.id, registration.secret, QStringLiteral("registration")});
    verifier.setRegisteredUrl(registration.url);
    return verifier.verify(request, m_now);
}

void TestDeliveryEngine::headersAndBody()
{
    const Sim::Registration registration = registerHook();
    QVERIFY(!registration.id.isEmpty());
    m_server->enqueueJson(kPath, 200, "{}");
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);

    const QByteArray body = eventBody("acme-shop-123-order1", "CAPTURED");
    m_engine->enqueue(kMsn, kCaptured, body);
    QVERIFY(succeeded.wait(kWait));

    QCOMPARE(m_server->count(kPath), 1);
    const Http::Request request = m_server->requests(kPath).first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body, body);
    const Signature::SignedHeaders signedHeaders =
        Signature::Signer::sign(registration.secret, registration.url, body, m_now);
    Http::HeaderList expected = signedHeaders.toHeaders();
    expected.append(Http::Header{"X-Vipps-Authorization", signedHeaders.authorization});
    expected.append(Http::Header{"Webhook-Id", registration.id.toUtf8()});
    expected.append(Http::Header{"Content-Type", "application/json; charset=utf-8"});
    expected.append(Http::Header{"User-Agent", "Vipps MobilePay/1.0 Webhooks/1.0"});
    QCOMPARE(deliveryHeaders(request), expected);
    QCOMPARE(request.headers.value("x-ms-date"), QByteArray("Mon, 19 Jan 2026 16:26:32 GMT"));
    for (const QByteArray &name : kDeliveryHeaderNames)
        QCOMPARE(request.headers.count(name), 1);

    QCOMPARE(attempted.count(), 1);
    QCOMPARE(attempted.first(), (QVariantList{registration.id, kCaptured, 1, 200, QString()}));
    QCOMPARE(succeeded.first(), (QVariantList{registration.id, kCaptured, 1, 200}));
    QVERIFY(m_tasks.isEmpty());
    QCOMPARE(m_engine->pendingCount(), 0);
}

void TestDeliveryEngine::signatureVerifies()
{
    const Sim::Registration registration = registerHook();
    m_server->enqueueJson(kPath, 204, {});
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);
    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(succeeded.wait(kWait));

    const Signature::Verification verification = verify(m_server->requests(kPath).first(), registration);
    QCOMPARE(Signature::resultName(verification.result), QStringLiteral("valid"));
    QCOMPARE(verification.webhookId, registration.id);
}

void TestDeliveryEngine::retryIsReSigned()
{
    const Sim::Registration registration = registerHook();
    m_server->enqueueJson(kPath, 500, "{}");
    m_server->enqueueJson(kPath, 200, "{}");
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(attempted.wait(kWait));
    QCOMPARE(attempted.first(), (QVariantList{registration.id, kCaptured, 1, 500, QStringLiteral("HTTP 500")}));
    QCOMPARE(m_tasks.size(), 1);
    QCOMPARE(m_tasks.first().delayMs, 1000);
    QCOMPARE(succeeded.count(), 0);

    m_now = m_now.addSecs(61);
    fireNext();
    QVERIFY(succeeded.wait(kWait));
    QCOMPARE(succeeded.first(), (QVariantList{registration.id, kCaptured, 2, 200}));

    const QList<Http::Request> requests = m_server->requests(kPath);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).body, requests.at(1).body);
    QCOMPARE(requests.at(1).headers.value("x-ms-date"), QByteArray("Mon, 19 Jan 2026 16:27:33 GMT"));
    QVERIFY(requests.at(0).headers.value("Authorization") != requests.at(1).headers.value("Authorization"));
    QCOMPARE(requests.at(1).headers.value("Webhook-Id"), registration.id.toUtf8());
    QCOMPARE(verify(requests.at(1), registration).result, Signature::Result::Valid);
    QVERIFY(m_tasks.isEmpty());
}

void TestDeliveryEngine::droppedAfterSchedule()
{
    const Sim::Registration registration = registerHook();
    m_engine->setRetrySchedule({10, 20});
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(503, "{}"); });
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy dropped(m_engine.get(), &Sim::DeliveryEngine::deliveryDropped);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QList<int> delays;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), attempt, kWait);
        if (attempt < 3) {
            QCOMPARE(m_tasks.size(), 1);
            delays.append(m_tasks.first().delayMs);
            fireNext();
        }
    }
    QCOMPARE(delays, (QList<int>{10, 20}));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first(), (QVariantList{registration.id, kCaptured, 3, 503, QStringLiteral("HTTP 503")}));
    QVERIFY(m_tasks.isEmpty());
    QCOMPARE(m_server->count(kPath), 3);
    QCOMPARE(m_engine->pendingCount(), 0);
}

void TestDeliveryEngine::noAnswerIsAFailure()
{
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1/hook").arg(closedPort()));
    const Sim::Registration registration = registerAt(closed, {kCaptured});
    m_engine->setRetrySchedule({});
    QSignalSpy dropped(m_engine.get(), &Sim::DeliveryEngine::deliveryDropped);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(dropped.wait(kWait));
    QCOMPARE(dropped.first().at(0).toString(), registration.id);
    QCOMPARE(dropped.first().at(2).toInt(), 1);
    QCOMPARE(dropped.first().at(3).toInt(), 0);
    QVERIFY(!dropped.first().at(4).toString().isEmpty());
}

void TestDeliveryEngine::timeoutIsAFailure()
{
    SilentServer silent;
    QVERIFY(silent.start());
    QCOMPARE(m_engine->timeoutMs(), 10000);
    m_engine->setTimeoutMs(200);
    const QUrl url = silent.baseUrl().resolved(QUrl(QStringLiteral("/hook")));
    const Sim::Registration registration = registerAt(url, {kCaptured});
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(attempted.wait(kWait));
    QCOMPARE(attempted.first(),
             (QVariantList{registration.id, kCaptured, 1, 0, QStringLiteral("no answer within 200 ms")}));
    QCOMPARE(m_tasks.size(), 1); // a retry is scheduled
}

// docs/architecture.md §3 "Answers read from others": a handler that answers 200 and then streams forever costs
// the simulator no memory, and its attempt fails when 10 s have passed since it was sent, to be retried.
void TestDeliveryEngine::endlessAnswerIsAFailedAttempt()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    m_engine->setDeadlineClock(&m_deadlines);
    const Sim::Registration registration = registerAt(peer.url(), {kCaptured});
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy reported(m_engine.get(), &Sim::DeliveryEngine::attemptReported);
    const qint64 before = residentBytes();

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= EndlessPeer::EnoughBytes, 120000);
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < EndlessPeer::AllowedGrowth, growthText("grew by", growth));
    QCOMPARE(attempted.size(), 0);

    m_deadlines.advance(Sim::DeliveryEngine::DefaultTimeoutMs);
    QCOMPARE(attempted.size(), 1);
    const QString error = QStringLiteral("no complete answer within 10 s (HTTP 200 came, its body did not end)");
    QCOMPARE(attempted.first(), (QVariantList{registration.id, kCaptured, 1, 0, error}));
    const auto report = reported.first().first().value<Sim::DeliveryAttempt>();
    QVERIFY(!report.delivered());
    QCOMPARE(report.error, error);
    QCOMPARE(report.nextRetryAt, m_now.addMSecs(Sim::DeliveryEngine::defaultRetrySchedule().first()));
    QCOMPARE(m_tasks.size(), 1); // the retry
    QCOMPARE(m_engine->pendingCount(), 1);
}

void TestDeliveryEngine::orderingPerPayment()
{
    const Sim::Registration registration = registerHook({kAuthorized, kCaptured});
    bool failedOnce = false;
    m_server->setResponder(kPath, [&failedOnce](const Http::Request &request) {
        if (!failedOnce && referenceOf(request) == "reference-a" && nameOf(request) == "AUTHORIZED") {
            failedOnce = true;
            return Http::Response::json(500, "{}");
        }
        return Http::Response::json(200, "{}");
    });
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);

    m_engine->enqueue(kMsn, kAuthorized, eventBody("reference-a", "AUTHORIZED"));
    m_engine->enqueue(kMsn, kCaptured, eventBody("reference-a", "CAPTURED"));
    m_engine->enqueue(kMsn, kAuthorized, eventBody("reference-b", "AUTHORIZED"));
    QTRY_COMPARE_WITH_TIMEOUT(attempted.count(), 2, kWait);

    // reference-b is not held back; CAPTURED for reference-a waits for AUTHORIZED's retry.
    QCOMPARE(succeeded.count(), 1);
    QList<Http::Request> requests = m_server->requests(kPath);
    QCOMPARE(requests.size(), 2);
    for (const Http::Request &request : requests)
        QCOMPARE(nameOf(request), QByteArray("AUTHORIZED"));
    QCOMPARE(m_engine->pendingCount(), 2);
    QCOMPARE(m_tasks.size(), 1);

    fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 3, kWait);
    requests = m_server->requests(kPath);
    QCOMPARE(requests.size(), 4);
    QCOMPARE(referenceOf(requests.at(2)), QByteArray("reference-a"));
    QCOMPARE(nameOf(requests.at(2)), QByteArray("AUTHORIZED"));
    QCOMPARE(referenceOf(requests.at(3)), QByteArray("reference-a"));
    QCOMPARE(nameOf(requests.at(3)), QByteArray("CAPTURED"));
    QCOMPARE(succeeded.last(), (QVariantList{registration.id, kCaptured, 1, 200}));
    QCOMPARE(m_engine->pendingCount(), 0);
}

void TestDeliveryEngine::oneDeliveryPerRegistration()
{
    const Sim::Registration first = registerHook();
    const Sim::Registration second = registerHook();
    QVERIFY(!first.id.isEmpty() && !second.id.isEmpty() && first.id != second.id);
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(200, "{}"); });
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 2, kWait);

    const QList<Http::Request> requests = m_server->requests(kPath);
    QCOMPARE(requests.size(), 2);
    QStringList ids;
    for (const Http::Request &request : requests) {
        const QString id = QString::fromUtf8(request.headers.value("Webhook-Id"));
        ids.append(id);
        const Sim::Registration &registration = id == first.id ? first : second;
        QCOMPARE(verify(request, registration).result, Signature::Result::Valid);
    }
    ids.sort();
    QStringList expectedIds{first.id, second.id};
    expectedIds.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(requests.at(0).headers.value("x-ms-date"), requests.at(1).headers.value("x-ms-date"));
    QVERIFY(requests.at(0).headers.value("Authorization") != requests.at(1).headers.value("Authorization"));
}

void TestDeliveryEngine::duplicatesOnPurpose()
{
    const Sim::Registration registration = registerHook();
    m_engine->setDuplicates(registration.id, true);
    QVERIFY(m_engine->duplicates(registration.id));
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(200, "{}"); });
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);
    QSignalSpy duplicated(m_engine.get(), &Sim::DeliveryEngine::duplicateSent);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(duplicated.wait(kWait));
    QCOMPARE(duplicated.first(), (QVariantList{registration.id, kCaptured, 200}));
    QCOMPARE(succeeded.count(), 1);
    const QList<Http::Request> requests = m_server->requests(kPath);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).body, requests.at(0).body);
    QCOMPARE(deliveryHeaders(requests.at(1)), deliveryHeaders(requests.at(0)));
    QCOMPARE(m_engine->pendingCount(), 0);

    m_engine->setDuplicates(registration.id, false);
    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order2", "CAPTURED"));
    QVERIFY(succeeded.wait(kWait));
    QCOMPARE(m_engine->pendingCount(), 0);
    QCOMPARE(duplicated.count(), 1);
    QCOMPARE(m_server->count(kPath), 3);
}

void TestDeliveryEngine::noSubscriptionSendsNothing()
{
    registerHook({kCaptured});
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);

    m_engine->enqueue(kMsn, kAuthorized, eventBody("acme-shop-123-order1", "AUTHORIZED"));
    m_engine->enqueue(QStringLiteral("654321"), kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QCOMPARE(m_engine->pendingCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(attempted.count(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(m_tasks.isEmpty());
}

// A failed delivery waiting for its retry, and the event for the same payment queued behind it.
void TestDeliveryEngine::cancelDropsRetryAndQueued()
{
    const Sim::Registration registration = registerHook({kAuthorized, kCaptured});
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(500, "{}"); });
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy cancelled(m_engine.get(), &Sim::DeliveryEngine::deliveryCancelled);

    m_engine->enqueue(kMsn, kAuthorized, eventBody("reference-a", "AUTHORIZED"));
    m_engine->enqueue(kMsn, kCaptured, eventBody("reference-a", "CAPTURED"));
    QVERIFY(attempted.wait(kWait));
    QCOMPARE(m_tasks.size(), 1);
    QCOMPARE(m_engine->pendingCount(), 2);

    m_engine->cancel(registration.id);
    QCOMPARE(m_engine->pendingCount(), 0);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(cancelled.at(0), (QVariantList{registration.id, kAuthorized, 1}));
    QCOMPARE(cancelled.at(1), (QVariantList{registration.id, kCaptured, 0}));

    fireNext(); // the retry scheduled before the cancel
    QCOMPARE(requestsInFlight(), 0);
    QVERIFY(m_tasks.isEmpty());
    QCOMPARE(attempted.count(), 1);
}

void TestDeliveryEngine::cancelIgnoresTheAnswerInFlight()
{
    const Sim::Registration registration = registerHook();
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(500, "{}"); });
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy cancelled(m_engine.get(), &Sim::DeliveryEngine::deliveryCancelled);
    QSignalSpy finished(m_network.get(), &QNetworkAccessManager::finished);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QCOMPARE(requestsInFlight(), 1);
    m_engine->cancel(registration.id); // the request is posted, its answer not read yet
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first(), (QVariantList{registration.id, kCaptured, 1}));
    QCOMPARE(m_engine->pendingCount(), 0);

    QVERIFY(finished.wait(kWait)); // the 500 arrives and is ignored: not reported, not retried
    QCOMPARE(attempted.count(), 0);
    QVERIFY(m_tasks.isEmpty());
    QCOMPARE(m_engine->pendingCount(), 0);
}

// Same payment, two registrations: cancelling one neither stops the other nor blocks later events.
void TestDeliveryEngine::cancelLeavesOtherRegistrations()
{
    const Sim::Registration failing = registerHook({kAuthorized, kCaptured});
    const Sim::Registration working = registerHook({kAuthorized, kCaptured});
    bool recovered = false;
    m_server->setResponder(kPath, [&](const Http::Request &request) {
        const bool fail = !recovered && request.headers.value("Webhook-Id") == failing.id.toUtf8();
        return Http::Response::json(fail ? 500 : 200, "{}");
    });
    QSignalSpy succeeded(m_engine.get(), &Sim::DeliveryEngine::deliverySucceeded);
    QSignalSpy cancelled(m_engine.get(), &Sim::DeliveryEngine::deliveryCancelled);

    m_engine->enqueue(kMsn, kAuthorized, eventBody("reference-a", "AUTHORIZED"));
    m_engine->enqueue(kMsn, kCaptured, eventBody("reference-a", "CAPTURED"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 2, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_tasks.size(), 1, kWait);
    QCOMPARE(m_engine->pendingCount(), 2);

    m_engine->cancel(failing.id);
    QCOMPARE(cancelled.count(), 2);
    QCOMPARE(m_engine->pendingCount(), 0);
    for (const QVariantList &arguments : std::as_const(succeeded))
        QCOMPARE(arguments.first().toString(), working.id);

    // The cancelled queue no longer holds back the next event for that payment.
    recovered = true;
    m_engine->enqueue(kMsn, kCaptured, eventBody("reference-a", "CAPTURED"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 4, kWait);
    QStringList ids{succeeded.at(2).first().toString(), succeeded.at(3).first().toString()};
    ids.sort();
    QStringList expected{failing.id, working.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(m_engine->pendingCount(), 0);
}

void TestDeliveryEngine::removedRegistrationIsCancelled()
{
    const Sim::Registration registration = registerHook();
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(503, "{}"); });
    QSignalSpy attempted(m_engine.get(), &Sim::DeliveryEngine::deliveryAttempted);
    QSignalSpy cancelled(m_engine.get(), &Sim::DeliveryEngine::deliveryCancelled);
    QSignalSpy removed(m_registry.get(), &Sim::WebhookRegistry::registrationRemoved);

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(attempted.wait(kWait));
    QCOMPARE(m_engine->pendingCount(), 1);

    QVERIFY(m_registry->remove(kMsn, registration.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first(), (QVariantList{kMsn, registration.id}));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(m_engine->pendingCount(), 0);
    fireNext();
    QCOMPARE(requestsInFlight(), 0);
}

// What the app's Deliveries view shows: each attempt's send time, URL, event, payment, number, outcome and the time
// of the next retry by the schedule, none after the last.
void TestDeliveryEngine::attemptReportsSayWhenTheNextRetryIs()
{
    const Sim::Registration registration = registerHook();
    m_engine->setRetrySchedule({1000, 2000});
    m_server->enqueueJson(kPath, 500, "{}");
    m_server->setResponder(kPath, [](const Http::Request &) { return Http::Response::json(503, "{}"); });
    QSignalSpy reported(m_engine.get(), &Sim::DeliveryEngine::attemptReported);
    const QDateTime start = m_now;

    m_engine->enqueue(kMsn, kCaptured, eventBody("acme-shop-123-order1", "CAPTURED"));
    QVERIFY(reported.wait(kWait));
    auto first = reported.at(0).at(0).value<Sim::DeliveryAttempt>();
    QCOMPARE(first.sentAt, start);
    QCOMPARE(first.registrationId, registration.id);
    QCOMPARE(first.url, registration.url);
    QCOMPARE(first.eventType, kCaptured);
    QCOMPARE(first.reference, QStringLiteral("acme-shop-123-order1"));
    QCOMPARE(first.attempt, 1);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.error, QStringLiteral("HTTP 500"));
    QCOMPARE(first.nextRetryAt, start.addMSecs(1000));
    QVERIFY(!first.delivered() && !first.dropped());

    m_now = m_now.addSecs(1);
    fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 2, kWait);
    const auto second = reported.at(1).at(0).value<Sim::DeliveryAttempt>();
    QCOMPARE(second.sentAt, start.addSecs(1));
    QCOMPARE(second.attempt, 2);
    QCOMPARE(second.nextRetryAt, start.addSecs(1).addMSecs(2000));

    m_now = m_now.addSecs(2);
    fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 3, kWait);
    const auto last = reported.at(2).at(0).value<Sim::DeliveryAttempt>();
    QCOMPARE(last.attempt, 3);
    QCOMPARE(last.status, 503);
    QVERIFY(!last.nextRetryAt.isValid());
    QVERIFY(last.dropped());
}

QTEST_GUILESS_MAIN(TestDeliveryEngine)
#include "tst_deliveryengine.moc"
