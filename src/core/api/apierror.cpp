// SPDX-License-Identifier: MIT
#include "api/apierror.h"

#include "base/visibletext.h"
#include "http/response.h"

#include <QCoreApplication>

namespace Api {

namespace {

// "400 Bad Request": the body's title, else the standard reason phrase, else the bare status.
QString statusText(const ApiError &error)
{
    QString title = error.title;
    if (title.isEmpty()) {
        const QByteArray reason = Http::Response::reasonPhrase(error.status);
        if (reason != "Status") // Http::Response's stand-in for codes it has no phrase for
            title = QString::fromLatin1(reason);
    }
    const QString status = QString::number(error.status);
    return title.isEmpty() ? status : status + QLatin1Char(' ') + title;
}

// The text that explains an HTTP error: RFC 7807 detail, or Azure APIM's message (docs/vipps-wire.md §7).
QString httpDetail(const ApiError &error)
{
    return error.detail.isEmpty() ? error.message : error.detail;
}

QString joinedExtraDetails(const QList<ExtraDetail> &details)
{
    QStringList parts;
    for (const ExtraDetail &item : details)
        parts.append(item.name + QLatin1String(": ") + item.reason);
    return parts.join(QLatin1String("; "));
}

QString joinedFieldErrors(const Base::FieldErrors &errors)
{
    QStringList parts;
    for (const Base::FieldError &item : errors)
        parts.append(item.field + QLatin1String(": ") + item.message);
    return parts.join(QLatin1String("; "));
}

QString httpSummary(const ApiError &error)
{
    QString text = statusText(error);
    const QString detail = httpDetail(error).simplified();
    if (!detail.isEmpty())
        text += QLatin1String(": ") + detail;
    if (!error.extraDetails.isEmpty())
        text += QLatin1String(" (") + joinedExtraDetails(error.extraDetails).simplified() + QLatin1Char(')');
    return text;
}

QStringList httpLines(const ApiError &error)
{
    QStringList lines{QLatin1String("HTTP ") + statusText(error)};
    const QString detail = httpDetail(error);
    if (!detail.isEmpty())
        lines.append(QLatin1String("detail: ") + detail);
    for (const ExtraDetail &item : error.extraDetails)
        lines.append(QLatin1String("extraDetails: ") + item.name + QLatin1String(": ") + item.reason);
    if (!error.traceId.isEmpty())
        lines.append(QLatin1String("traceId: ") + error.traceId);
    return lines;
}

QStringList validationLines(const Base::FieldErrors &errors)
{
    QStringList lines;
    for (const Base::FieldError &item : errors)
        lines.append(item.field + QLatin1String(": ") + item.message);
    return lines;
}

QString secondsText(int ms)
{
    if (ms % 1000 == 0)
        return QCoreApplication::translate("Api::ApiError", "%1 s").arg(ms / 1000);
    return QCoreApplication::translate("Api::ApiError", "%1 ms").arg(ms);
}

QString summaryOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None: return QCoreApplication::translate("Api::ApiError", "no error");
    case ApiError::Kind::Validation:
        return QCoreApplication::translate("Api::ApiError", "invalid input: %1")
            .arg(joinedFieldErrors(error.fieldErrors));
    case ApiError::Kind::Network:
        return QCoreApplication::translate("Api::ApiError", "network error: %1").arg(error.message);
    case ApiError::Kind::Timeout: return error.message;
    case ApiError::Kind::Http: return httpSummary(error);
    case ApiError::Kind::MalformedResponse:
        return QCoreApplication::translate("Api::ApiError", "unexpected response (HTTP %1): %2")
            .arg(error.status)
            .arg(error.message);
    case ApiError::Kind::Configuration:
        return QCoreApplication::translate("Api::ApiError", "configuration error: %1").arg(error.message);
    case ApiError::Kind::Cancelled:
        return error.message.isEmpty() ? QCoreApplication::translate("Api::ApiError", "cancelled") : error.message;
    }
    return {};
}

} // namespace

QString ApiError::errorCode() const
{
    // Domain errors carry {"name":"ErrorCode","reason":"6080"} (docs/vipps-wire.md §7).
    for (const ExtraDetail &item : extraDetails) {
        if (item.name.compare(QLatin1String("ErrorCode"), Qt::CaseInsensitive) == 0)
            return item.reason.trimmed();
    }
    return {};
}

// The title, detail, extra details and trace id are the API's words, shown with their control characters
// escaped (docs/architecture.md §6).
QString ApiError::summary() const
{
    return Base::visibleText(summaryOf(*this));
}

QStringList ApiError::lines() const
{
    QStringList lines;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Http: lines = httpLines(*this); break;
    case Kind::Validation: lines = validationLines(fieldErrors); break;
    default: return {summary()};
    }
    for (QString &line : lines)
        line = Base::visibleText(line);
    return lines;
}

int ApiError::exitCode() const
{
    // docs/architecture.md §6: 1 the API answered an error, 2 usage error, 3 network error or timeout.
    switch (kind) {
    case Kind::None: return 0;
    case Kind::Http:
    case Kind::MalformedResponse: return 1;
    case Kind::Validation:
    case Kind::Configuration: return 2;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Cancelled: return 3;
    }
    return 1;
}

ApiError ApiError::network(const QString &message)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message = message;
    return error;
}

ApiError ApiError::timeout(int ms)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = QCoreApplication::translate("Api::ApiError", "timed out after %1").arg(secondsText(ms));
    return error;
}

ApiError ApiError::validation(const Base::FieldErrors &errors)
{
    ApiError error;
    error.kind = Kind::Validation;
    error.fieldErrors = errors;
    return error;
}

ApiError ApiError::configuration(const QString &message)
{
    ApiError error;
    error.kind = Kind::Configuration;
    error.message = message;
    return error;
}

ApiError ApiError::malformed(int status, const QString &message)
{
    ApiError error;
    error.kind = Kind::MalformedResponse;
    error.status = status;
    error.message = message;
    return error;
}

} // namespace Api
