// SPDX-License-Identifier: MIT
#include "sim/deliveryheaders.h"

#include "signature/signer.h"

namespace Sim {

const QByteArray DeliveryHeaders::ContentType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray DeliveryHeaders::UserAgent = QByteArrayLiteral("Vipps MobilePay/1.0 Webhooks/1.0");

Http::HeaderList DeliveryHeaders::build(const QByteArray &secret, const QUrl &url, const QString &webhookId,
                                        const QByteArray &body, const QDateTime &dateUtc)
{
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(secret, url, body, dateUtc);
    Http::HeaderList headers = signedHeaders.toHeaders();
    headers.append(Http::Header{QByteArrayLiteral("X-Vipps-Authorization"), signedHeaders.authorization});
    headers.append(Http::Header{QByteArrayLiteral("Webhook-Id"), webhookId.toUtf8()});
    headers.append(Http::Header{QByteArrayLiteral("Content-Type"), ContentType});
    headers.append(Http::Header{QByteArrayLiteral("User-Agent"), UserAgent});
    return headers;
}

} // namespace Sim
