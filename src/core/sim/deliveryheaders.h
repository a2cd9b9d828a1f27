// SPDX-License-Identifier: MIT
// The headers of one webhook delivery as observed on real ones (docs/vipps-wire.md §5 "Request as received"):
// Host, x-ms-date, x-ms-content-sha256, Authorization (the signature), X-Vipps-Authorization, Webhook-Id,
// Content-Type and User-Agent, in that order. Shared by the delivery engine and `vipps-hooks send`.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Sim {

struct DeliveryHeaders
{
    static const QByteArray ContentType; // "application/json; charset=utf-8"
    static const QByteArray UserAgent;   // "Vipps MobilePay/1.0 Webhooks/1.0"

    // Signed with secret for url at dateUtc; webhookId is the registration's id.
    static Http::HeaderList build(const QByteArray &secret, const QUrl &url, const QString &webhookId,
                                  const QByteArray &body, const QDateTime &dateUtc);
};

} // namespace Sim
