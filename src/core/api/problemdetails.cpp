// SPDX-License-Identifier: MIT
// Error bodies of the Vipps APIs (docs/vipps-wire.md §7, §2) turned into an ApiError.
#include "api/apierror.h"
#include "http/response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <initializer_list>

namespace Api::ProblemDetails {

namespace {

constexpr qsizetype kMaxTextDetail = 300;

// A string field, or a number written as text (some bodies send error codes as numbers); else null.
QString text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toVariant().toString();
    return {};
}

bool hasAny(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        if (object.contains(key))
            return true;
    }
    return false;
}

// RFC 7807 with Vipps' traceId and extraDetails (docs/vipps-wire.md §3 "ProblemDetails").
bool isProblem(const QJsonObject &object)
{
    return hasAny(object, {QLatin1String("type"), QLatin1String("title"), QLatin1String("status"),
                           QLatin1String("detail"), QLatin1String("instance"), QLatin1String("traceId"),
                           QLatin1String("extraDetails"), QLatin1String("errors")});
}

// Azure API Management: {"statusCode":401,"message":"Access denied ..."} (docs/vipps-wire.md §7).
bool isApim(const QJsonObject &object)
{
    return object.value(QLatin1String("message")).isString();
}

// Historical Azure AD token error: {error, error_description, trace_id, correlation_id} (docs/vipps-wire.md §2).
bool isAzureAd(const QJsonObject &object)
{
    return object.value(QLatin1String("error")).isString() ||
           object.value(QLatin1String("error_description")).isString();
}

QList<ExtraDetail> extraDetails(const QJsonValue &value)
{
    QList<ExtraDetail> details;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        const QJsonObject object = item.toObject();
        const ExtraDetail detail{text(object, QLatin1String("name")), text(object, QLatin1String("reason"))};
        if (!detail.name.isEmpty() || !detail.reason.isEmpty())
            details.append(detail);
    }
    return details;
}

// ASP.NET's validation shape {"errors":{"Reference":["must match ..."]}}, used when extraDetails is absent.
QList<ExtraDetail> aspNetErrors(const QJsonValue &value)
{
    QList<ExtraDetail> details;
    const QJsonObject errors = value.toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const QJsonArray reasons = it.value().toArray();
        for (const QJsonValue &reason : reasons) {
            if (reason.isString())
                details.append(ExtraDetail{it.key(), reason.toString()});
        }
    }
    return details;
}

void readProblem(const QJsonObject &object, ApiError *error)
{
    error->type = text(object, QLatin1String("type"));
    error->title = text(object, QLatin1String("title"));
    error->detail = text(object, QLatin1String("detail"));
    error->instance = text(object, QLatin1String("instance"));
    error->traceId = text(object, QLatin1String("traceId"));
    error->extraDetails = extraDetails(object.value(QLatin1String("extraDetails")));
    if (error->extraDetails.isEmpty())
        error->extraDetails = aspNetErrors(object.value(QLatin1String("errors")));
}

void readApim(const QJsonObject &object, ApiError *error)
{
    error->message = object.value(QLatin1String("message")).toString();
    error->detail = error->message;
}

void readAzureAd(const QJsonObject &object, ApiError *error)
{
    error->title = text(object, QLatin1String("error"));
    error->detail = text(object, QLatin1String("error_description"));
    error->traceId = text(object, QLatin1String("trace_id"));
    const QString correlationId = text(object, QLatin1String("correlation_id"));
    if (!correlationId.isEmpty())
        error->extraDetails.append(ExtraDetail{QStringLiteral("correlation_id"), correlationId});
}

// The first characters of a body that is not JSON (an HTML error page, plain text), trimmed.
QString shortText(const QByteArray &body)
{
    QString result = QString::fromUtf8(body).trimmed();
    if (result.size() > kMaxTextDetail) {
        qsizetype cut = kMaxTextDetail;
        if (result.at(cut - 1).isHighSurrogate())
            --cut; // never split a surrogate pair
        result = result.left(cut).trimmed();
    }
    return result;
}

void readText(int status, const QByteArray &body, ApiError *error)
{
    const QByteArray reason = Http::Response::reasonPhrase(status);
    if (reason != "Status") // Http::Response's stand-in for codes it has no phrase for
        error->title = QString::fromLatin1(reason);
    error->detail = shortText(body);
}

} // namespace

ApiError fromResponse(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.status = status; // the answer's status wins over a "status" in the body
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    if (document.isObject() && isProblem(object))
        readProblem(object, &error);
    else if (document.isObject() && isApim(object))
        readApim(object, &error);
    else if (document.isObject() && isAzureAd(object))
        readAzureAd(object, &error);
    else
        readText(status, body, &error);
    return error;
}

} // namespace Api::ProblemDetails
