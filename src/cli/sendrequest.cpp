// SPDX-License-Identifier: MIT
#include "cli/sendrequest.h"

#include "signature/scheme.h"
#include "sim/deliveryheaders.h"
#include "sim/paymentledger.h"

#include <QUuid>

namespace Cli {

SendRequest SendRequest::build(const SendConfig &config, const QDateTime &nowUtc)
{
    using Tamper = SendConfig::Tamper;
    SendRequest request;
    Sim::PaymentEvent event = paymentEvent(config, nowUtc);
    request.body = Sim::PaymentLedger::webhookPayload(config.msn, event);
    const QDateTime signedAt = config.tamper == Tamper::Date ? nowUtc.addSecs(-StaleDateSeconds) : nowUtc;
    request.headers = Sim::DeliveryHeaders::build(config.secret, config.to, config.webhookId, request.body, signedAt);
    switch (config.tamper) {
    case Tamper::Body: {
        // The same event with another amount: x-ms-content-sha256 and the signature no longer match it.
        const qint64 changed = config.amount.value + 1;
        event.amount.value = changed;
        request.body = Sim::PaymentLedger::webhookPayload(config.msn, event);
        request.tamperNote = tr("body: the amount was changed from %1 to %2 after signing, so the content hash "
                                "no longer matches")
                                 .arg(config.amount.value)
                                 .arg(changed);
        break;
    }
    case Tamper::Signature:
        corruptSignatures(request.headers);
        request.tamperNote = tr("signature: the signature in Authorization and X-Vipps-Authorization was corrupted");
        break;
    case Tamper::Date:
        request.tamperNote =
            tr("date: signed correctly, but with an x-ms-date %1 minutes old").arg(StaleDateSeconds / 60);
        break;
    case Tamper::None: break;
    }
    return request;
}

// docs/vipps-wire.md §5: a fresh pspReference per event, the time of the event, success true. The idempotencyKey may be
// absent (it is on CANCELLED); the simulator sends it only on events that a merchant call with a key causes.
Sim::PaymentEvent SendRequest::paymentEvent(const SendConfig &config, const QDateTime &nowUtc)
{
    static const QStringList withKey = {QStringLiteral("CREATED"), QStringLiteral("CAPTURED"),
                                        QStringLiteral("REFUNDED"), QStringLiteral("TERMINATED")};
    Sim::PaymentEvent event;
    event.reference = config.reference;
    event.pspReference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.name = config.eventName;
    event.amount = config.amount;
    event.timestamp = nowUtc;
    event.success = true;
    if (withKey.contains(config.eventName))
        event.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return event;
}

// Flips every bit of the first byte of the signature: still well-formed base64, never the right value.
void SendRequest::corruptSignatures(Http::HeaderList &headers)
{
    for (Http::Header &header : headers) {
        const QByteArray name = header.name.toLower();
        if (name != "authorization" && name != "x-vipps-authorization")
            continue;
        const QByteArray signature = Signature::Scheme::signatureFromAuthorization(header.value);
        QByteArray raw = QByteArray::fromBase64(signature);
        if (raw.isEmpty())
            continue;
        raw[0] = char(~raw.at(0));
        header.value = Signature::Scheme::authorizationValue(raw.toBase64());
    }
}

} // namespace Cli
