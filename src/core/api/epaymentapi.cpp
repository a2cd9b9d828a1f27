// SPDX-License-Identifier: MIT
#include "api/epaymentapi.h"

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace Api {

namespace {

const QString kPaymentsPath = QStringLiteral("/epayment/v1/payments");
const QString kTestPaymentsPath = QStringLiteral("/epayment/v1/test/payments");
constexpr qsizetype kMaxIdempotencyKeyLength = 50; // EP-SPEC (docs/vipps-wire.md §1)

// ---- requests (docs/vipps-wire.md §6) ----

// "/epayment/v1/payments/<reference><suffix>", the reference percent-encoded as one path segment.
QString paymentPath(const QString &base, const QString &reference, const char *suffix = "")
{
    return base + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(reference)) + QLatin1String(suffix);
}

ApiRequest paymentRequest(const QString &operation, const QByteArray &method, const QString &path)
{
    ApiRequest request;
    request.operation = operation;
    request.method = method;
    request.path = path;
    return request; // msnRequired stays true: every ePayment call needs the MSN (docs/vipps-wire.md §6)
}

// A state-changing call: the key is made once here and ApiClient reuses it on every retry (docs/vipps-wire.md §1).
ApiRequest changeRequest(const QString &operation, const QString &path, const QByteArray &body,
                         const QString &idempotencyKey)
{
    ApiRequest request = paymentRequest(operation, "POST", path);
    request.body = body;
    request.idempotencyKey = idempotencyKey.isEmpty() ? EPaymentApi::newIdempotencyKey() : idempotencyKey;
    return request;
}

// ---- checks before sending ----

bool isProduction(const ClientConfig &config)
{
    return config.baseUrl.host() == QLatin1String("api.vipps.no");
}

void checkReference(const QString &reference, Base::FieldErrors *errors)
{
    if (reference.isEmpty())
        errors->append(
            {QStringLiteral("reference"),
             QCoreApplication::translate(
                 "Api::EPaymentApi", "Give the payment's reference, as it was created; for example acme-order-0001.")});
}

// The key goes into a header: at most 50 visible ASCII characters (docs/vipps-wire.md §1).
void checkIdempotencyKey(const QString &key, Base::FieldErrors *errors)
{
    bool visible = true;
    for (const QChar c : key)
        visible = visible && c.unicode() > 0x20 && c.unicode() < 0x7f;
    if (key.size() <= kMaxIdempotencyKeyLength && visible)
        return;
    errors->append(
        {QStringLiteral("idempotencyKey"),
         QCoreApplication::translate("Api::EPaymentApi",
                                     "The idempotency key must be at most 50 visible ASCII characters without spaces; "
                                     "leave it empty to get a new one.")});
}

Base::FieldErrors changeErrors(const QString &reference, const QString &idempotencyKey,
                               const Base::FieldErrors &bodyErrors)
{
    Base::FieldErrors errors;
    checkReference(reference, &errors);
    checkIdempotencyKey(idempotencyKey, &errors);
    return errors + bodyErrors;
}

// ---- answers (docs/vipps-wire.md §6 "Get payment / modification responses") ----

qint64 integerFrom(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

Amount amountFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return Amount{integerFrom(object.value(QLatin1String("value"))),
                  object.value(QLatin1String("currency")).toString()};
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonDocument jsonDocument(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError;
    return document;
}

ApiError malformed(const ApiResponse &response, const QString &operation, const QString &expected)
{
    return ApiError::malformed(
        response.status,
        QCoreApplication::translate("Api::EPaymentApi", "The answer to \"%1\" is not %2 as the ePayment API documents; "
                                                        "check that the base URL points at Vipps or the simulator.")
            .arg(operation, expected));
}

// A 2xx body that must be a JSON object; error is set when it is not.
QJsonObject objectBody(const ApiResponse &response, const QString &operation, ApiError *error)
{
    bool ok = false;
    const QJsonDocument document = jsonDocument(response.body, &ok);
    if (!ok || !document.isObject())
        *error = malformed(response, operation, QCoreApplication::translate("Api::EPaymentApi", "a JSON object"));
    return document.object();
}

QList<PaymentEvent> eventsBody(const ApiResponse &response, const QString &operation, ApiError *error)
{
    bool ok = false;
    const QJsonDocument document = jsonDocument(response.body, &ok);
    QList<PaymentEvent> events;
    const QJsonArray items = document.array();
    for (const QJsonValue &item : items) {
        ok = ok && item.isObject();
        events.append(PaymentEvent::fromJson(item.toObject()));
    }
    if (ok && document.isArray())
        return events;
    *error = malformed(response, operation, QCoreApplication::translate("Api::EPaymentApi", "a JSON array of events"));
    return {};
}

// ---- callbacks ----

// Hands an error (none on success) to a callback, which may be empty.
void finishWith(const EPaymentApi::DoneCallback &done, const ApiError &error)
{
    if (done)
        done(error);
}

template<typename T>
void finishWith(const std::function<void(const T &, const ApiError &)> &done, const ApiError &error)
{
    if (done)
        done(T(), error);
}

// Refusals before sending come back from the event loop, like every answer of ApiClient::send.
template<typename Callback> void failLater(ApiClient *client, Callback done, const ApiError &error)
{
    QMetaObject::invokeMethod(
        client, [done = std::move(done), error] { finishWith(done, error); }, Qt::QueuedConnection);
}

ApiClient::Callback paymentReply(const QString &operation, EPaymentApi::PaymentCallback done)
{
    return [operation, done = std::move(done)](const ApiResponse &response) {
        ApiError error = response.error;
        const QJsonObject object = error.ok() ? objectBody(response, operation, &error) : QJsonObject();
        if (!error.ok())
            finishWith(done, error);
        else if (done)
            done(Payment::fromJson(object), {});
    };
}

} // namespace

Payment Payment::fromJson(const QJsonObject &object)
{
    const QJsonObject aggregate = object.value(QLatin1String("aggregate")).toObject();
    Payment payment;
    payment.reference = text(object, "reference");
    payment.state = text(object, "state");
    payment.amount = amountFrom(object.value(QLatin1String("amount")));
    payment.aggregate.authorized = amountFrom(aggregate.value(QLatin1String("authorizedAmount")));
    payment.aggregate.cancelled = amountFrom(aggregate.value(QLatin1String("cancelledAmount")));
    payment.aggregate.captured = amountFrom(aggregate.value(QLatin1String("capturedAmount")));
    payment.aggregate.refunded = amountFrom(aggregate.value(QLatin1String("refundedAmount")));
    payment.pspReference = text(object, "pspReference");
    payment.redirectUrl = text(object, "redirectUrl");
    payment.raw = object;
    return payment;
}

PaymentEvent PaymentEvent::fromJson(const QJsonObject &object)
{
    PaymentEvent event;
    event.reference = text(object, "reference");
    event.pspReference = text(object, "pspReference");
    event.name = text(object, "name");
    event.amount = amountFrom(object.value(QLatin1String("amount")));
    event.timestamp = text(object, "timestamp"); // kept as sent: 3 or 7 fractional digits (docs/vipps-wire.md §6)
    event.idempotencyKey = text(object, "idempotencyKey");
    event.success = object.value(QLatin1String("success")).toBool();
    return event;
}

EPaymentApi::EPaymentApi(ApiClient *client) : m_client(client) {}

void EPaymentApi::create(const CreatePaymentRequest &request, const QString &idempotencyKey, CreateCallback done)
{
    Base::FieldErrors errors = request.validate(); // the reference rules included
    checkIdempotencyKey(idempotencyKey, &errors);
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = createRequest(request, idempotencyKey);
    const QString fallbackReference = request.reference;
    m_client->send(call, [operation = call.operation, fallbackReference,
                          done = std::move(done)](const ApiResponse &response) {
        ApiError error = response.error;
        const QJsonObject object = error.ok() ? objectBody(response, operation, &error) : QJsonObject();
        if (!error.ok())
            return finishWith(done, error);
        // CreatePaymentResponse: reference, and redirectUrl except for PUSH_MESSAGE (docs/vipps-wire.md §6).
        const QString reference = text(object, "reference");
        if (done)
            done(CreatedPayment{reference.isEmpty() ? fallbackReference : reference, text(object, "redirectUrl")}, {});
    });
}

void EPaymentApi::get(const QString &reference, PaymentCallback done)
{
    Base::FieldErrors errors;
    checkReference(reference, &errors);
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = getRequest(reference);
    m_client->send(call, paymentReply(call.operation, std::move(done)));
}

void EPaymentApi::events(const QString &reference, EventsCallback done)
{
    Base::FieldErrors errors;
    checkReference(reference, &errors);
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = eventsRequest(reference);
    m_client->send(call, [operation = call.operation, done = std::move(done)](const ApiResponse &response) {
        ApiError error = response.error;
        const QList<PaymentEvent> events = error.ok() ? eventsBody(response, operation, &error) : QList<PaymentEvent>();
        if (!error.ok())
            finishWith(done, error);
        else if (done)
            done(events, {});
    });
}

void EPaymentApi::capture(const QString &reference, const ModificationRequest &request, const QString &idempotencyKey,
                          PaymentCallback done)
{
    const Base::FieldErrors errors = changeErrors(reference, idempotencyKey, request.validate());
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = captureRequest(reference, request, idempotencyKey);
    m_client->send(call, paymentReply(call.operation, std::move(done)));
}

void EPaymentApi::refund(const QString &reference, const ModificationRequest &request, const QString &idempotencyKey,
                         PaymentCallback done)
{
    const Base::FieldErrors errors = changeErrors(reference, idempotencyKey, request.validate());
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = refundRequest(reference, request, idempotencyKey);
    m_client->send(call, paymentReply(call.operation, std::move(done)));
}

void EPaymentApi::cancel(const QString &reference, const CancelRequest &request, const QString &idempotencyKey,
                         PaymentCallback done)
{
    const Base::FieldErrors errors = changeErrors(reference, idempotencyKey, {});
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    const ApiRequest call = cancelRequest(reference, request, idempotencyKey);
    m_client->send(call, paymentReply(call.operation, std::move(done)));
}

void EPaymentApi::forceApprove(const QString &reference, const ForceApproveRequest &request, DoneCallback done)
{
    // docs/vipps-wire.md §6 "Force approve (test environment only)": it fails in production.
    if (isProduction(m_client->config()))
        return failLater(m_client, std::move(done),
                         ApiError::configuration(QCoreApplication::translate(
                             "Api::EPaymentApi", "Force approve exists only in the test environment; approve the "
                                                 "payment in the Vipps app, or use a test or simulator profile.")));
    Base::FieldErrors errors;
    checkReference(reference, &errors);
    errors += request.validate();
    if (!errors.isEmpty())
        return failLater(m_client, std::move(done), ApiError::validation(errors));
    // 200 without a body: whatever comes with a 2xx is ignored.
    m_client->send(forceApproveRequest(reference, request),
                   [done = std::move(done)](const ApiResponse &response) { finishWith(done, response.error); });
}

ApiRequest EPaymentApi::createRequest(const CreatePaymentRequest &request, const QString &idempotencyKey)
{
    return changeRequest(QCoreApplication::translate("Api::EPaymentApi", "Create payment"), kPaymentsPath,
                         request.toJson(), idempotencyKey);
}

ApiRequest EPaymentApi::getRequest(const QString &reference)
{
    return paymentRequest(QCoreApplication::translate("Api::EPaymentApi", "Get payment"), "GET",
                          paymentPath(kPaymentsPath, reference));
}

ApiRequest EPaymentApi::eventsRequest(const QString &reference)
{
    return paymentRequest(QCoreApplication::translate("Api::EPaymentApi", "Get payment events"), "GET",
                          paymentPath(kPaymentsPath, reference, "/events"));
}

ApiRequest EPaymentApi::captureRequest(const QString &reference, const ModificationRequest &request,
                                       const QString &idempotencyKey)
{
    return changeRequest(QCoreApplication::translate("Api::EPaymentApi", "Capture payment"),
                         paymentPath(kPaymentsPath, reference, "/capture"), request.toJson(), idempotencyKey);
}

ApiRequest EPaymentApi::refundRequest(const QString &reference, const ModificationRequest &request,
                                      const QString &idempotencyKey)
{
    return changeRequest(QCoreApplication::translate("Api::EPaymentApi", "Refund payment"),
                         paymentPath(kPaymentsPath, reference, "/refund"), request.toJson(), idempotencyKey);
}

ApiRequest EPaymentApi::cancelRequest(const QString &reference, const CancelRequest &request,
                                      const QString &idempotencyKey)
{
    // An empty body unless cancelTransactionOnly (docs/vipps-wire.md §6 "Capture / refund / cancel bodies").
    return changeRequest(QCoreApplication::translate("Api::EPaymentApi", "Cancel payment"),
                         paymentPath(kPaymentsPath, reference, "/cancel"), request.toJson(), idempotencyKey);
}

ApiRequest EPaymentApi::forceApproveRequest(const QString &reference, const ForceApproveRequest &request)
{
    ApiRequest call = paymentRequest(QCoreApplication::translate("Api::EPaymentApi", "Force approve payment"), "POST",
                                     paymentPath(kTestPaymentsPath, reference, "/approve"));
    call.body = request.toJson();
    // No Idempotency-Key exists for it; a repeated approve after a lost answer fails instead of helping.
    call.retryable = false;
    return call;
}

QString EPaymentApi::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Api
