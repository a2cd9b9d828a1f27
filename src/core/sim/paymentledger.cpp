// SPDX-License-Identifier: MIT
#include "sim/paymentledger.h"

#include "sim/createbodyreader.h"

#include <QUuid>

#include <algorithm>

namespace Sim {

namespace {

Answer modified(const Payment &payment, const QString &pspReference)
{
    return Answers::success(200, QJsonDocument(PaymentJson::modification(payment, pspReference)));
}

} // namespace

// ---- set-up ----

PaymentLedger::PaymentLedger(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_newId([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); })
    , m_landingPageUrl(QStringLiteral("http://127.0.0.1/landing"))
{}

void PaymentLedger::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void PaymentLedger::setIdGenerator(IdGenerator generator)
{
    m_newId = std::move(generator);
}

void PaymentLedger::setExpireAfter(std::chrono::milliseconds after)
{
    m_expireAfter = after;
}

void PaymentLedger::setLandingPageUrl(const QUrl &url)
{
    m_landingPageUrl = url;
}

// Every call first expires what the clock says is due, so no answer shows a payment past its deadline.
QDateTime PaymentLedger::now()
{
    const QDateTime time = m_clock().toUTC();
    expireDue(time);
    return time;
}

int PaymentLedger::expireDue()
{
    return expireDue(m_clock().toUTC());
}

Payment *PaymentLedger::find(const QString &msn, const QString &reference)
{
    const auto it = m_payments.find({msn, reference});
    return it == m_payments.end() ? nullptr : &it.value();
}

const Payment *PaymentLedger::payment(const QString &msn, const QString &reference) const
{
    const auto it = m_payments.constFind({msn, reference});
    return it == m_payments.cend() ? nullptr : &it.value();
}

const Payment *PaymentLedger::paymentForToken(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.cend() ? nullptr : payment(it->first, it->second);
}

// ---- events (docs/vipps-wire.md §5) ----

const PaymentEvent &PaymentLedger::record(Payment &payment, const QString &name, qint64 value, const QString &key,
                                          const QDateTime &at)
{
    PaymentEvent event;
    event.reference = payment.reference;
    event.pspReference = m_newId();
    event.name = name;
    event.amount = {value, payment.amount.currency};
    event.timestamp = at;
    event.idempotencyKey = key;
    payment.events.append(event);
    emit eventRecorded(payment.msn, event);
    return payment.events.constLast();
}

QByteArray PaymentLedger::webhookPayload(const QString &msn, const PaymentEvent &event)
{
    return PaymentJson::webhook(msn, event);
}

// ---- idempotency (docs/vipps-wire.md §1, §6) ----

Answer PaymentLedger::idempotent(Operation operation, const Key &key, const QString &idempotencyKey,
                                 const QJsonObject &body, const std::function<Answer()> &perform)
{
    if (idempotencyKey.isEmpty())
        return perform();
    const QString scope =
        QStringList{key.first, QString::number(int(operation)), key.second, idempotencyKey}.join(QLatin1Char('\n'));
    const QByteArray fingerprint = QJsonDocument(body).toJson(QJsonDocument::Compact); // sorted keys
    const auto cached = m_answers.constFind(scope);
    if (cached == m_answers.cend()) {
        const Answer answer = perform();
        if (answer.status < 500)
            m_answers.insert(scope, {fingerprint, answer});
        return answer;
    }
    // 4010 capture idempotency conflict, 4150 refund idempotency conflict, 4020 otherwise (§7).
    const char *conflictCode = operation == Operation::Capture  ? "4010"
                               : operation == Operation::Refund ? "4150"
                                                                : "4020";
    if (cached->fingerprint != fingerprint)
        return Answers::refused(Problems::idempotencyConflict(idempotencyKey, conflictCode));
    Answer answer = cached->answer;
    answer.replayed = true;
    return answer;
}

// ---- create ----

Answer PaymentLedger::create(const QString &msn, const Api::CreatePaymentRequest &request,
                             const QString &idempotencyKey)
{
    return create(msn, QJsonDocument::fromJson(request.toJson()).object(), idempotencyKey);
}

Answer PaymentLedger::create(const QString &msn, const QJsonObject &body, const QString &idempotencyKey)
{
    now();
    if (const Problem refused = Problems::idempotencyKey(idempotencyKey, true); refused.status)
        return Answers::refused(refused);
    return idempotent(Operation::Create, {msn, {}}, idempotencyKey, body,
                      [&] { return performCreate(msn, body, idempotencyKey); });
}

Answer PaymentLedger::performCreate(const QString &msn, const QJsonObject &body, const QString &idempotencyKey)
{
    QList<Api::ExtraDetail> errors;
    const Api::CreatePaymentRequest request = RequestBody::readCreate(body, &errors);
    if (!errors.isEmpty())
        return Answers::refused(Problems::validation(errors));
    if (const Base::FieldErrors ruleErrors = request.validate(); !ruleErrors.isEmpty())
        return Answers::refused(Problems::rules(ruleErrors));
    if (find(msn, request.reference))
        return Answers::refused(Problems::referenceExists(msn, request.reference));
    Payment &payment = insertPayment(msn, request, body);
    record(payment, QStringLiteral("CREATED"), payment.amount.value, idempotencyKey, payment.createdAt);
    QJsonObject response{{QStringLiteral("reference"), payment.reference}};
    if (!payment.redirectUrl.isEmpty())
        response.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
    return Answers::success(201, QJsonDocument(response));
}

Payment &PaymentLedger::insertPayment(const QString &msn, const Api::CreatePaymentRequest &request,
                                      const QJsonObject &body)
{
    Payment payment;
    payment.msn = msn;
    payment.reference = request.reference;
    payment.amount = request.amount;
    payment.paymentMethodType = request.paymentMethodType;
    payment.userFlow = request.userFlow;
    payment.phoneNumber = request.phoneNumber;
    payment.paymentDescription = request.paymentDescription;
    payment.returnUrl = request.returnUrl;
    payment.token = m_newId();
    payment.redirectUrl = redirectUrlFor(request.userFlow, payment.token);
    payment.metadata = body.value(QStringLiteral("metadata")).toObject();
    payment.createdAt = m_clock().toUTC();
    payment.sequence = ++m_sequence;
    m_tokens.insert(payment.token, {msn, request.reference});
    return *m_payments.insert({msn, request.reference}, payment);
}

// PUSH_MESSAGE has no redirectUrl; the others open the simulator's landing page (docs/vipps-wire.md §6).
QString PaymentLedger::redirectUrlFor(const QString &userFlow, const QString &token) const
{
    if (userFlow == QLatin1String("PUSH_MESSAGE"))
        return {};
    // Percent-encoded in full: QUrlQuery would leave '+', which a form decoder reads as a space.
    QUrl url = m_landingPageUrl;
    url.setQuery(QLatin1String("token=") + QString::fromLatin1(QUrl::toPercentEncoding(token)), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

// ---- capture, refund, cancel ----

Answer PaymentLedger::capture(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Problem refused = Problems::idempotencyKey(key, true); refused.status)
        return Answers::refused(refused);
    return idempotent(Operation::Capture, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performCapture(payment, body, key) : Answers::refused(Problems::notFound(msn, reference));
    });
}

Answer PaymentLedger::performCapture(Payment *payment, const QJsonObject &body, const QString &key)
{
    QList<Api::ExtraDetail> errors;
    const Api::Amount amount = RequestBody::readModification(body, &errors).modificationAmount;
    if (!errors.isEmpty())
        return Answers::refused(Problems::validation(errors));
    if (payment->state != PaymentState::Authorized)
        return Answers::refused(Problems::captureNotAuthorized(*payment));
    if (amount.currency != payment->amount.currency)
        return Answers::refused(Problems::currencyMismatch(*payment, amount));
    if (amount.value > payment->capturable())
        return Answers::refused(Problems::captureTooHigh(*payment, amount.value));
    payment->aggregate.captured += amount.value;
    const PaymentEvent &event = record(*payment, QStringLiteral("CAPTURED"), amount.value, key, m_clock().toUTC());
    return modified(*payment, event.pspReference);
}

Answer PaymentLedger::refund(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Problem refused = Problems::idempotencyKey(key, true); refused.status)
        return Answers::refused(refused);
    return idempotent(Operation::Refund, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performRefund(payment, body, key) : Answers::refused(Problems::notFound(msn, reference));
    });
}

Answer PaymentLedger::performRefund(Payment *payment, const QJsonObject &body, const QString &key)
{
    QList<Api::ExtraDetail> errors;
    const Api::Amount amount = RequestBody::readModification(body, &errors).modificationAmount;
    if (!errors.isEmpty())
        return Answers::refused(Problems::validation(errors));
    if (amount.currency != payment->amount.currency)
        return Answers::refused(Problems::currencyMismatch(*payment, amount));
    if (payment->state != PaymentState::Authorized || amount.value > payment->refundable())
        return Answers::refused(Problems::refundTooHigh(*payment, amount.value));
    if (const Problem failed = Problems::refundFailure(amount.value); failed.status)
        return Answers::refused(failed);
    payment->aggregate.refunded += amount.value;
    const PaymentEvent &event = record(*payment, QStringLiteral("REFUNDED"), amount.value, key, m_clock().toUTC());
    return modified(*payment, event.pspReference);
}

Answer PaymentLedger::cancel(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Problem refused = Problems::idempotencyKey(key, false); refused.status)
        return Answers::refused(refused);
    return idempotent(Operation::Cancel, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performCancel(payment, body, key) : Answers::refused(Problems::notFound(msn, reference));
    });
}

Answer PaymentLedger::performCancel(Payment *payment, const QJsonObject &body, const QString &key)
{
    QList<Api::ExtraDetail> errors;
    const Api::CancelRequest request = RequestBody::readCancel(body, &errors);
    if (!errors.isEmpty())
        return Answers::refused(Problems::validation(errors));
    const QDateTime time = m_clock().toUTC();
    switch (payment->state) {
    case PaymentState::Created: {
        payment->state = PaymentState::Terminated;
        const PaymentEvent &event = record(*payment, QStringLiteral("TERMINATED"), payment->amount.value, key, time);
        return modified(*payment, event.pspReference);
    }
    case PaymentState::Terminated: return modified(*payment, payment->pspReference());
    case PaymentState::Aborted:
    case PaymentState::Expired: return Answers::refused(Problems::notCancellable(*payment));
    case PaymentState::Authorized: break;
    }
    if (request.cancelTransactionOnly)
        return Answers::refused(Problems::cancelAuthorized());
    const qint64 rest = payment->capturable();
    if (rest == 0 && payment->aggregate.cancelled > 0)
        return modified(*payment, payment->pspReference());
    if (rest == 0)
        return Answers::refused(Problems::cancelCaptured());
    payment->aggregate.cancelled += rest;
    const PaymentEvent &event = record(*payment, QStringLiteral("CANCELLED"), rest, {}, time);
    return modified(*payment, event.pspReference);
}

// ---- the user: approve, reject; force approve ----

Answer PaymentLedger::approve(const QString &msn, const QString &reference)
{
    now();
    Payment *payment = find(msn, reference);
    return payment ? performApprove(payment) : Answers::refused(Problems::notFound(msn, reference));
}

Answer PaymentLedger::performApprove(Payment *payment)
{
    if (payment->state != PaymentState::Created)
        return Answers::refused(Problems::notApprovable(*payment));
    const qint64 value = payment->amount.value;
    if (const Problem failed = Problems::approvalFailure(value); failed.status)
        return Answers::refused(failed);
    payment->state = PaymentState::Authorized;
    payment->aggregate.authorized = value;
    record(*payment, QStringLiteral("AUTHORIZED"), value, {}, m_clock().toUTC());
    return Answers::success(200);
}

Answer PaymentLedger::reject(const QString &msn, const QString &reference)
{
    now();
    Payment *payment = find(msn, reference);
    if (!payment)
        return Answers::refused(Problems::notFound(msn, reference));
    if (payment->state != PaymentState::Created)
        return Answers::refused(Problems::notRejectable(*payment));
    payment->state = PaymentState::Aborted;
    record(*payment, QStringLiteral("ABORTED"), payment->amount.value, {}, m_clock().toUTC());
    return Answers::success(200);
}

Answer PaymentLedger::forceApprove(const QString &msn, const QString &reference, const QJsonObject &body)
{
    now();
    QList<Api::ExtraDetail> errors;
    const Api::ForceApproveRequest request = RequestBody::readForceApprove(body, &errors);
    Payment *payment = find(msn, reference);
    if (errors.isEmpty() && payment && !request.token.isEmpty() && request.token != payment->token)
        errors.append(
            {QStringLiteral("token"), QStringLiteral("The token does not belong to payment %1.").arg(reference)});
    if (!errors.isEmpty())
        return Answers::refused(Problems::validation(errors));
    return payment ? performApprove(payment) : Answers::refused(Problems::notFound(msn, reference));
}

// ---- reading ----

Answer PaymentLedger::getPayment(const QString &msn, const QString &reference)
{
    now();
    const Payment *found = payment(msn, reference);
    return found ? Answers::success(200, QJsonDocument(PaymentJson::payment(*found)))
                 : Answers::refused(Problems::notFound(msn, reference));
}

Answer PaymentLedger::getEvents(const QString &msn, const QString &reference)
{
    now();
    const Payment *found = payment(msn, reference);
    return found ? Answers::success(200, QJsonDocument(PaymentJson::events(*found)))
                 : Answers::refused(Problems::notFound(msn, reference));
}

// ---- expiry (docs/vipps-wire.md §6 "Timeouts") ----

int PaymentLedger::expireDue(const QDateTime &now)
{
    QList<Payment *> due;
    for (Payment &payment : m_payments) {
        if (payment.state == PaymentState::Created && payment.createdAt.addMSecs(m_expireAfter.count()) <= now)
            due.append(&payment);
    }
    std::sort(due.begin(), due.end(), [](const Payment *a, const Payment *b) { return a->sequence < b->sequence; });
    for (Payment *payment : due) {
        payment->state = PaymentState::Expired;
        const QDateTime deadline = payment->createdAt.addMSecs(m_expireAfter.count());
        record(*payment, QStringLiteral("EXPIRED"), payment->amount.value, {}, deadline);
    }
    return int(due.size());
}

QDateTime PaymentLedger::nextExpiry() const
{
    QDateTime next;
    for (const Payment &payment : m_payments) {
        const QDateTime deadline = payment.createdAt.addMSecs(m_expireAfter.count());
        if (payment.state == PaymentState::Created && (!next.isValid() || deadline < next))
            next = deadline;
    }
    return next;
}

} // namespace Sim
