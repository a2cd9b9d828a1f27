// SPDX-License-Identifier: MIT
#include "api/webhooksapi.h"

#include "api/apiclient.h"
#include "api/eventcatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>
#include <utility>

namespace Api {

namespace {

const QString kWebhooksPath = QStringLiteral("/webhooks/v1/webhooks");

// ---- requests (docs/vipps-wire.md §3) ----

ApiRequest webhooksRequest(const QString &operation, const QByteArray &method, const QString &path)
{
    ApiRequest request;
    request.operation = operation;
    request.method = method;
    request.path = path;
    // The MSN is required with sales-unit keys only; partner keys may leave it out (docs/vipps-wire.md §3).
    request.msnRequired = false;
    return request;
}

// A JSON string literal, escaped by QJsonDocument.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// RegisterRequest has additionalProperties: false: exactly "url" and "events", in the docs' order.
QByteArray registerBody(const QUrl &url, const QStringList &events)
{
    const QByteArray eventsJson = QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact);
    return "{\"url\":" + jsonString(url.toString(QUrl::FullyEncoded)) + ",\"events\":" + eventsJson + '}';
}

// ---- validation ----

// Vipps' own test (MT) and production hosts (docs/vipps-wire.md §1); the simulator and custom URLs are neither.
bool isVippsHost(const QString &host)
{
    return host == QLatin1String("apitest.vipps.no") || host == QLatin1String("api.vipps.no");
}

bool isHttpScheme(const QString &scheme)
{
    return scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ||
           scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// RFC 1918 and RFC 4193 ranges (QHostAddress::isPrivateUse() is newer than Qt 6.4).
bool isPrivateAddress(const QHostAddress &address)
{
    static const char *const ranges[] = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"};
    for (const char *range : ranges) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range))))
            return true;
    }
    return false;
}

// This machine or a private network: Vipps' servers cannot reach it (docs/vipps-wire.md §3).
bool isLocalHost(const QString &host)
{
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return address.isLoopback() || address.isLinkLocal() || isPrivateAddress(address);
}

std::optional<Base::FieldError> urlFormError(const QUrl &url)
{
    if (url.isValid() && !url.isRelative() && isHttpScheme(url.scheme()) && !url.host().isEmpty())
        return std::nullopt;
    return Base::FieldError{QStringLiteral("url"),
                            QCoreApplication::translate(
                                "Api::WebhooksApi", "The webhook URL must be a full address with a host, starting with "
                                                    "https:// (http:// only for the simulator), for example "
                                                    "https://example.com/hooks/vipps.")};
}

// docs/vipps-wire.md §3 "URL requirements": HTTPS only, world-reachable, localhost does not work.
std::optional<Base::FieldError> httpsError(const QUrl &url, const QUrl &baseUrl)
{
    if (!isVippsHost(baseUrl.host()) || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const QString field = QStringLiteral("url");
    if (isLocalHost(url.host()))
        return Base::FieldError{
            field,
            QCoreApplication::translate("Api::WebhooksApi",
                                        "Vipps only delivers to https:// URLs that the internet can reach; %1 does not "
                                        "work: run a tunnel to this machine and register its public https:// URL.")
                .arg(url.host())};
    return Base::FieldError{field, QCoreApplication::translate(
                                       "Api::WebhooksApi",
                                       "Vipps only delivers to https:// URLs (TLS 1.2 or newer); register the https:// "
                                       "address of your endpoint, or a tunnel's public https:// URL.")};
}

// A close match for a mistyped event: the type of a payment event name ("CAPTURED"), or another case.
QString suggestionFor(const QString &event, const EventCatalog &catalog)
{
    const QString byName = catalog.typeForPaymentEventName(event);
    if (!byName.isEmpty())
        return byName;
    for (const EventType &known : catalog.all()) {
        if (known.type.compare(event, Qt::CaseInsensitive) == 0)
            return known.type;
    }
    return {};
}

Base::FieldError unknownEventError(const QString &event, const EventCatalog &catalog)
{
    const QString field = QStringLiteral("events");
    const QString suggestion = suggestionFor(event, catalog);
    if (!suggestion.isEmpty())
        return {field,
                QCoreApplication::translate("Api::WebhooksApi", "\"%1\" is not a webhook event type; did you mean %2?")
                    .arg(event, suggestion)};
    return {field, QCoreApplication::translate("Api::WebhooksApi",
                                               "\"%1\" is not a webhook event type; choose one from the event list, "
                                               "for example epayments.payment.captured.v1.")
                       .arg(event)};
}

void checkEvents(const QStringList &events, Base::FieldErrors *errors)
{
    if (events.isEmpty()) {
        errors->append({QStringLiteral("events"),
                        QCoreApplication::translate("Api::WebhooksApi", "Give at least one event type to subscribe to, "
                                                                        "for example epayments.payment.captured.v1.")});
        return;
    }
    const EventCatalog &catalog = EventCatalog::instance();
    for (const QString &event : events) {
        if (!catalog.isKnown(event))
            errors->append(unknownEventError(event, catalog));
    }
}

// ---- answers (docs/vipps-wire.md §3 "Schemas") ----

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The message never quotes the body: a register answer carries the secret.
ApiError malformed(const ApiResponse &response, const QString &what)
{
    return ApiError::malformed(response.status, what);
}

// RegisterResponse: both "id" and "secret" are required.
ApiError registeredFrom(const ApiResponse &response, RegisteredWebhook *webhook)
{
    const std::optional<QJsonObject> object = jsonObject(response.body);
    if (!object)
        return malformed(
            response, QCoreApplication::translate(
                          "Api::WebhooksApi", "The register answer is not a JSON object with \"id\" and \"secret\"."));
    webhook->id = object->value(QLatin1String("id")).toString();
    webhook->secret = object->value(QLatin1String("secret")).toString().toUtf8();
    if (webhook->id.isEmpty())
        return malformed(response, QCoreApplication::translate(
                                       "Api::WebhooksApi",
                                       "The register answer has no \"id\"; list the webhooks to find the new one."));
    if (webhook->secret.isEmpty())
        return malformed(response, QCoreApplication::translate(
                                       "Api::WebhooksApi",
                                       "The register answer has no \"secret\", so deliveries cannot be verified; "
                                       "delete webhook %1 and register it again.")
                                       .arg(webhook->id));
    return {};
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        strings.append(item.toString());
    return strings;
}

Webhook webhookFrom(const QJsonObject &object)
{
    return Webhook{object.value(QLatin1String("id")).toString(), QUrl(object.value(QLatin1String("url")).toString()),
                   stringsFrom(object.value(QLatin1String("events")))};
}

// QueryResponse: {"webhooks":[{id,url,events}]}; fields missing from an item are left empty.
ApiError webhooksFrom(const ApiResponse &response, QList<Webhook> *webhooks)
{
    const std::optional<QJsonObject> object = jsonObject(response.body);
    const QJsonValue list = object ? object->value(QLatin1String("webhooks")) : QJsonValue();
    if (!list.isArray())
        return malformed(
            response, QCoreApplication::translate("Api::WebhooksApi",
                                                  "The list answer is not a JSON object with a \"webhooks\" array."));
    const QJsonArray items = list.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return malformed(response, QCoreApplication::translate(
                                           "Api::WebhooksApi",
                                           "The list answer's \"webhooks\" array holds something other than objects."));
        webhooks->append(webhookFrom(item.toObject()));
    }
    return {};
}

// Validation refusals come back from the event loop, like every answer of ApiClient::send.
void refuseLater(QObject *context, std::function<void()> refusal)
{
    QMetaObject::invokeMethod(context, std::move(refusal), Qt::QueuedConnection);
}

} // namespace

WebhooksApi::WebhooksApi(ApiClient *client) : m_client(client) {}

void WebhooksApi::registerWebhook(const QUrl &url, const QStringList &events, RegisterCallback done)
{
    const Base::FieldErrors errors = validateRegistration(url, events);
    if (!errors.isEmpty()) {
        refuseLater(m_client, [done = std::move(done), errors] {
            if (done)
                done({}, ApiError::validation(errors));
        });
        return;
    }
    m_client->send(registerRequest(url, events), [done = std::move(done)](const ApiResponse &response) {
        RegisteredWebhook webhook;
        const ApiError error = response.ok() ? registeredFrom(response, &webhook) : response.error;
        if (done)
            done(error.ok() ? webhook : RegisteredWebhook(), error);
    });
}

void WebhooksApi::list(ListCallback done)
{
    m_client->send(listRequest(), [done = std::move(done)](const ApiResponse &response) {
        QList<Webhook> webhooks;
        const ApiError error = response.ok() ? webhooksFrom(response, &webhooks) : response.error;
        if (done)
            done(error.ok() ? webhooks : QList<Webhook>(), error);
    });
}

void WebhooksApi::remove(const QString &id, DoneCallback done)
{
    if (id.isEmpty()) {
        const Base::FieldErrors errors{
            {QStringLiteral("id"),
             QCoreApplication::translate("Api::WebhooksApi", "Give the id of the webhook to delete, as the list of "
                                                             "webhooks shows it.")}};
        refuseLater(m_client, [done = std::move(done), errors] {
            if (done)
                done(ApiError::validation(errors));
        });
        return;
    }
    // 204 without a body (docs/vipps-wire.md §3).
    m_client->send(removeRequest(id), [done = std::move(done)](const ApiResponse &response) {
        if (done)
            done(response.error);
    });
}

ApiRequest WebhooksApi::registerRequest(const QUrl &url, const QStringList &events)
{
    ApiRequest request =
        webhooksRequest(QCoreApplication::translate("Api::WebhooksApi", "Register webhook"), "POST", kWebhooksPath);
    request.body = registerBody(url, events);
    // Not idempotent: a retry after a lost answer would register a second webhook with another secret.
    request.retryable = false;
    return request;
}

ApiRequest WebhooksApi::listRequest()
{
    return webhooksRequest(QCoreApplication::translate("Api::WebhooksApi", "List webhooks"), "GET", kWebhooksPath);
}

ApiRequest WebhooksApi::removeRequest(const QString &id)
{
    const QString path = kWebhooksPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return webhooksRequest(QCoreApplication::translate("Api::WebhooksApi", "Delete webhook"), "DELETE", path);
}

Base::FieldErrors WebhooksApi::validateRegistration(const QUrl &url, const QStringList &events) const
{
    Base::FieldErrors errors;
    if (const std::optional<Base::FieldError> form = urlFormError(url))
        errors.append(*form);
    else if (const std::optional<Base::FieldError> https = httpsError(url, m_client->config().baseUrl))
        errors.append(*https);
    checkEvents(events, &errors);
    return errors;
}

} // namespace Api
