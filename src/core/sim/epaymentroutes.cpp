// SPDX-License-Identifier: MIT
#include "sim/epaymentroutes.h"

#include "credentials/profile.h"
#include "http/request.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QPair>
#include <QUrl>

#include <array>

namespace Sim {

namespace {

const QByteArray kPrefix = "/epayment/v1/";
const QByteArray kJson = "application/json; charset=utf-8";
const QByteArray kProblemJson = "application/problem+json; charset=utf-8";
const QString kMsnHeader = QStringLiteral("Merchant-Serial-Number");

// docs/vipps-wire.md §7: a validation error names the field in extraDetails, without an error code.
Problem badRequest(const QString &field, const QString &reason)
{
    return {
        400, QStringLiteral("Bad Request"), QStringLiteral("See extraDetails for further details"), {{field, reason}}};
}

Http::Response problemResponse(const Problem &problem, const QString &instance)
{
    return Http::Response::json(problem.status, problem.json(instance), kProblemJson);
}

// Success bodies as JSON; force approve's 200 has none (docs/vipps-wire.md §6).
Http::Response answerResponse(const Answer &answer, const QString &instance)
{
    if (!answer.ok())
        return problemResponse(answer.problem, instance);
    if (answer.body.isNull()) {
        Http::Response response;
        response.status = answer.status;
        return response;
    }
    return Http::Response::json(answer.status, answer.json(), kJson);
}

Problem notFound(const QByteArray &path)
{
    return {404,
            QStringLiteral("Not Found"),
            QStringLiteral("No ePayment API operation matches %1.").arg(QString::fromUtf8(path)),
            {}};
}

Http::Response methodNotAllowed(const Http::Request &request, const QByteArray &allowed)
{
    const QString path = QString::fromUtf8(request.path());
    const Problem problem{405,
                          QStringLiteral("Method Not Allowed"),
                          QStringLiteral("%1 is not allowed on %2; use %3.")
                              .arg(QString::fromLatin1(request.method), path, QString::fromLatin1(allowed)),
                          {}};
    Http::Response response = problemResponse(problem, path);
    response.headers.append(Http::Header{"Allow", allowed});
    return response;
}

} // namespace

EPaymentRoutes::EPaymentRoutes(PaymentLedger *ledger) : m_ledger(ledger) {}

Http::Response EPaymentRoutes::handle(const Http::Request &request)
{
    if (std::optional<Http::Response> refused = refuseBeforeBody(request))
        return *refused;
    const QByteArray path = request.path();
    const QString instance = QString::fromUtf8(path);
    const auto matched = match(path);
    const Route &route = routeFor(matched->operation);

    Call call{{}, matched->reference, {}, QString::fromUtf8(request.headers.value("Idempotency-Key"))};
    if (const auto refused = readMsn(request, &call.msn))
        return problemResponse(*refused, instance);
    if (const auto refused = readBody(request, route.body, &call.body))
        return problemResponse(*refused, instance);
    return answerResponse((this->*route.perform)(call), instance);
}

// A path that names no operation, or a method the operation does not take: known before any body.
std::optional<Http::Response> EPaymentRoutes::refuseBeforeBody(const Http::Request &head)
{
    const QByteArray path = head.path();
    const auto matched = match(path);
    if (!matched)
        return problemResponse(notFound(path), QString::fromUtf8(path));
    const QByteArray method = routeFor(matched->operation).method;
    if (head.method != method)
        return methodNotAllowed(head, method);
    return std::nullopt;
}

// docs/vipps-wire.md §6: payments, payments/{reference}[/events|/capture|/refund|/cancel], and
// test/payments/{reference}/approve.
std::optional<EPaymentRoutes::Match> EPaymentRoutes::match(const QByteArray &path)
{
    if (!path.startsWith(kPrefix))
        return std::nullopt;
    const QList<QByteArray> parts = path.mid(kPrefix.size()).split('/');
    if (parts == QList<QByteArray>{"payments"})
        return Match{Operation::Create, {}};
    if (parts.size() == 4 && parts.at(0) == "test" && parts.at(1) == "payments" && parts.at(3) == "approve")
        return withReference(Operation::ForceApprove, parts.at(2));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0) != "payments")
        return std::nullopt;
    if (parts.size() == 2)
        return withReference(Operation::Get, parts.at(1));
    static const QList<QPair<QByteArray, Operation>> suffixes{{"events", Operation::Events},
                                                              {"capture", Operation::Capture},
                                                              {"refund", Operation::Refund},
                                                              {"cancel", Operation::Cancel}};
    for (const auto &[suffix, operation] : suffixes) {
        if (parts.at(2) == suffix)
            return withReference(operation, parts.at(1));
    }
    return std::nullopt;
}

// The reference path segment percent-decoded; an empty one names no payment.
std::optional<EPaymentRoutes::Match> EPaymentRoutes::withReference(Operation operation, const QByteArray &segment)
{
    const QString reference = QUrl::fromPercentEncoding(segment);
    if (reference.isEmpty())
        return std::nullopt;
    return Match{operation, reference};
}

// docs/vipps-wire.md §6, the operation table: method, whether a body is needed, and the ledger call.
const EPaymentRoutes::Route &EPaymentRoutes::routeFor(Operation operation)
{
    static const std::array<Route, 7> routes{{
        {Operation::Create, "POST", Body::Required, &EPaymentRoutes::create},
        {Operation::Get, "GET", Body::None, &EPaymentRoutes::get},
        {Operation::Events, "GET", Body::None, &EPaymentRoutes::events},
        {Operation::Capture, "POST", Body::Required, &EPaymentRoutes::capture},
        {Operation::Refund, "POST", Body::Required, &EPaymentRoutes::refund},
        {Operation::Cancel, "POST", Body::Optional, &EPaymentRoutes::cancel},
        {Operation::ForceApprove, "POST", Body::Optional, &EPaymentRoutes::forceApprove},
    }};
    return routes.at(static_cast<size_t>(operation));
}

// docs/vipps-wire.md §1, §6: the Merchant-Serial-Number header is required by ePayment; a digit string of 4-10.
std::optional<Problem> EPaymentRoutes::readMsn(const Http::Request &request, QString *msn)
{
    *msn = QString::fromLatin1(request.headers.value("Merchant-Serial-Number"));
    if (msn->isEmpty())
        return badRequest(kMsnHeader,
                          QStringLiteral("The Merchant-Serial-Number header is required by the ePayment API: "
                                         "send the MSN of the sales unit."));
    if (!Credentials::isMerchantSerialNumber(*msn))
        return badRequest(kMsnHeader, QStringLiteral("The Merchant-Serial-Number must be a string of 4 to 10 digits."));
    return std::nullopt;
}

// docs/vipps-wire.md §6: create, capture and refund send a JSON object; cancel and force approve may send none.
std::optional<Problem> EPaymentRoutes::readBody(const Http::Request &request, Body rule, QJsonObject *body)
{
    const QByteArray bytes = request.body.trimmed();
    if (rule == Body::None || (rule == Body::Optional && bytes.isEmpty()))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badRequest(QStringLiteral("body"), QStringLiteral("The request body must be a JSON object."));
    *body = document.object();
    return std::nullopt;
}

// POST /epayment/v1/payments → 201 CreatePaymentResponse (docs/vipps-wire.md §6).
Answer EPaymentRoutes::create(const Call &call)
{
    return m_ledger->create(call.msn, call.body, call.idempotencyKey);
}

// GET /epayment/v1/payments/{reference} → 200 GetPaymentResponse (docs/vipps-wire.md §6).
Answer EPaymentRoutes::get(const Call &call)
{
    return m_ledger->getPayment(call.msn, call.reference);
}

// GET .../{reference}/events → 200 array of PaymentEvent (docs/vipps-wire.md §6).
Answer EPaymentRoutes::events(const Call &call)
{
    return m_ledger->getEvents(call.msn, call.reference);
}

// POST .../{reference}/capture → 200 ModificationResponse (docs/vipps-wire.md §6).
Answer EPaymentRoutes::capture(const Call &call)
{
    return m_ledger->capture(call.msn, call.reference, call.body, call.idempotencyKey);
}

// POST .../{reference}/refund → 200 ModificationResponse (docs/vipps-wire.md §6).
Answer EPaymentRoutes::refund(const Call &call)
{
    return m_ledger->refund(call.msn, call.reference, call.body, call.idempotencyKey);
}

// POST .../{reference}/cancel → 200 ModificationResponse; no body means {} (docs/vipps-wire.md §6).
Answer EPaymentRoutes::cancel(const Call &call)
{
    return m_ledger->cancel(call.msn, call.reference, call.body, call.idempotencyKey);
}

// POST /epayment/v1/test/payments/{reference}/approve → 200 without a body (docs/vipps-wire.md §6, test only).
Answer EPaymentRoutes::forceApprove(const Call &call)
{
    return m_ledger->forceApprove(call.msn, call.reference, call.body);
}

} // namespace Sim
