// SPDX-License-Identifier: MIT
// The simulator's ePayment state machine (docs/vipps-wire.md §5-§7) with a fake clock and predictable ids.
#include "sim/paymentledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Sim::PaymentState)

using Sim::Answer;
using Sim::PaymentLedger;

namespace {

const QString kMsn = QStringLiteral("123456");
const QString kOtherMsn = QStringLiteral("654321");
const QString kReference = QStringLiteral("acme-shop-123-order123abc");

QJsonObject amountObject(qint64 value, const QString &currency = QStringLiteral("NOK"))
{
    return {{QStringLiteral("currency"), currency}, {QStringLiteral("value"), value}};
}

// The minimal test request of docs/vipps-wire.md §6.
QJsonObject createBody(qint64 value = 1000, const QString &reference = kReference)
{
    return {{QStringLiteral("amount"), amountObject(value)},
            {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), QStringLiteral("WALLET")}}},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4712345678")}}},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("returnUrl"), QStringLiteral("https://example.com/return")},
            {QStringLiteral("userFlow"), QStringLiteral("WEB_REDIRECT")},
            {QStringLiteral("paymentDescription"), QStringLiteral("Test payment")}};
}

QJsonObject modification(qint64 value, const QString &currency = QStringLiteral("NOK"))
{
    return {{QStringLiteral("modificationAmount"), amountObject(value, currency)}};
}

QStringList eventNames(const Sim::Payment *payment)
{
    QStringList names;
    for (const Sim::PaymentEvent &event : payment->events)
        names.append(event.name);
    return names;
}

QList<qint64> aggregateOf(const Sim::Payment *payment)
{
    const Sim::PaymentAggregate &a = payment->aggregate;
    return {a.authorized, a.cancelled, a.captured, a.refunded};
}

QString describe(const Answer &answer)
{
    return QString::number(answer.status) + QLatin1Char(' ') + QString::fromUtf8(answer.json());
}

} // namespace

class TestPaymentLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createAnswersWithRedirect();
    void createFromRequestModel();
    void pushMessageHasNoRedirect();
    void createRefusals_data();
    void createRefusals();
    void referenceUniquePerMsn();

    void transitions_data();
    void transitions();
    void refusals_data();
    void refusals();
    void unknownReference_data();
    void unknownReference();

    void idempotentReplay();
    void idempotencyConflict_data();
    void idempotencyConflict();
    void refusalStaysCached();
    void createReplayAndConflict();

    void expiresAtConfiguredTime_data();
    void expiresAtConfiguredTime();
    void expiryBeforeAnyCall();

    void approvalTestAmounts_data();
    void approvalTestAmounts();
    void refundTestAmounts_data();
    void refundTestAmounts();

    void forceApprove_data();
    void forceApprove();

    void eventsAndSignal();
    void webhookPayload_data();
    void webhookPayload();
    void eventLogJson();
    void getPaymentJson();
    void modificationResponseJson();

private:
    Answer create(qint64 value = 1000, const QString &reference = kReference, const QString &msn = kMsn);
    Answer step(const QString &step, int index);
    void runSteps(const QStringList &steps);
    const Sim::Payment *current() const { return m_ledger->payment(kMsn, kReference); }

    std::unique_ptr<PaymentLedger> m_ledger;
    QDateTime m_now;
    int m_ids = 0;
};

void TestPaymentLedger::init()
{
    m_now = QDateTime::fromString(QStringLiteral("2026-01-19T16:26:32.099Z"), Qt::ISODateWithMs);
    m_ids = 0;
    m_ledger = std::make_unique<PaymentLedger>();
    m_ledger->setClock([this] { return m_now; });
    m_ledger->setIdGenerator([this] { return QStringLiteral("psp-%1").arg(++m_ids); });
    m_ledger->setLandingPageUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/landing")));
}

Answer TestPaymentLedger::create(qint64 value, const QString &reference, const QString &msn)
{
    return m_ledger->create(msn, createBody(value, reference), QStringLiteral("create-") + reference);
}

// "approve", "reject", "cancel", "cancelOnly", "capture N", "refund N", "wait S" (seconds, then expireDue).
Answer TestPaymentLedger::step(const QString &step, int index)
{
    const QStringList parts = step.split(QLatin1Char(' '));
    const QString op = parts.first();
    const qint64 value = parts.value(1).toLongLong();
    const QString key = QStringLiteral("key-%1").arg(index);
    if (op == QLatin1String("approve"))
        return m_ledger->approve(kMsn, kReference);
    if (op == QLatin1String("reject"))
        return m_ledger->reject(kMsn, kReference);
    if (op == QLatin1String("cancel"))
        return m_ledger->cancel(kMsn, kReference, {}, key);
    if (op == QLatin1String("cancelOnly"))
        return m_ledger->cancel(kMsn, kReference, {{QStringLiteral("cancelTransactionOnly"), true}}, key);
    if (op == QLatin1String("capture"))
        return m_ledger->capture(kMsn, kReference, modification(value), key);
    if (op == QLatin1String("refund"))
        return m_ledger->refund(kMsn, kReference, modification(value), key);
    if (op == QLatin1String("wait")) {
        m_now = m_now.addSecs(value);
        m_ledger->expireDue(m_now);
        return {200, {}, {}, false};
    }
    qWarning("unknown step");
    return {};
}

void TestPaymentLedger::runSteps(const QStringList &steps)
{
    for (int i = 0; i < steps.size(); ++i) {
        const Answer answer = step(steps.at(i), i);
        QVERIFY2(answer.ok(), qPrintable(steps.at(i) + QLatin1String(": ") + describe(answer)));
    }
}

// ---- create ----

void TestPaymentLedger::createAnswersWithRedirect()
{
    const Answer answer = create();
    QCOMPARE(answer.status, 201);
    QVERIFY(!answer.replayed);
    QCOMPARE(answer.body.object().value(QStringLiteral("reference")).toString(), kReference);
    const QString redirect = answer.body.object().value(QStringLiteral("redirectUrl")).toString();
    QCOMPARE(redirect, QStringLiteral("http://127.0.0.1:8080/landing?token=psp-1"));
    QCOMPARE(current()->state, Sim::PaymentState::Created);
    QCOMPARE(current()->pspReference(), QStringLiteral("psp-2"));
    QCOMPARE(m_ledger->paymentForToken(QStringLiteral("psp-1")), current());
    QCOMPARE(eventNames(current()), QStringList{QStringLiteral("CREATED")});
}

void TestPaymentLedger::createFromRequestModel()
{
    Api::CreatePaymentRequest request;
    request.amount = {49900, QStringLiteral("NOK")};
    request.reference = kReference;
    request.returnUrl = QStringLiteral("https://example.com/return");
    QCOMPARE(m_ledger->create(kMsn, request, QStringLiteral("k")).status, 201);
    QCOMPARE(current()->amount, (Api::Amount{49900, QStringLiteral("NOK")}));
    QCOMPARE(current()->paymentMethodType, QStringLiteral("WALLET"));
}

void TestPaymentLedger::pushMessageHasNoRedirect()
{
    QJsonObject body = createBody();
    body.insert(QStringLiteral("userFlow"), QStringLiteral("PUSH_MESSAGE"));
    body.remove(QStringLiteral("returnUrl"));
    const Answer answer = m_ledger->create(kMsn, body, QStringLiteral("k"));
    QCOMPARE(answer.status, 201);
    QVERIFY(!answer.body.object().contains(QStringLiteral("redirectUrl")));
    QVERIFY(!m_ledger->getPayment(kMsn, kReference).body.object().contains(QStringLiteral("redirectUrl")));
}

void TestPaymentLedger::createRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");

    const QString key = QStringLiteral("k");
    QJsonObject body = createBody(99);
    QTest::newRow("NOK below 100 øre") << body << key << QStringLiteral("amount.value");
    body = createBody(1000, QStringLiteral("short"));
    QTest::newRow("reference too short") << body << key << QStringLiteral("reference");
    body = createBody(1000, QStringLiteral("acme_order_0001"));
    QTest::newRow("reference with underscore") << body << key << QStringLiteral("reference");
    body = createBody();
    body.remove(QStringLiteral("reference"));
    QTest::newRow("reference missing") << body << key << QStringLiteral("reference");
    body = createBody();
    body.remove(QStringLiteral("amount"));
    QTest::newRow("amount missing") << body << key << QStringLiteral("amount");
    body = createBody();
    body.insert(QStringLiteral("amount"),
                QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")}, {QStringLiteral("value"), 10.5}});
    QTest::newRow("value with decimals") << body << key << QStringLiteral("amount.value");
    body = createBody();
    body.insert(QStringLiteral("amount"), amountObject(1000, QStringLiteral("SEK")));
    QTest::newRow("unknown currency") << body << key << QStringLiteral("amount.currency");
    body = createBody();
    body.remove(QStringLiteral("returnUrl"));
    QTest::newRow("WEB_REDIRECT without returnUrl") << body << key << QStringLiteral("returnUrl");
    body = createBody();
    body.insert(QStringLiteral("orderId"), QStringLiteral("x"));
    QTest::newRow("unknown field") << body << key << QStringLiteral("orderId");
    body = createBody();
    body.insert(QStringLiteral("userFlow"), QStringLiteral("SMS"));
    QTest::newRow("unknown user flow") << body << key << QStringLiteral("userFlow");
    QTest::newRow("no Idempotency-Key") << createBody() << QString() << QStringLiteral("Idempotency-Key");
    QTest::newRow("Idempotency-Key of 51") << createBody() << QString(51, u'k') << QStringLiteral("Idempotency-Key");
}

void TestPaymentLedger::createRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QString, field);

    const Answer answer = m_ledger->create(kMsn, body, key);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.problem.errorCode(), QString()); // validation: no code (§7)
    QVERIFY2(!answer.problem.extraDetails.isEmpty(), qPrintable(describe(answer)));
    QCOMPARE(answer.problem.extraDetails.first().name, field);
    QVERIFY(!answer.problem.extraDetails.first().reason.isEmpty());
    QCOMPARE(current(), nullptr);
    const QJsonObject problem = QJsonDocument::fromJson(answer.json(QStringLiteral("/v1/payments"))).object();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("https://httpstatuses.io/400"));
    QCOMPARE(problem.value(QStringLiteral("instance")).toString(), QStringLiteral("/v1/payments"));
    QVERIFY(problem.value(QStringLiteral("traceId")).toString().startsWith(QLatin1String("00-")));
}

void TestPaymentLedger::referenceUniquePerMsn()
{
    QCOMPARE(create().status, 201);
    const Answer again = m_ledger->create(kMsn, createBody(2000), QStringLiteral("another-key"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problem.errorCode(), QStringLiteral("4150"));
    QCOMPARE(create(1000, kReference, kOtherMsn).status, 201);
    QCOMPARE(m_ledger->payment(kOtherMsn, kReference)->msn, kOtherMsn);
}

// ---- state machine (docs/vipps-wire.md §6 "States and events") ----

void TestPaymentLedger::transitions_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<Sim::PaymentState>("state");
    QTest::addColumn<QList<qint64>>("aggregate"); // authorized, cancelled, captured, refunded
    QTest::addColumn<QStringList>("events");

    using S = Sim::PaymentState;
    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
    QTest::newRow("created") << QStringList() << S::Created << QList<qint64>{0, 0, 0, 0} << list("CREATED");
    QTest::newRow("approve") << list("approve") << S::Authorized << QList<qint64>{1000, 0, 0, 0}
                             << list("CREATED,AUTHORIZED");
    QTest::newRow("reject") << list("reject") << S::Aborted << QList<qint64>{0, 0, 0, 0} << list("CREATED,ABORTED");
    QTest::newRow("cancel before approval")
        << list("cancel") << S::Terminated << QList<qint64>{0, 0, 0, 0} << list("CREATED,TERMINATED");
    QTest::newRow("cancelTransactionOnly before approval")
        << list("cancelOnly") << S::Terminated << QList<qint64>{0, 0, 0, 0} << list("CREATED,TERMINATED");
    QTest::newRow("cancel twice before approval")
        << list("cancel,cancel") << S::Terminated << QList<qint64>{0, 0, 0, 0} << list("CREATED,TERMINATED");
    QTest::newRow("expire") << list("wait 600") << S::Expired << QList<qint64>{0, 0, 0, 0} << list("CREATED,EXPIRED");
    QTest::newRow("full capture") << list("approve,capture 1000") << S::Authorized << QList<qint64>{1000, 0, 1000, 0}
                                  << list("CREATED,AUTHORIZED,CAPTURED");
    QTest::newRow("partial captures") << list("approve,capture 300,capture 200") << S::Authorized
                                      << QList<qint64>{1000, 0, 500, 0} << list("CREATED,AUTHORIZED,CAPTURED,CAPTURED");
    QTest::newRow("capture, refund part")
        << list("approve,capture 1000,refund 400") << S::Authorized << QList<qint64>{1000, 0, 1000, 400}
        << list("CREATED,AUTHORIZED,CAPTURED,REFUNDED");
    QTest::newRow("refund all in two") << list("approve,capture 600,refund 100,refund 500") << S::Authorized
                                       << QList<qint64>{1000, 0, 600, 600}
                                       << list("CREATED,AUTHORIZED,CAPTURED,REFUNDED,REFUNDED");
    QTest::newRow("cancel authorized") << list("approve,cancel") << S::Authorized << QList<qint64>{1000, 1000, 0, 0}
                                       << list("CREATED,AUTHORIZED,CANCELLED");
    QTest::newRow("capture part, cancel rest")
        << list("approve,capture 300,cancel") << S::Authorized << QList<qint64>{1000, 700, 300, 0}
        << list("CREATED,AUTHORIZED,CAPTURED,CANCELLED");
    QTest::newRow("cancel again, nothing new")
        << list("approve,capture 300,cancel,cancel") << S::Authorized << QList<qint64>{1000, 700, 300, 0}
        << list("CREATED,AUTHORIZED,CAPTURED,CANCELLED");
    QTest::newRow("capture, cancel, refund")
        << list("approve,capture 300,cancel,refund 300") << S::Authorized << QList<qint64>{1000, 700, 300, 300}
        << list("CREATED,AUTHORIZED,CAPTURED,CANCELLED,REFUNDED");
    QTest::newRow("authorized never expires")
        << list("approve,wait 86400") << S::Authorized << QList<qint64>{1000, 0, 0, 0} << list("CREATED,AUTHORIZED");
}

void TestPaymentLedger::transitions()
{
    QFETCH(QStringList, steps);
    QFETCH(Sim::PaymentState, state);
    QFETCH(QList<qint64>, aggregate);
    QFETCH(QStringList, events);

    QCOMPARE(create().status, 201);
    runSteps(steps);
    QCOMPARE(current()->state, state);
    QCOMPARE(aggregateOf(current()), aggregate);
    QCOMPARE(eventNames(current()), events);
    QCOMPARE(m_ledger->getPayment(kMsn, kReference).body.object().value(QStringLiteral("state")).toString(),
             Sim::paymentStateName(state));
}

void TestPaymentLedger::refusals_data()
{
    QTest::addColumn<QStringList>("steps"); // all succeed
    QTest::addColumn<QString>("refused");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
    const QString none;
    QTest::newRow("capture before approval") << QStringList() << "capture 100" << 400 << "6080";
    QTest::newRow("capture after reject") << list("reject") << "capture 100" << 400 << "6080";
    QTest::newRow("capture after terminate") << list("cancel") << "capture 100" << 400 << "6080";
    QTest::newRow("capture after expiry") << list("wait 600") << "capture 100" << 400 << "6080";
    QTest::newRow("capture more than authorized") << list("approve") << "capture 1001" << 400 << "6090";
    QTest::newRow("capture past earlier captures") << list("approve,capture 600") << "capture 401" << 400 << "6090";
    QTest::newRow("capture after cancel") << list("approve,capture 600,cancel") << "capture 1" << 400 << "6090";
    QTest::newRow("capture zero") << list("approve") << "capture 0" << 400 << none;
    QTest::newRow("refund before capture") << list("approve") << "refund 1" << 400 << "6150";
    QTest::newRow("refund before approval") << QStringList() << "refund 100" << 400 << "6150";
    QTest::newRow("refund more than captured") << list("approve,capture 500") << "refund 501" << 400 << "6150";
    QTest::newRow("refund past earlier refunds")
        << list("approve,capture 500,refund 300") << "refund 201" << 400 << "6150";
    QTest::newRow("cancel fully captured") << list("approve,capture 1000") << "cancel" << 400 << "6040";
    QTest::newRow("cancelTransactionOnly authorized") << list("approve") << "cancelOnly" << 400 << "6060";
    QTest::newRow("cancel aborted") << list("reject") << "cancel" << 400 << none;
    QTest::newRow("cancel expired") << list("wait 600") << "cancel" << 400 << none;
    QTest::newRow("approve twice") << list("approve") << "approve" << 400 << none;
    QTest::newRow("approve terminated") << list("cancel") << "approve" << 400 << none;
    QTest::newRow("approve expired") << list("wait 600") << "approve" << 400 << none;
    QTest::newRow("reject authorized") << list("approve") << "reject" << 400 << none;
    QTest::newRow("reject aborted") << list("reject") << "reject" << 400 << none;
}

void TestPaymentLedger::refusals()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, refused);
    QFETCH(int, status);
    QFETCH(QString, code);

    QCOMPARE(create().status, 201);
    runSteps(steps);
    const QList<qint64> before = aggregateOf(current());
    const qsizetype events = current()->events.size();
    const Sim::PaymentState state = current()->state;
    const Answer answer = step(refused, 99);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.problem.errorCode(), code);
    QVERIFY(!answer.problem.title.isEmpty());
    QVERIFY(!answer.problem.detail.isEmpty());
    QCOMPARE(aggregateOf(current()), before);
    QCOMPARE(current()->events.size(), events);
    QCOMPARE(current()->state, state);
}

void TestPaymentLedger::unknownReference_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : {"capture", "refund", "cancel", "approve", "reject", "force", "get", "events"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestPaymentLedger::unknownReference()
{
    QFETCH(QString, operation);
    QCOMPARE(create(1000, kReference, kOtherMsn).status, 201); // exists, but under another MSN
    const QJsonObject force{
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4712345678")}}}};
    Answer answer;
    if (operation == QLatin1String("force"))
        answer = m_ledger->forceApprove(kMsn, kReference, force);
    else if (operation == QLatin1String("get"))
        answer = m_ledger->getPayment(kMsn, kReference);
    else if (operation == QLatin1String("events"))
        answer = m_ledger->getEvents(kMsn, kReference);
    else
        answer = step(operation + QLatin1String(" 100"), 0);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.problem.errorCode(), QStringLiteral("5090"));
}

// ---- idempotency (docs/vipps-wire.md §1, §6) ----

void TestPaymentLedger::idempotentReplay()
{
    QCOMPARE(create().status, 201);
    runSteps({QStringLiteral("approve")});
    const QString key = QStringLiteral("capture-1");
    const Answer first = m_ledger->capture(kMsn, kReference, modification(300), key);
    QCOMPARE(first.status, 200);
    m_now = m_now.addSecs(5);
    const QByteArray reordered = R"({ "modificationAmount": { "value": 300, "currency": "NOK" } })";
    const Answer again = m_ledger->capture(kMsn, kReference, QJsonDocument::fromJson(reordered).object(), key);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    QCOMPARE(again.body, first.body);
    QCOMPARE(current()->aggregate.captured, 300);
    QCOMPARE(current()->events.size(), 3);
    // The same key on another operation or payment is a different call.
    QCOMPARE(m_ledger->refund(kMsn, kReference, modification(300), key).status, 200);
    QCOMPARE(current()->aggregate.refunded, 300);
}

void TestPaymentLedger::idempotencyConflict_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("code");
    QTest::newRow("capture") << "capture"
                             << "4010";
    QTest::newRow("refund") << "refund"
                            << "4150";
    QTest::newRow("cancel") << "cancel"
                            << "4020";
}

void TestPaymentLedger::idempotencyConflict()
{
    QFETCH(QString, operation);
    QFETCH(QString, code);

    QCOMPARE(create().status, 201);
    runSteps({QStringLiteral("approve"), QStringLiteral("capture 500")});
    const QString key = QStringLiteral("same-key");
    const auto call = [&](const QJsonObject &body) {
        if (operation == QLatin1String("capture"))
            return m_ledger->capture(kMsn, kReference, body, key);
        if (operation == QLatin1String("refund"))
            return m_ledger->refund(kMsn, kReference, body, key);
        return m_ledger->cancel(kMsn, kReference, body.isEmpty() ? QJsonObject() : body, key);
    };
    const bool cancel = operation == QLatin1String("cancel");
    QCOMPARE(call(cancel ? QJsonObject() : modification(100)).status, 200);
    const QList<qint64> after = aggregateOf(current());
    const QJsonObject other =
        cancel ? QJsonObject{{QStringLiteral("cancelTransactionOnly"), false}} : modification(200);
    const Answer conflict = call(other);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.problem.errorCode(), code);
    QCOMPARE(aggregateOf(current()), after);
}

void TestPaymentLedger::refusalStaysCached()
{
    QCOMPARE(create().status, 201);
    const QString key = QStringLiteral("early-capture");
    QCOMPARE(m_ledger->capture(kMsn, kReference, modification(100), key).problem.errorCode(), QStringLiteral("6080"));
    runSteps({QStringLiteral("approve")});
    const Answer cached = m_ledger->capture(kMsn, kReference, modification(100), key);
    QCOMPARE(cached.status, 400);
    QCOMPARE(cached.problem.errorCode(), QStringLiteral("6080"));
    QVERIFY(cached.replayed);
    QCOMPARE(m_ledger->capture(kMsn, kReference, modification(100), QStringLiteral("new-key")).status, 200);
}

void TestPaymentLedger::createReplayAndConflict()
{
    const Answer first = create();
    QSignalSpy spy(m_ledger.get(), &PaymentLedger::eventRecorded);
    const Answer replay = create();
    QCOMPARE(replay.status, 201);
    QVERIFY(replay.replayed);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(spy.count(), 0);
    const Answer conflict = m_ledger->create(kMsn, createBody(2000), QStringLiteral("create-") + kReference);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.problem.errorCode(), QStringLiteral("4020"));
    // A refused create stays refused under its key, even once the body would pass elsewhere.
    const QString key = QStringLiteral("bad-create");
    const QJsonObject tooSmall = createBody(99, QStringLiteral("acme-second-0001"));
    QCOMPARE(m_ledger->create(kMsn, tooSmall, key).status, 400);
    QVERIFY(m_ledger->create(kMsn, tooSmall, key).replayed);
    QCOMPARE(m_ledger->payment(kMsn, QStringLiteral("acme-second-0001")), nullptr);
}

// ---- expiry (docs/vipps-wire.md §6 "Timeouts") ----

void TestPaymentLedger::expiresAtConfiguredTime_data()
{
    QTest::addColumn<qint64>("configuredMs"); // 0: the default
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("default 10 minutes") << qint64(0) << qint64(600000);
    QTest::newRow("30 seconds") << qint64(30000) << qint64(30000);
    QTest::newRow("one hour") << qint64(3600000) << qint64(3600000);
}

void TestPaymentLedger::expiresAtConfiguredTime()
{
    QFETCH(qint64, configuredMs);
    QFETCH(qint64, expectedMs);

    if (configuredMs)
        m_ledger->setExpireAfter(std::chrono::milliseconds(configuredMs));
    const QDateTime created = m_now;
    QCOMPARE(create().status, 201);
    const QDateTime deadline = created.addMSecs(expectedMs);
    QCOMPARE(m_ledger->nextExpiry(), deadline);
    QCOMPARE(m_ledger->expireDue(deadline.addMSecs(-1)), 0);
    QCOMPARE(current()->state, Sim::PaymentState::Created);
    QCOMPARE(m_ledger->expireDue(deadline), 1);
    QCOMPARE(current()->state, Sim::PaymentState::Expired);
    QCOMPARE(current()->events.constLast().timestamp, deadline);
    QVERIFY(current()->events.constLast().idempotencyKey.isEmpty());
    QVERIFY(!m_ledger->nextExpiry().isValid());
    QCOMPARE(m_ledger->expireDue(deadline.addDays(1)), 0);
}

void TestPaymentLedger::expiryBeforeAnyCall()
{
    QCOMPARE(create().status, 201);
    QCOMPARE(create(1000, QStringLiteral("acme-later-0001")).status, 201);
    m_now = m_now.addMSecs(600000 - 1);
    QCOMPARE(m_ledger->getPayment(kMsn, kReference).body.object().value(QStringLiteral("state")).toString(),
             QStringLiteral("CREATED"));
    m_now = m_now.addMSecs(1); // no tick: the next call notices the deadline itself
    const Answer approve = m_ledger->approve(kMsn, kReference);
    QCOMPARE(approve.status, 400);
    QCOMPARE(current()->state, Sim::PaymentState::Expired);
    QCOMPARE(m_ledger->payment(kMsn, QStringLiteral("acme-later-0001"))->state, Sim::PaymentState::Expired);
}

// ---- test amounts (docs/vipps-wire.md §6) ----

void TestPaymentLedger::approvalTestAmounts_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("fails");
    for (const qint64 value : {151, 182, 183, 184, 186, 187, 197, 201, 202})
        QTest::addRow("%lld fails", static_cast<long long>(value)) << value << true;
    for (const qint64 value : {150, 185, 200, 1000})
        QTest::addRow("%lld approves", static_cast<long long>(value)) << value << false;
}

void TestPaymentLedger::approvalTestAmounts()
{
    QFETCH(qint64, value);
    QFETCH(bool, fails);

    QCOMPARE(create(value).status, 201);
    const Answer answer = m_ledger->approve(kMsn, kReference);
    QCOMPARE(answer.status, fails ? 400 : 200);
    if (!fails) {
        QCOMPARE(current()->aggregate.authorized, value);
        return;
    }
    QCOMPARE(answer.problem.extraDetails.first().name, QStringLiteral("amount.value"));
    QVERIFY(answer.problem.extraDetails.first().reason.startsWith(QString::number(value)));
    QCOMPARE(current()->state, Sim::PaymentState::Created);
    QCOMPARE(current()->events.size(), 1);
    QCOMPARE(m_ledger->reject(kMsn, kReference).status, 200); // the user may still walk away
}

void TestPaymentLedger::refundTestAmounts_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("123 cannot refund") << qint64(123) << 400;
    QTest::newRow("124 refund period expired") << qint64(124) << 400;
    QTest::newRow("122 refunds") << qint64(122) << 200;
    QTest::newRow("125 refunds") << qint64(125) << 200;
}

void TestPaymentLedger::refundTestAmounts()
{
    QFETCH(qint64, value);
    QFETCH(int, status);

    QCOMPARE(create().status, 201);
    runSteps({QStringLiteral("approve"), QStringLiteral("capture 1000")});
    const Answer answer = m_ledger->refund(kMsn, kReference, modification(value), QStringLiteral("r"));
    QCOMPARE(answer.status, status);
    QCOMPARE(current()->aggregate.refunded, status == 200 ? value : 0);
    if (status == 400)
        QCOMPARE(answer.problem.extraDetails.first().name, QStringLiteral("modificationAmount.value"));
}

// ---- force approve (docs/vipps-wire.md §6) ----

void TestPaymentLedger::forceApprove_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QJsonObject phone{{QStringLiteral("phoneNumber"), QStringLiteral("4712345678")}};
    QTest::newRow("phone number") << QJsonObject{{QStringLiteral("customer"), phone}} << 200 << QString();
    QTest::newRow("token") << QJsonObject{{QStringLiteral("token"), QStringLiteral("psp-1")}} << 200 << QString();
    QTest::newRow("both") << QJsonObject{{QStringLiteral("customer"), phone},
                                         {QStringLiteral("token"), QStringLiteral("psp-1")}}
                          << 200 << QString();
    QTest::newRow("other payment's token")
        << QJsonObject{{QStringLiteral("token"), QStringLiteral("nope")}} << 400 << QStringLiteral("token");
    QTest::newRow("neither") << QJsonObject() << 400 << QStringLiteral("customer.phoneNumber");
    const QJsonObject badPhone{{QStringLiteral("phoneNumber"), QStringLiteral("+47 123")}};
    QTest::newRow("bad phone number") << QJsonObject{{QStringLiteral("customer"), badPhone}} << 400
                                      << QStringLiteral("customer.phoneNumber");
}

void TestPaymentLedger::forceApprove()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    QCOMPARE(create().status, 201);
    const Answer answer = m_ledger->forceApprove(kMsn, kReference, body);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.body.isNull());
    QCOMPARE(current()->state, status == 200 ? Sim::PaymentState::Authorized : Sim::PaymentState::Created);
    if (status != 200)
        QCOMPARE(answer.problem.extraDetails.first().name, field);
}

// ---- events and JSON (docs/vipps-wire.md §5, §6) ----

void TestPaymentLedger::eventsAndSignal()
{
    QSignalSpy spy(m_ledger.get(), &PaymentLedger::eventRecorded);
    QCOMPARE(create().status, 201);
    runSteps({QStringLiteral("approve"), QStringLiteral("capture 600"), QStringLiteral("refund 100"),
              QStringLiteral("cancel")});
    QCOMPARE(spy.count(), 5);
    const QStringList names{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURED"),
                            QStringLiteral("REFUNDED"), QStringLiteral("CANCELLED")};
    const QList<qint64> amounts{1000, 1000, 600, 100, 400};
    const QStringList keys{QStringLiteral("create-") + kReference, QString(), QStringLiteral("key-1"),
                           QStringLiteral("key-2"), QString()};
    QSet<QString> pspReferences;
    for (int i = 0; i < spy.count(); ++i) {
        QCOMPARE(spy.at(i).at(0).toString(), kMsn);
        const auto event = spy.at(i).at(1).value<Sim::PaymentEvent>();
        QCOMPARE(event.name, names.at(i));
        QCOMPARE(event.amount.value, amounts.at(i));
        QCOMPARE(event.idempotencyKey, keys.at(i));
        QVERIFY(event.success);
        QCOMPARE(event.reference, kReference);
        pspReferences.insert(event.pspReference);
    }
    QCOMPARE(pspReferences.size(), 5); // a new pspReference per event
}

void TestPaymentLedger::webhookPayload_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("created, with key")
        << QString()
        << QByteArray(R"({"msn":"123456","reference":"acme-shop-123-order123abc","pspReference":"psp-2",)"
                      R"("name":"CREATED","amount":{"currency":"NOK","value":49900},)"
                      R"("timestamp":"2026-01-19T16:26:32.099Z",)"
                      R"("idempotencyKey":"create-acme-shop-123-order123abc","success":true})");
    QTest::newRow("authorized, no key")
        << "approve"
        << QByteArray(R"({"msn":"123456","reference":"acme-shop-123-order123abc","pspReference":"psp-3",)"
                      R"("name":"AUTHORIZED","amount":{"currency":"NOK","value":49900},)"
                      R"("timestamp":"2026-01-19T16:26:33.099Z","success":true})");
    QTest::newRow("expired at the deadline")
        << "wait 900"
        << QByteArray(R"({"msn":"123456","reference":"acme-shop-123-order123abc","pspReference":"psp-3",)"
                      R"("name":"EXPIRED","amount":{"currency":"NOK","value":49900},)"
                      R"("timestamp":"2026-01-19T16:36:32.099Z","success":true})");
}

void TestPaymentLedger::webhookPayload()
{
    QFETCH(QString, step);
    QFETCH(QByteArray, payload);

    QCOMPARE(create(49900).status, 201);
    m_now = m_now.addSecs(1);
    if (!step.isEmpty())
        QVERIFY(this->step(step, 0).ok());
    QCOMPARE(PaymentLedger::webhookPayload(kMsn, current()->events.constLast()), payload);
}

void TestPaymentLedger::eventLogJson()
{
    QCOMPARE(create().status, 201);
    m_now = m_now.addMSecs(1234);
    runSteps({QStringLiteral("reject")});
    const Answer answer = m_ledger->getEvents(kMsn, kReference);
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.json(),
        QByteArray(R"([{"amount":{"currency":"NOK","value":1000},"idempotencyKey":"create-acme-shop-123-order123abc",)"
                   R"("name":"CREATED","pspReference":"psp-2","reference":"acme-shop-123-order123abc",)"
                   R"("success":true,"timestamp":"2026-01-19T16:26:32.099Z"},)"
                   R"({"amount":{"currency":"NOK","value":1000},"idempotencyKey":null,"name":"ABORTED",)"
                   R"("pspReference":"psp-3","reference":"acme-shop-123-order123abc","success":true,)"
                   R"("timestamp":"2026-01-19T16:26:33.333Z"}])"));
}

void TestPaymentLedger::getPaymentJson()
{
    QJsonObject body = createBody();
    body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("order"), QStringLiteral("42")}});
    QCOMPARE(m_ledger->create(kMsn, body, QStringLiteral("k")).status, 201);
    runSteps({QStringLiteral("approve"), QStringLiteral("capture 250")});
    const Answer answer = m_ledger->getPayment(kMsn, kReference);
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.json(),
        QByteArray(R"({"aggregate":{"authorizedAmount":{"currency":"NOK","value":1000},)"
                   R"("cancelledAmount":{"currency":"NOK","value":0},"capturedAmount":{"currency":"NOK","value":250},)"
                   R"("refundedAmount":{"currency":"NOK","value":0}},"amount":{"currency":"NOK","value":1000},)"
                   R"("metadata":{"order":"42"},"paymentMethod":{"type":"WALLET"},"pspReference":"psp-2",)"
                   R"("redirectUrl":"http://127.0.0.1:8080/landing?token=psp-1",)"
                   R"("reference":"acme-shop-123-order123abc","state":"AUTHORIZED"})"));
}

void TestPaymentLedger::modificationResponseJson()
{
    QCOMPARE(create().status, 201);
    runSteps({QStringLiteral("approve")});
    const Answer answer = m_ledger->capture(kMsn, kReference, modification(400), QStringLiteral("c"));
    QCOMPARE(
        answer.json(),
        QByteArray(R"({"aggregate":{"authorizedAmount":{"currency":"NOK","value":1000},)"
                   R"("cancelledAmount":{"currency":"NOK","value":0},"capturedAmount":{"currency":"NOK","value":400},)"
                   R"("refundedAmount":{"currency":"NOK","value":0}},"amount":{"currency":"NOK","value":1000},)"
                   R"("pspReference":"psp-4","reference":"acme-shop-123-order123abc","state":"AUTHORIZED"})"));
    const Answer wrongCurrency =
        m_ledger->capture(kMsn, kReference, modification(100, QStringLiteral("EUR")), QStringLiteral("d"));
    QCOMPARE(wrongCurrency.status, 400);
    QCOMPARE(wrongCurrency.problem.errorCode(), QStringLiteral("4040"));
}

QTEST_GUILESS_MAIN(TestPaymentLedger)
#include "tst_paymentledger.moc"
