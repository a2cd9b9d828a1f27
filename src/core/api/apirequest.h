// SPDX-License-Identifier: MIT
// One call to a Vipps API, before the common headers are added, and its outcome.
#pragma once

#include "api/apierror.h"
#include "http/header.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Api {

struct ApiRequest
{
    QString operation;         // for people: "Register webhook", "Create payment"
    QByteArray method;         // "GET", "POST", "DELETE"
    QString path;              // below the base URL, already percent-encoded: "/webhooks/v1/webhooks"
    QByteArray body;           // JSON, or empty
    Http::HeaderList headers;  // extra headers for this call (Content-Type is added when body is set)
    bool authenticated = true; // Bearer token, subscription key, MSN and Vipps-System-* are added
    bool msnRequired = true;   // false: MSN only when the profile has one (Webhooks API with partner keys)
    QString idempotencyKey;    // sent as Idempotency-Key when set; reused on every retry
    bool retryable = true;     // 429/5xx/network retries allowed (false for non-idempotent calls)
};

struct ApiResponse
{
    int status = 0;
    Http::HeaderList headers;
    QByteArray body;
    ApiError error;   // kind None on a 2xx
    int attempts = 0; // 1 when the first try answered
    qint64 elapsedMs = 0;

    bool ok() const { return error.ok(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace Api
