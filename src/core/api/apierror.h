// SPDX-License-Identifier: MIT
// Everything that can go wrong with an API call, as one value (docs/vipps-wire.md §7).
#pragma once

#include "base/fielderror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Api {

struct ExtraDetail
{
    QString name;   // e.g. "reference", or "ErrorCode" for Vipps domain errors
    QString reason; // e.g. "The field Reference must match ...", or "6080"

    friend bool operator==(const ExtraDetail &, const ExtraDetail &) = default;
};

struct ApiError
{
    enum class Kind {
        None,              // no error
        Validation,        // refused before sending: fieldErrors says why
        Network,           // no HTTP answer (refused, DNS, TLS, reset); message says why
        Timeout,           // no complete answer in time
        Http,              // an HTTP error status; the problem fields are filled where the body had them
        MalformedResponse, // a 2xx whose body is not what the API documents
        Configuration,     // missing credentials or base URL; message says which
        Cancelled,
    };

    Kind kind = Kind::None;
    int status = 0; // HTTP status, 0 without an answer
    // RFC 7807 problem details as Vipps sends them, or Azure API Management's {statusCode, message}.
    QString type;
    QString title;
    QString detail;
    QString instance;
    QString traceId;
    QList<ExtraDetail> extraDetails;
    Base::FieldErrors fieldErrors; // Validation
    QString message;         // Network, Timeout, MalformedResponse, Configuration; APIM's "message"

    bool ok() const { return kind == Kind::None; }
    // "6080" when extraDetails has {"name":"ErrorCode"}, else empty (docs/vipps-wire.md §7: branch on status + code).
    QString errorCode() const;
    // One line: "400 Bad Request: See extraDetails (reference: must match ...)". What the API or the network
    // said is in it with its control characters escaped (Base::visibleText), as in lines().
    QString summary() const;
    // The CLI's lines: status and title, detail, each extra detail, trace id; or the field errors.
    QStringList lines() const;
    // docs/architecture.md §6 exit codes: 1 the API answered an error, 2 usage/validation, 3 network or timeout.
    int exitCode() const;

    static ApiError network(const QString &message);
    static ApiError timeout(int ms);
    static ApiError validation(const Base::FieldErrors &errors);
    static ApiError configuration(const QString &message);
    static ApiError malformed(int status, const QString &message);
};

namespace ProblemDetails {

// Parses an HTTP error answer: RFC 7807 (type, title, status, detail, instance, traceId, extraDetails;
// every field nullable), Azure APIM's {"statusCode":401,"message":"..."}, or anything else (kept as
// detail, shortened). status is the HTTP status of the answer and wins over the body's.
ApiError fromResponse(int status, const QByteArray &body);

} // namespace ProblemDetails

} // namespace Api
