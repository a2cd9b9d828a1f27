// SPDX-License-Identifier: MIT
#include "sim/simulator.h"

#include "credentials/profile.h"
#include "http/request.h"
#include "sim/landingpage.h"
#include "sim/orderedjson.h"
#include "sim/simpayment.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace Sim {

namespace {

const QByteArray kJson = "application/json; charset=utf-8";
const QByteArray kWebhooksPath = "/webhooks/v1/webhooks";
const QByteArray kEPaymentPrefix = "/epayment/";
// The Azure API Management answers that come before any API sees the call (docs/vipps-wire.md §7).
const QString kMissingKey = QStringLiteral("Access denied due to missing subscription key. "
                                           "Make sure to include subscription key when making requests to an API.");
const QString kInvalidKey = QStringLiteral("Access denied due to invalid subscription key. "
                                           "Make sure to provide a valid key for an active subscription.");
const QString kInvalidClient = QStringLiteral("Access denied due to invalid client_id or client_secret. "
                                              "Make sure to use the keys of the same sales unit.");
const QString kInvalidMsn = QStringLiteral("Access denied due to invalid Merchant-Serial-Number. "
                                           "Make sure it is the MSN of the sales unit the keys belong to.");
const QString kInvalidToken = QStringLiteral("Unauthorized. Access token is missing or invalid.");
const QString kNotBearer = QStringLiteral("Unauthorized. The Authorization header must be \"Bearer <access token>\".");
const QString kExpiredToken = QStringLiteral("Unauthorized. Access token has expired; get a new one.");

// Azure API Management's own error shape: {"statusCode":401,"message":"..."} (docs/vipps-wire.md §7).
Http::Response apimError(int status, const QString &message)
{
    return Http::Response::json(
        status, OrderedJson::object({{QLatin1String("statusCode"), status}, {QLatin1String("message"), message}}));
}

// RFC 7807 with Vipps' extras, written by Problem::json() in the documented order (docs/vipps-wire.md §3 "Schemas", §7).
Http::Response problem(int status, const QString &detail, const QByteArray &instance,
                       const QList<Api::ExtraDetail> &extraDetails = {})
{
    const Problem body{status, QString::fromLatin1(Http::Response::reasonPhrase(status)), detail, extraDetails};
    return Http::Response::json(status, body.json(QString::fromUtf8(instance)),
                                "application/problem+json; charset=utf-8");
}

// The path as the API behind API Management sees it, without the "/webhooks" prefix ("/v1/webhooks",
// docs/vipps-wire.md §3 "Schemas").
QByteArray webhooksInstance(const Http::Request &request)
{
    return request.path().mid(qsizetype(sizeof("/webhooks")) - 1);
}

// RFC 9110 §9.3.2: HEAD gets the answer GET would get, whose content the connection then leaves out.
Http::Request asAnswered(const Http::Request &request)
{
    Http::Request answered = request;
    answered.method = request.answeredMethod();
    return answered;
}

Http::Response badRequest(const Http::Request &request, const QList<Api::ExtraDetail> &details)
{
    return problem(400, QStringLiteral("One or more validation errors occurred."), webhooksInstance(request), details);
}

QByteArray webhookId(const QByteArray &path)
{
    return path.mid(kWebhooksPath.size() + 1);
}

bool isTokenPath(const QByteArray &path)
{
    // Both spellings appear in official material (docs/vipps-wire.md §2).
    return path == "/accesstoken/get" || path == "/accessToken/get";
}

bool isWebhookPath(const QByteArray &path)
{
    const QByteArray id = webhookId(path);
    return path.startsWith(kWebhooksPath + '/') && !id.isEmpty() && !id.contains('/');
}

QString msnReason(const QByteArray &msn)
{
    if (Credentials::isMerchantSerialNumber(QString::fromLatin1(msn)))
        return {};
    return QStringLiteral("The Merchant-Serial-Number must be a string of 4 to 10 digits.");
}

} // namespace

Simulator::Simulator(const SimCredentials &credentials, QObject *parent) : QObject(parent), m_credentials(credentials)
{
    m_webhooks.setParent(this); // moves with the simulator to the server thread
}

Http::Response Simulator::handle(const Http::Request &request)
{
    const Http::Response response = dispatch(asAnswered(request));
    emit requestHandled(request.method, request.path(), response.status);
    return response;
}

std::optional<Http::Response> Simulator::refuseBeforeBody(const Http::Request &head)
{
    const std::optional<Http::Response> refusal = refuseByHead(asAnswered(head));
    if (refusal)
        emit requestHandled(head.method, head.path(), refusal->status);
    return refusal;
}

// What the request line and header fields alone refuse, in the order dispatch() checks: an operation that does not
// exist, a method it does not take, a caller without its key or token (except on the token call), then what the
// landing page and the ePayment API refuse by themselves.
std::optional<Http::Response> Simulator::refuseByHead(const Http::Request &request)
{
    const QByteArray path = request.path();
    const Route route = routeOf(path);
    if (route == Route::Landing)
        return m_landing->refuseBeforeBody(request);
    if (route == Route::Unknown)
        return problem(404, QStringLiteral("No API operation matches %1.").arg(QString::fromUtf8(path)), path);
    if (auto refused = refuseMethod(route, request))
        return refused;
    if (route == Route::Token)
        return std::nullopt;
    if (auto refused = refuseCaller(request))
        return refused;
    if (route == Route::EPayment && m_ePayment)
        return m_ePayment->refuseBeforeBody(request);
    return std::nullopt;
}

Http::Response Simulator::dispatch(const Http::Request &request)
{
    const Route route = routeOf(request.path());
    if (route == Route::Landing)
        return m_landing->handle(request);
    if (auto refused = refuseByHead(request))
        return *refused;
    if (route == Route::Token)
        return issueToken(request);
    if (route == Route::EPayment)
        return ePayment(request);
    const QByteArray msn = request.headers.value("Merchant-Serial-Number");
    if (!msn.isNull() && !msnReason(msn).isEmpty())
        return badRequest(request, {{QStringLiteral("Merchant-Serial-Number"), msnReason(msn)}});
    if (route == Route::Webhook)
        return deleteWebhook(request);
    return request.method == "GET" ? listWebhooks(request) : registerWebhook(request);
}

Simulator::Route Simulator::routeOf(const QByteArray &path) const
{
    if (isTokenPath(path))
        return Route::Token;
    if (path == kWebhooksPath)
        return Route::Webhooks;
    if (isWebhookPath(path))
        return Route::Webhook;
    if (path.startsWith(kEPaymentPrefix))
        return Route::EPayment; // docs/vipps-wire.md §6, served by setEPaymentHandler()'s handler
    if (m_landing && LandingPage::handles(path))
        return Route::Landing;
    return Route::Unknown;
}

// The methods each operation has (docs/vipps-wire.md §2, §3); ePayment paths are left to their handler.
std::optional<Http::Response> Simulator::refuseMethod(Route route, const Http::Request &request) const
{
    QList<QByteArray> methods;
    switch (route) {
    case Route::Token: methods = {"POST"}; break;
    case Route::Webhooks: methods = {"GET", "POST"}; break;
    case Route::Webhook: methods = {"DELETE"}; break;
    default: return std::nullopt;
    }
    if (methods.contains(request.method))
        return std::nullopt;
    const QByteArray allowed = methods.join(", ");
    Http::Response response = problem(
        405,
        QStringLiteral("%1 is not allowed on %2; use %3.")
            .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path()), QString::fromLatin1(allowed)),
        request.path());
    response.headers.append(Http::Header{"Allow", allowed});
    return response;
}

// docs/vipps-wire.md §1: every call but the token call needs the subscription key and "Bearer <token>".
std::optional<Http::Response> Simulator::refuseCaller(const Http::Request &request) const
{
    const QByteArray key = request.headers.value("Ocp-Apim-Subscription-Key");
    if (key.isEmpty())
        return apimError(401, kMissingKey);
    if (!m_credentials.isSubscriptionKey(key))
        return apimError(401, kInvalidKey);
    switch (m_tokens.check(request.headers.value("Authorization"))) {
    case TokenIssuer::Check::Valid: return std::nullopt;
    case TokenIssuer::Check::NotBearer: return apimError(401, kNotBearer);
    case TokenIssuer::Check::Expired: return apimError(401, kExpiredToken);
    default: return apimError(401, kInvalidToken);
    }
}

// The simulator's keys may act for any sales unit, as partner keys with an MSN header do (docs/vipps-wire.md §3
// "Limits and scoping"); without the header they act for their own MSN.
QString Simulator::msnOf(const Http::Request &request) const
{
    const QByteArray msn = request.headers.value("Merchant-Serial-Number");
    return msn.isEmpty() ? m_credentials.merchantSerialNumber : QString::fromLatin1(msn);
}

// docs/vipps-wire.md §2: credentials in headers; every answer field is a JSON string.
Http::Response Simulator::issueToken(const Http::Request &request)
{
    const QByteArray key = request.headers.value("Ocp-Apim-Subscription-Key");
    if (key.isEmpty())
        return apimError(401, kMissingKey);
    if (!m_credentials.isSubscriptionKey(key))
        return apimError(401, kInvalidKey);
    const bool clientOk = m_credentials.isClientId(request.headers.value("client_id"));
    if (!(m_credentials.isClientSecret(request.headers.value("client_secret")) && clientOk))
        return apimError(401, kInvalidClient);
    const QByteArray msn = request.headers.value("Merchant-Serial-Number");
    if (!msn.isNull() && !m_credentials.isMerchantSerialNumber(msn))
        return apimError(401, kInvalidMsn);

    const IssuedToken token = m_tokens.issue();
    const auto seconds = [](qint64 value) { return QString::number(value); };
    const QList<JsonMember> fields{{QLatin1String("token_type"), QStringLiteral("Bearer")},
                                   {QLatin1String("expires_in"), seconds(m_tokens.lifetimeSeconds())},
                                   {QLatin1String("ext_expires_in"), QStringLiteral("0")},
                                   {QLatin1String("expires_on"), seconds(token.expiresOn.toSecsSinceEpoch())},
                                   {QLatin1String("not_before"), seconds(token.notBefore.toSecsSinceEpoch())},
                                   {QLatin1String("resource"), QStringLiteral("00000002-0000-0000-c000-000000000000")},
                                   {QLatin1String("access_token"), QString::fromLatin1(token.value)}};
    return Http::Response::json(200, OrderedJson::object(fields), "application/json;charset=UTF-8");
}

// docs/vipps-wire.md §3: 201 RegisterResponse {id, secret}, or 400 ProblemDetails naming the fields.
Http::Response Simulator::registerWebhook(const Http::Request &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return badRequest(
            request, {{QStringLiteral("body"), QStringLiteral("The request body must be a JSON object with \"url\" and "
                                                              "\"events\".")}});
    const RegisterOutcome outcome = m_webhooks.registerWebhook(msnOf(request), document.object());
    if (!outcome.ok())
        return badRequest(request, outcome.errors);
    return Http::Response::json(
        201,
        OrderedJson::object({{QLatin1String("id"), outcome.registration.id},
                             {QLatin1String("secret"), QString::fromLatin1(outcome.registration.secret)}}),
        kJson);
}

// docs/vipps-wire.md §3: 200 QueryResponse {"webhooks":[{id, url, events}]}; secrets are never listed.
Http::Response Simulator::listWebhooks(const Http::Request &request) const
{
    QByteArray items;
    for (const Registration &registration : m_webhooks.list(msnOf(request))) {
        if (!items.isEmpty())
            items += ',';
        items += OrderedJson::object({{QLatin1String("id"), registration.id},
                                      {QLatin1String("url"), registration.url.toString(QUrl::FullyEncoded)},
                                      {QLatin1String("events"), QJsonArray::fromStringList(registration.events)}});
    }
    return Http::Response::json(200, "{\"webhooks\":[" + items + "]}", kJson);
}

// docs/vipps-wire.md §3: 204 without a body; an id this MSN does not have is a 404.
Http::Response Simulator::deleteWebhook(const Http::Request &request)
{
    const QString id = QString::fromUtf8(webhookId(request.path()));
    if (!m_webhooks.remove(msnOf(request), id))
        return problem(404,
                       QStringLiteral("No webhook with id %1 is registered for this merchant serial number.").arg(id),
                       webhooksInstance(request));
    Http::Response response;
    response.status = 204;
    return response;
}

// The ePayment API (docs/vipps-wire.md §6) is served by the payment ledger's handler once it is set.
Http::Response Simulator::ePayment(const Http::Request &request)
{
    if (m_ePayment)
        return m_ePayment->handle(request);
    return problem(501, QStringLiteral("The simulator does not serve the ePayment API yet."), request.path());
}

} // namespace Sim
