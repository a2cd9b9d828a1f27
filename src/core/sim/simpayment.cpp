// SPDX-License-Identifier: MIT
#include "sim/simpayment.h"

#include "http/response.h"
#include "sim/orderedjson.h"

#include <QRandomGenerator>

namespace Sim {

namespace {

constexpr qsizetype kMaxIdempotencyKey = 50; // EP-SPEC, docs/vipps-wire.md §1

Problem coded(int status, const QString &title, const QString &detail, const char *code)
{
    return {status, title, detail, {{QStringLiteral("ErrorCode"), QString::fromLatin1(code)}}};
}

Problem wrongState(const Payment &payment, const QString &title, const QString &what)
{
    return {400, title, QStringLiteral("The payment is %1; %2").arg(paymentStateName(payment.state), what), {}};
}

Problem testAmount(const QString &title, const QString &field, qint64 value, const QString &reason)
{
    return {400,
            title,
            QStringLiteral("Test amount %1: %2.").arg(value).arg(reason),
            {{field, QStringLiteral("%1 is a test amount that fails: %2.").arg(value).arg(reason)}}};
}

} // namespace

// W3C traceparent style, as Vipps' traceId (docs/vipps-wire.md §7).
QString traceId()
{
    auto *random = QRandomGenerator::global();
    const auto hex = [random](int bytes) {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (char &c : raw)
            c = static_cast<char>(random->bounded(256));
        return QString::fromLatin1(raw.toHex());
    };
    return QStringLiteral("00-%1-%2-01").arg(hex(16), hex(8));
}

QJsonArray extraDetailsJson(const QList<Api::ExtraDetail> &details)
{
    QJsonArray array;
    for (const Api::ExtraDetail &detail : details)
        array.append(QJsonObject{{QStringLiteral("name"), detail.name}, {QStringLiteral("reason"), detail.reason}});
    return array;
}

// ---- value types ----

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Created: return QStringLiteral("CREATED");
    case PaymentState::Authorized: return QStringLiteral("AUTHORIZED");
    case PaymentState::Aborted: return QStringLiteral("ABORTED");
    case PaymentState::Expired: return QStringLiteral("EXPIRED");
    case PaymentState::Terminated: return QStringLiteral("TERMINATED");
    }
    return {};
}

QJsonObject PaymentEvent::toJson() const
{
    // docs/vipps-wire.md §6 PaymentEvent: idempotencyKey is nullable.
    const QJsonValue key = idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idempotencyKey);
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("name"), name},
            {QStringLiteral("amount"), PaymentJson::amount(amount)},
            {QStringLiteral("timestamp"), PaymentJson::timestamp(timestamp)},
            {QStringLiteral("idempotencyKey"), key},
            {QStringLiteral("success"), success}};
}

QString Payment::pspReference() const
{
    return events.isEmpty() ? QString() : events.first().pspReference;
}

QString Problem::errorCode() const
{
    for (const Api::ExtraDetail &detail : extraDetails) {
        if (detail.name == QLatin1String("ErrorCode"))
            return detail.reason;
    }
    return {};
}

QByteArray Problem::json(const QString &instance) const
{
    const QJsonValue details = extraDetails.isEmpty() ? QJsonValue() : QJsonValue(extraDetailsJson(extraDetails));
    return OrderedJson::object({{QLatin1String("type"), QStringLiteral("https://httpstatuses.io/%1").arg(status)},
                                {QLatin1String("title"), title},
                                {QLatin1String("status"), status},
                                {QLatin1String("detail"), detail},
                                {QLatin1String("instance"), instance},
                                {QLatin1String("traceId"), traceId()},
                                {QLatin1String("extraDetails"), details}});
}

QByteArray Answer::json(const QString &instance) const
{
    if (status >= 400)
        return problem.json(instance);
    return body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
}

// ---- JSON bodies ----

QJsonObject PaymentJson::amount(const Api::Amount &amount)
{
    return {{QStringLiteral("currency"), amount.currency}, {QStringLiteral("value"), amount.value}};
}

QJsonObject PaymentJson::aggregate(const Payment &payment)
{
    const QString currency = payment.amount.currency;
    const PaymentAggregate &a = payment.aggregate;
    return {{QStringLiteral("authorizedAmount"), amount({a.authorized, currency})},
            {QStringLiteral("cancelledAmount"), amount({a.cancelled, currency})},
            {QStringLiteral("capturedAmount"), amount({a.captured, currency})},
            {QStringLiteral("refundedAmount"), amount({a.refunded, currency})}};
}

// pspReference is that of the modification's event.
QJsonObject PaymentJson::modification(const Payment &payment, const QString &pspReference)
{
    return {{QStringLiteral("amount"), amount(payment.amount)},
            {QStringLiteral("state"), paymentStateName(payment.state)},
            {QStringLiteral("aggregate"), aggregate(payment)},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("reference"), payment.reference}};
}

QJsonObject PaymentJson::payment(const Payment &payment)
{
    QJsonObject json{
        {QStringLiteral("aggregate"), aggregate(payment)},
        {QStringLiteral("amount"), amount(payment.amount)},
        {QStringLiteral("state"), paymentStateName(payment.state)},
        {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), payment.paymentMethodType}}},
        {QStringLiteral("pspReference"), payment.pspReference()},
        {QStringLiteral("reference"), payment.reference}};
    if (!payment.redirectUrl.isEmpty())
        json.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
    if (!payment.metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), payment.metadata);
    return json;
}

QJsonArray PaymentJson::events(const Payment &payment)
{
    QJsonArray events;
    for (const PaymentEvent &event : payment.events)
        events.append(event.toJson());
    return events;
}

QString PaymentJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray PaymentJson::webhook(const QString &msn, const PaymentEvent &event)
{
    QList<JsonMember> members{{QLatin1String("msn"), msn},
                              {QLatin1String("reference"), event.reference},
                              {QLatin1String("pspReference"), event.pspReference},
                              {QLatin1String("name"), event.name},
                              {QLatin1String("amount"), amount(event.amount)}, // currency, value: sorted is right
                              {QLatin1String("timestamp"), timestamp(event.timestamp)}};
    if (!event.idempotencyKey.isEmpty())
        members.append({QLatin1String("idempotencyKey"), event.idempotencyKey});
    members.append({QLatin1String("success"), event.success});
    return OrderedJson::object(members);
}

// ---- answers ----

Answer Answers::success(int status, const QJsonDocument &body)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

Answer Answers::refused(const Problem &problem)
{
    Answer answer;
    answer.status = problem.status;
    answer.problem = problem;
    return answer;
}

// ---- problems (docs/vipps-wire.md §7) ----

Problem Problems::validation(const QList<Api::ExtraDetail> &details)
{
    return {400, QString::fromLatin1(Http::Response::reasonPhrase(400)),
            QStringLiteral("See extraDetails for further details"), details};
}

Problem Problems::rules(const Base::FieldErrors &errors)
{
    QList<Api::ExtraDetail> details;
    for (const Base::FieldError &error : errors)
        details.append({error.field, error.message});
    return validation(details);
}

Problem Problems::notFound(const QString &msn, const QString &reference)
{
    return coded(404, QStringLiteral("Payment not found"),
                 QStringLiteral("No payment with reference %1 exists for MSN %2.").arg(reference, msn), "5090");
}

Problem Problems::idempotencyKey(const QString &key, bool required)
{
    const QString name = QStringLiteral("Idempotency-Key");
    if (key.isEmpty() && required)
        return validation(
            {{name,
              QStringLiteral("The Idempotency-Key header is required; send a new unique value for every operation.")}});
    if (key.size() > kMaxIdempotencyKey)
        return validation(
            {{name, QStringLiteral("The Idempotency-Key must be at most 50 characters (it has %1).").arg(key.size())}});
    return {};
}

Problem Problems::idempotencyConflict(const QString &key, const char *code)
{
    return coded(409, QStringLiteral("Idempotency conflict"),
                 QStringLiteral("The Idempotency-Key %1 was used before with another request body; "
                                "repeat the body exactly, or use a new key for a new operation.")
                     .arg(key),
                 code);
}

Problem Problems::referenceExists(const QString &msn, const QString &reference)
{
    return coded(409, QStringLiteral("Reference already exists"),
                 QStringLiteral("A payment with reference %1 already exists for MSN %2; use a new "
                                "reference for every payment attempt (append -1, -2 to retry an order).")
                     .arg(reference, msn),
                 "4150");
}

Problem Problems::currencyMismatch(const Payment &payment, const Api::Amount &amount)
{
    return coded(400, QStringLiteral("Invalid amount"),
                 QStringLiteral("The payment is in %1; the modification amount is in %2.")
                     .arg(payment.amount.currency, amount.currency),
                 "4040");
}

Problem Problems::captureNotAuthorized(const Payment &payment)
{
    return coded(400, QStringLiteral("Capture before reservation"),
                 QStringLiteral("The payment is %1; only an AUTHORIZED payment can be captured.")
                     .arg(paymentStateName(payment.state)),
                 "6080");
}

Problem Problems::captureTooHigh(const Payment &payment, qint64 value)
{
    return coded(400, QStringLiteral("Capture amount too high"),
                 QStringLiteral("%1 can be captured at most (authorized minus captured minus "
                                "cancelled); the capture asked for %2.")
                     .arg(payment.capturable())
                     .arg(value),
                 "6090");
}

Problem Problems::refundTooHigh(const Payment &payment, qint64 value)
{
    return coded(400, QStringLiteral("Not enough refundable"),
                 QStringLiteral("%1 can be refunded at most (captured minus refunded); the refund "
                                "asked for %2.")
                     .arg(payment.refundable())
                     .arg(value),
                 "6150");
}

Problem Problems::cancelAuthorized()
{
    return coded(400, QStringLiteral("Cannot cancel an authorized payment"),
                 QStringLiteral("cancelTransactionOnly cancels only a payment that is not yet "
                                "authorized; this one is AUTHORIZED."),
                 "6060");
}

Problem Problems::cancelCaptured()
{
    return coded(400, QStringLiteral("Cannot cancel a captured payment"),
                 QStringLiteral("The whole amount is captured; refund it instead."), "6040");
}

Problem Problems::notCancellable(const Payment &payment)
{
    return wrongState(payment, QStringLiteral("Payment cannot be cancelled"),
                      QStringLiteral("there is nothing to cancel."));
}

Problem Problems::notApprovable(const Payment &payment)
{
    return wrongState(payment, QStringLiteral("Payment cannot be approved"),
                      QStringLiteral("only a CREATED payment can be approved."));
}

Problem Problems::notRejectable(const Payment &payment)
{
    return wrongState(payment, QStringLiteral("Payment cannot be rejected"),
                      QStringLiteral("only a CREATED payment can be rejected."));
}

// ---- test amounts (docs/vipps-wire.md §6, KIT-test) ----

Problem Problems::approvalFailure(qint64 value)
{
    QString reason;
    switch (value) {
    case 151: reason = QStringLiteral("insufficient funds"); break;
    case 182: reason = QStringLiteral("refused by the card issuer"); break;
    case 183: reason = QStringLiteral("suspected fraud"); break;
    case 184: reason = QStringLiteral("withdrawal limit exceeded"); break;
    case 186: reason = QStringLiteral("expired card"); break;
    case 187: reason = QStringLiteral("invalid card"); break;
    case 197: reason = QStringLiteral("3-D Secure denied"); break;
    case 201: reason = QStringLiteral("unknown result for one hour"); break;
    case 202: reason = QStringLiteral("strong customer authentication required"); break;
    default: return {};
    }
    return testAmount(QStringLiteral("Payment not approved"), QStringLiteral("amount.value"), value, reason);
}

Problem Problems::refundFailure(qint64 value)
{
    QString reason;
    switch (value) {
    case 123: reason = QStringLiteral("the payment cannot be refunded"); break;
    case 124: reason = QStringLiteral("the refund period has expired"); break;
    default: return {};
    }
    return testAmount(QStringLiteral("Refund failed"), QStringLiteral("modificationAmount.value"), value, reason);
}

} // namespace Sim
