// SPDX-License-Identifier: MIT
#include "sim/paymentledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Sim {

namespace {

constexpr qsizetype kMaxIdempotencyKey = 50; // EP-SPEC, vipps-api.md §1

QString tr(const char *text)
{
    return QCoreApplication::translate("Sim::PaymentLedger", text);
}

// ---- JSON ----

QJsonObject amountJson(const Api::Amount &amount)
{
    return {{QStringLiteral("currency"), amount.currency}, {QStringLiteral("value"), amount.value}};
}

QJsonObject aggregateJson(const Payment &payment)
{
    const QString currency = payment.amount.currency;
    const PaymentAggregate &a = payment.aggregate;
    return {{QStringLiteral("authorizedAmount"), amountJson({a.authorized, currency})},
            {QStringLiteral("cancelledAmount"), amountJson({a.cancelled, currency})},
            {QStringLiteral("capturedAmount"), amountJson({a.captured, currency})},
            {QStringLiteral("refundedAmount"), amountJson({a.refunded, currency})}};
}

// vipps-api.md §6 ModificationResponse; pspReference is that of the modification's event.
QJsonObject modificationJson(const Payment &payment, const QString &pspReference)
{
    return {{QStringLiteral("amount"), amountJson(payment.amount)},
            {QStringLiteral("state"), paymentStateName(payment.state)},
            {QStringLiteral("aggregate"), aggregateJson(payment)},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("reference"), payment.reference}};
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs); // 2026-01-19T16:26:32.099Z
}

// A JSON string literal with QJsonDocument's escaping.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void addMember(QByteArray &json, const char *name, const QByteArray &value)
{
    json += json.size() > 1 ? "," : "";
    json += '"';
    json += name;
    json += "\":";
    json += value;
}

QString traceId()
{
    auto *random = QRandomGenerator::global();
    const auto hex = [random](int bytes) {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (char &c : raw)
            c = static_cast<char>(random->bounded(256));
        return QString::fromLatin1(raw.toHex());
    };
    return QStringLiteral("00-%1-%2-01").arg(hex(16), hex(8)); // W3C traceparent style (§7)
}

// ---- problems (vipps-api.md §7) ----

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 404: return QStringLiteral("Not Found");
    case 409: return QStringLiteral("Conflict");
    default: return QStringLiteral("Error");
    }
}

Problem validationProblem(const QList<Api::ExtraDetail> &details)
{
    return {400, reasonPhrase(400), tr("See extraDetails for further details"), details};
}

Problem rulesProblem(const Api::FieldErrors &errors)
{
    QList<Api::ExtraDetail> details;
    for (const Api::FieldError &error : errors)
        details.append({error.field, error.message});
    return validationProblem(details);
}

Problem codedProblem(int status, const QString &title, const QString &detail, const char *code)
{
    return {status, title, detail, {{QStringLiteral("ErrorCode"), QString::fromLatin1(code)}}};
}

Answer problemAnswer(const Problem &problem)
{
    Answer answer;
    answer.status = problem.status;
    answer.problem = problem;
    return answer;
}

Answer successAnswer(int status, const QJsonDocument &body = {})
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

Answer notFound(const QString &msn, const QString &reference)
{
    return problemAnswer(codedProblem(404, tr("Payment not found"),
                                      tr("No payment with reference %1 exists for MSN %2.").arg(reference, msn),
                                      "5090"));
}

Answer keyProblem(const QString &key, bool required)
{
    const QString name = QStringLiteral("Idempotency-Key");
    if (key.isEmpty() && required)
        return problemAnswer(validationProblem(
            {{name, tr("The Idempotency-Key header is required; send a new unique value for every operation.")}}));
    if (key.size() > kMaxIdempotencyKey)
        return problemAnswer(validationProblem(
            {{name, tr("The Idempotency-Key must be at most 50 characters (it has %1).").arg(key.size())}}));
    return {};
}

// ---- request bodies ----

bool isWholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::floor(number) == number && std::abs(number) < 9e15;
}

void requireMember(const QJsonObject &object, const QString &name, const QString &field,
                   QList<Api::ExtraDetail> *errors)
{
    if (!object.contains(name))
        errors->append({field, tr("The %1 field is required.").arg(field)});
}

void checkKnownMembers(const QJsonObject &object, const QStringList &known, const QString &prefix,
                       QList<Api::ExtraDetail> *errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append(
                {prefix + it.key(), tr("Unknown field %1; it is not part of the request.").arg(prefix + it.key())});
    }
}

// {"currency":"NOK","value":1000}: both present and of the right JSON type.
Api::Amount readAmount(const QJsonValue &json, const QString &field, QList<Api::ExtraDetail> *errors)
{
    const QJsonObject object = json.toObject();
    if (!json.isObject()) {
        errors->append({field, tr("The %1 field is required: {\"currency\":\"NOK\",\"value\":1000}.").arg(field)});
        return {};
    }
    checkKnownMembers(object, {QStringLiteral("currency"), QStringLiteral("value")}, field + QLatin1Char('.'), errors);
    const QString valueField = field + QLatin1String(".value");
    if (!isWholeNumber(object.value(QStringLiteral("value"))))
        errors->append(
            {valueField, tr("The %1 field must be a whole number of minor units (øre/cents).").arg(valueField)});
    if (!object.value(QStringLiteral("currency")).isString())
        errors->append({field + QLatin1String(".currency"), tr("The currency must be a string: NOK, DKK or EUR.")});
    const QJsonValue value = object.value(QStringLiteral("value"));
    return {isWholeNumber(value) ? static_cast<qint64>(value.toDouble()) : 0,
            object.value(QStringLiteral("currency")).toString()};
}

QString readString(const QJsonObject &object, const QString &name, const QString &field,
                   QList<Api::ExtraDetail> *errors)
{
    const QJsonValue value = object.value(name);
    if (!value.isUndefined() && !value.isString())
        errors->append({field, tr("The %1 field must be a string.").arg(field)});
    return value.toString();
}

QStringList createMembers()
{
    // vipps-api.md §6 create fields; the simulator keeps those of CreatePaymentRequest and metadata.
    return {QStringLiteral("amount"),
            QStringLiteral("paymentMethod"),
            QStringLiteral("customer"),
            QStringLiteral("reference"),
            QStringLiteral("returnUrl"),
            QStringLiteral("userFlow"),
            QStringLiteral("paymentDescription"),
            QStringLiteral("customerInteraction"),
            QStringLiteral("metadata"),
            QStringLiteral("receipt"),
            QStringLiteral("receiptUrl"),
            QStringLiteral("profile"),
            QStringLiteral("qrFormat"),
            QStringLiteral("expiresAt"),
            QStringLiteral("industryData"),
            QStringLiteral("minimumUserAge"),
            QStringLiteral("shipping"),
            QStringLiteral("blockedSources")};
}

void readCustomer(const QJsonObject &body, Api::CreatePaymentRequest *request, QList<Api::ExtraDetail> *errors)
{
    const QJsonValue customer = body.value(QStringLiteral("customer"));
    if (customer.isUndefined())
        return;
    if (!customer.isObject())
        errors->append(
            {QStringLiteral("customer"), tr("customer must be an object: {\"phoneNumber\":\"4712345678\"}.")});
    const QString prefix = QStringLiteral("customer.");
    checkKnownMembers(customer.toObject(), {QStringLiteral("phoneNumber")}, prefix, errors);
    request->phoneNumber =
        readString(customer.toObject(), QStringLiteral("phoneNumber"), QStringLiteral("customer.phoneNumber"), errors);
}

// The JSON types and required members; the rules themselves are CreatePaymentRequest::validate()'s.
Api::CreatePaymentRequest readCreate(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    Api::CreatePaymentRequest request;
    checkKnownMembers(body, createMembers(), {}, errors);
    request.amount = readAmount(body.value(QStringLiteral("amount")), QStringLiteral("amount"), errors);
    const QJsonObject method = body.value(QStringLiteral("paymentMethod")).toObject();
    requireMember(method, QStringLiteral("type"), QStringLiteral("paymentMethod.type"), errors);
    request.paymentMethodType =
        readString(method, QStringLiteral("type"), QStringLiteral("paymentMethod.type"), errors);
    readCustomer(body, &request, errors);
    for (const char *name : {"reference", "userFlow"})
        requireMember(body, QString::fromLatin1(name), QString::fromLatin1(name), errors);
    request.reference = readString(body, QStringLiteral("reference"), QStringLiteral("reference"), errors);
    request.userFlow = readString(body, QStringLiteral("userFlow"), QStringLiteral("userFlow"), errors);
    request.returnUrl = readString(body, QStringLiteral("returnUrl"), QStringLiteral("returnUrl"), errors);
    request.paymentDescription =
        readString(body, QStringLiteral("paymentDescription"), QStringLiteral("paymentDescription"), errors);
    request.customerInteraction =
        readString(body, QStringLiteral("customerInteraction"), QStringLiteral("customerInteraction"), errors);
    return request;
}

// {"modificationAmount":{"currency":"NOK","value":49900}} (vipps-api.md §6).
bool readModification(const QJsonObject &body, Api::ModificationRequest *request, Problem *problem)
{
    QList<Api::ExtraDetail> errors;
    checkKnownMembers(body, {QStringLiteral("modificationAmount")}, {}, &errors);
    request->modificationAmount =
        readAmount(body.value(QStringLiteral("modificationAmount")), QStringLiteral("modificationAmount"), &errors);
    if (errors.isEmpty()) {
        const Api::FieldErrors ruleErrors = request->validate();
        for (const Api::FieldError &error : ruleErrors)
            errors.append({error.field, error.message});
    }
    *problem = validationProblem(errors);
    return errors.isEmpty();
}

// ---- test amounts (vipps-api.md §6, KIT-test) ----

QString approvalFailure(qint64 value)
{
    switch (value) {
    case 151: return tr("insufficient funds");
    case 182: return tr("refused by the card issuer");
    case 183: return tr("suspected fraud");
    case 184: return tr("withdrawal limit exceeded");
    case 186: return tr("expired card");
    case 187: return tr("invalid card");
    case 197: return tr("3-D Secure denied");
    case 201: return tr("unknown result for one hour");
    case 202: return tr("strong customer authentication required");
    default: return {};
    }
}

QString refundFailure(qint64 value)
{
    switch (value) {
    case 123: return tr("the payment cannot be refunded");
    case 124: return tr("the refund period has expired");
    default: return {};
    }
}

Problem testAmountProblem(const QString &title, const QString &field, qint64 value, const QString &reason)
{
    return {400,
            title,
            tr("Test amount %1: %2.").arg(value).arg(reason),
            {{field, tr("%1 is a test amount that fails: %2.").arg(value).arg(reason)}}};
}

// ---- state checks ----

Answer stateProblem(const Payment &payment, const QString &title, const QString &what)
{
    return problemAnswer({400, title, tr("The payment is %1; %2").arg(paymentStateName(payment.state), what), {}});
}

Answer currencyMismatch(const Payment &payment, const Api::Amount &amount)
{
    return problemAnswer(codedProblem(
        400, tr("Invalid amount"),
        tr("The payment is in %1; the modification amount is in %2.").arg(payment.amount.currency, amount.currency),
        "4040"));
}

} // namespace

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
    // vipps-api.md §6 PaymentEvent: idempotencyKey is nullable.
    const QJsonValue key = idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idempotencyKey);
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("pspReference"), pspReference},
            {QStringLiteral("name"), name},
            {QStringLiteral("amount"), amountJson(amount)},
            {QStringLiteral("timestamp"), timestampText(timestamp)},
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

QJsonObject Problem::toJson(const QString &instance) const
{
    QJsonArray details;
    for (const Api::ExtraDetail &detail : extraDetails)
        details.append(QJsonObject{{QStringLiteral("name"), detail.name}, {QStringLiteral("reason"), detail.reason}});
    return {{QStringLiteral("type"), QStringLiteral("https://httpstatuses.io/%1").arg(status)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("instance"), instance},
            {QStringLiteral("traceId"), traceId()},
            {QStringLiteral("extraDetails"), details}};
}

QByteArray Answer::json(const QString &instance) const
{
    if (status >= 400)
        return QJsonDocument(problem.toJson(instance)).toJson(QJsonDocument::Compact);
    return body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
}

// ---- ledger: set-up ----

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

// ---- events (vipps-api.md §5) ----

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
    QByteArray amount("{");
    addMember(amount, "currency", quoted(event.amount.currency));
    addMember(amount, "value", QByteArray::number(event.amount.value));
    amount += '}';
    QByteArray json("{");
    addMember(json, "msn", quoted(msn));
    addMember(json, "reference", quoted(event.reference));
    addMember(json, "pspReference", quoted(event.pspReference));
    addMember(json, "name", quoted(event.name));
    addMember(json, "amount", amount);
    addMember(json, "timestamp", quoted(timestampText(event.timestamp)));
    if (!event.idempotencyKey.isEmpty())
        addMember(json, "idempotencyKey", quoted(event.idempotencyKey));
    addMember(json, "success", event.success ? "true" : "false");
    return json + '}';
}

// ---- idempotency (vipps-api.md §1, §6) ----

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
        return problemAnswer(codedProblem(409, tr("Idempotency conflict"),
                                          tr("The Idempotency-Key %1 was used before with another request body; "
                                             "repeat the body exactly, or use a new key for a new operation.")
                                              .arg(idempotencyKey),
                                          conflictCode));
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
    if (const Answer refused = keyProblem(idempotencyKey, true); refused.status)
        return refused;
    return idempotent(Operation::Create, {msn, {}}, idempotencyKey, body,
                      [&] { return performCreate(msn, body, idempotencyKey); });
}

Answer PaymentLedger::performCreate(const QString &msn, const QJsonObject &body, const QString &idempotencyKey)
{
    QList<Api::ExtraDetail> errors;
    const Api::CreatePaymentRequest request = readCreate(body, &errors);
    if (!errors.isEmpty())
        return problemAnswer(validationProblem(errors));
    if (const Api::FieldErrors ruleErrors = request.validate(); !ruleErrors.isEmpty())
        return problemAnswer(rulesProblem(ruleErrors));
    if (find(msn, request.reference))
        return problemAnswer(codedProblem(409, tr("Reference already exists"),
                                          tr("A payment with reference %1 already exists for MSN %2; use a new "
                                             "reference for every payment attempt (append -1, -2 to retry an order).")
                                              .arg(request.reference, msn),
                                          "4150"));
    Payment &payment = insertPayment(msn, request, body);
    record(payment, QStringLiteral("CREATED"), payment.amount.value, idempotencyKey, payment.createdAt);
    QJsonObject response{{QStringLiteral("reference"), payment.reference}};
    if (!payment.redirectUrl.isEmpty())
        response.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
    return successAnswer(201, QJsonDocument(response));
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
    payment.token = m_newId();
    payment.redirectUrl = redirectUrlFor(request.userFlow, payment.token);
    payment.metadata = body.value(QStringLiteral("metadata")).toObject();
    payment.createdAt = m_clock().toUTC();
    payment.sequence = ++m_sequence;
    m_tokens.insert(payment.token, {msn, request.reference});
    return *m_payments.insert({msn, request.reference}, payment);
}

// PUSH_MESSAGE has no redirectUrl; the others open the simulator's landing page (vipps-api.md §6).
QString PaymentLedger::redirectUrlFor(const QString &userFlow, const QString &token) const
{
    if (userFlow == QLatin1String("PUSH_MESSAGE"))
        return {};
    QUrl url = m_landingPageUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

// ---- capture, refund, cancel ----

Answer PaymentLedger::capture(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Answer refused = keyProblem(key, true); refused.status)
        return refused;
    return idempotent(Operation::Capture, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performCapture(payment, body, key) : notFound(msn, reference);
    });
}

Answer PaymentLedger::performCapture(Payment *payment, const QJsonObject &body, const QString &key)
{
    Api::ModificationRequest request;
    Problem problem;
    if (!readModification(body, &request, &problem))
        return problemAnswer(problem);
    const Api::Amount &amount = request.modificationAmount;
    if (payment->state != PaymentState::Authorized)
        return problemAnswer(codedProblem(
            400, tr("Capture before reservation"),
            tr("The payment is %1; only an AUTHORIZED payment can be captured.").arg(paymentStateName(payment->state)),
            "6080"));
    if (amount.currency != payment->amount.currency)
        return currencyMismatch(*payment, amount);
    if (amount.value > payment->capturable())
        return problemAnswer(codedProblem(400, tr("Capture amount too high"),
                                          tr("%1 can be captured at most (authorized minus captured minus "
                                             "cancelled); the capture asked for %2.")
                                              .arg(payment->capturable())
                                              .arg(amount.value),
                                          "6090"));
    payment->aggregate.captured += amount.value;
    const PaymentEvent &event = record(*payment, QStringLiteral("CAPTURED"), amount.value, key, m_clock().toUTC());
    return successAnswer(200, QJsonDocument(modificationJson(*payment, event.pspReference)));
}

Answer PaymentLedger::refund(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Answer refused = keyProblem(key, true); refused.status)
        return refused;
    return idempotent(Operation::Refund, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performRefund(payment, body, key) : notFound(msn, reference);
    });
}

Answer PaymentLedger::performRefund(Payment *payment, const QJsonObject &body, const QString &key)
{
    Api::ModificationRequest request;
    Problem problem;
    if (!readModification(body, &request, &problem))
        return problemAnswer(problem);
    const Api::Amount &amount = request.modificationAmount;
    if (amount.currency != payment->amount.currency)
        return currencyMismatch(*payment, amount);
    if (payment->state != PaymentState::Authorized || amount.value > payment->refundable())
        return problemAnswer(codedProblem(400, tr("Not enough refundable"),
                                          tr("%1 can be refunded at most (captured minus refunded); the refund "
                                             "asked for %2.")
                                              .arg(payment->refundable())
                                              .arg(amount.value),
                                          "6150"));
    if (const QString reason = refundFailure(amount.value); !reason.isEmpty())
        return problemAnswer(
            testAmountProblem(tr("Refund failed"), QStringLiteral("modificationAmount.value"), amount.value, reason));
    payment->aggregate.refunded += amount.value;
    const PaymentEvent &event = record(*payment, QStringLiteral("REFUNDED"), amount.value, key, m_clock().toUTC());
    return successAnswer(200, QJsonDocument(modificationJson(*payment, event.pspReference)));
}

Answer PaymentLedger::cancel(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key)
{
    now();
    if (const Answer refused = keyProblem(key, false); refused.status)
        return refused;
    return idempotent(Operation::Cancel, {msn, reference}, key, body, [&] {
        Payment *payment = find(msn, reference);
        return payment ? performCancel(payment, body, key) : notFound(msn, reference);
    });
}

Answer PaymentLedger::performCancel(Payment *payment, const QJsonObject &body, const QString &key)
{
    QList<Api::ExtraDetail> errors;
    checkKnownMembers(body, {QStringLiteral("cancelTransactionOnly")}, {}, &errors);
    const QJsonValue onlyValue = body.value(QStringLiteral("cancelTransactionOnly"));
    if (!onlyValue.isUndefined() && !onlyValue.isBool())
        errors.append({QStringLiteral("cancelTransactionOnly"), tr("cancelTransactionOnly must be true or false.")});
    if (!errors.isEmpty())
        return problemAnswer(validationProblem(errors));
    const QDateTime time = m_clock().toUTC();
    switch (payment->state) {
    case PaymentState::Created: {
        payment->state = PaymentState::Terminated;
        const PaymentEvent &event = record(*payment, QStringLiteral("TERMINATED"), payment->amount.value, key, time);
        return successAnswer(200, QJsonDocument(modificationJson(*payment, event.pspReference)));
    }
    case PaymentState::Terminated:
        return successAnswer(200, QJsonDocument(modificationJson(*payment, payment->pspReference())));
    case PaymentState::Aborted:
    case PaymentState::Expired:
        return stateProblem(*payment, tr("Payment cannot be cancelled"), tr("there is nothing to cancel."));
    case PaymentState::Authorized: break;
    }
    if (onlyValue.toBool())
        return problemAnswer(codedProblem(400, tr("Cannot cancel an authorized payment"),
                                          tr("cancelTransactionOnly cancels only a payment that is not yet "
                                             "authorized; this one is AUTHORIZED."),
                                          "6060"));
    const qint64 rest = payment->capturable();
    if (rest == 0 && payment->aggregate.cancelled > 0)
        return successAnswer(200, QJsonDocument(modificationJson(*payment, payment->pspReference())));
    if (rest == 0)
        return problemAnswer(codedProblem(400, tr("Cannot cancel a captured payment"),
                                          tr("The whole amount is captured; refund it instead."), "6040"));
    payment->aggregate.cancelled += rest;
    const PaymentEvent &event = record(*payment, QStringLiteral("CANCELLED"), rest, {}, time);
    return successAnswer(200, QJsonDocument(modificationJson(*payment, event.pspReference)));
}

// ---- the user: approve, reject; force approve ----

Answer PaymentLedger::approve(const QString &msn, const QString &reference)
{
    now();
    Payment *payment = find(msn, reference);
    return payment ? performApprove(payment) : notFound(msn, reference);
}

Answer PaymentLedger::performApprove(Payment *payment)
{
    if (payment->state != PaymentState::Created)
        return stateProblem(*payment, tr("Payment cannot be approved"), tr("only a CREATED payment can be approved."));
    const qint64 value = payment->amount.value;
    if (const QString reason = approvalFailure(value); !reason.isEmpty())
        return problemAnswer(
            testAmountProblem(tr("Payment not approved"), QStringLiteral("amount.value"), value, reason));
    payment->state = PaymentState::Authorized;
    payment->aggregate.authorized = value;
    record(*payment, QStringLiteral("AUTHORIZED"), value, {}, m_clock().toUTC());
    return successAnswer(200);
}

Answer PaymentLedger::reject(const QString &msn, const QString &reference)
{
    now();
    Payment *payment = find(msn, reference);
    if (!payment)
        return notFound(msn, reference);
    if (payment->state != PaymentState::Created)
        return stateProblem(*payment, tr("Payment cannot be rejected"), tr("only a CREATED payment can be rejected."));
    payment->state = PaymentState::Aborted;
    record(*payment, QStringLiteral("ABORTED"), payment->amount.value, {}, m_clock().toUTC());
    return successAnswer(200);
}

Answer PaymentLedger::forceApprove(const QString &msn, const QString &reference, const QJsonObject &body)
{
    now();
    QList<Api::ExtraDetail> errors;
    checkKnownMembers(body, {QStringLiteral("customer"), QStringLiteral("token")}, {}, &errors);
    Api::ForceApproveRequest request;
    request.phoneNumber = readString(body.value(QStringLiteral("customer")).toObject(), QStringLiteral("phoneNumber"),
                                     QStringLiteral("customer.phoneNumber"), &errors);
    request.token = readString(body, QStringLiteral("token"), QStringLiteral("token"), &errors);
    for (const Api::FieldError &error : request.validate())
        errors.append({error.field, error.message});
    Payment *payment = find(msn, reference);
    if (errors.isEmpty() && payment && !request.token.isEmpty() && request.token != payment->token)
        errors.append({QStringLiteral("token"), tr("The token does not belong to payment %1.").arg(reference)});
    if (!errors.isEmpty())
        return problemAnswer(validationProblem(errors));
    return payment ? performApprove(payment) : notFound(msn, reference);
}

// ---- reading ----

Answer PaymentLedger::getPayment(const QString &msn, const QString &reference)
{
    now();
    const Payment *found = payment(msn, reference);
    if (!found)
        return notFound(msn, reference);
    QJsonObject json{{QStringLiteral("aggregate"), aggregateJson(*found)},
                     {QStringLiteral("amount"), amountJson(found->amount)},
                     {QStringLiteral("state"), paymentStateName(found->state)},
                     {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), found->paymentMethodType}}},
                     {QStringLiteral("pspReference"), found->pspReference()},
                     {QStringLiteral("reference"), found->reference}};
    if (!found->redirectUrl.isEmpty())
        json.insert(QStringLiteral("redirectUrl"), found->redirectUrl);
    if (!found->metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), found->metadata);
    return successAnswer(200, QJsonDocument(json));
}

Answer PaymentLedger::getEvents(const QString &msn, const QString &reference)
{
    now();
    const Payment *found = payment(msn, reference);
    if (!found)
        return notFound(msn, reference);
    QJsonArray events;
    for (const PaymentEvent &event : found->events)
        events.append(event.toJson());
    return successAnswer(200, QJsonDocument(events));
}

// ---- expiry (vipps-api.md §6 "Timeouts") ----

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
