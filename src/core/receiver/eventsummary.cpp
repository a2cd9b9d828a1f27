// SPDX-License-Identifier: MIT
#include "receiver/eventsummary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Receiver {

namespace {
QString firstString(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
    }
    return {};
}
} // namespace

EventSummary EventSummary::fromBody(const QByteArray &body)
{
    EventSummary summary;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return summary;
    const QJsonObject object = document.object();
    summary.name = firstString(object, {QLatin1String("name"), QLatin1String("eventType"), QLatin1String("type")});
    summary.reference =
        firstString(object, {QLatin1String("reference"), QLatin1String("agreementId"), QLatin1String("chargeId"),
                             QLatin1String("merchantQrId"), QLatin1String("auth_req_id")});
    const QJsonObject amount = object.value(QLatin1String("amount")).toObject();
    if (amount.value(QLatin1String("value")).isDouble()) {
        summary.amountValue = qint64(amount.value(QLatin1String("value")).toDouble());
        summary.currency = amount.value(QLatin1String("currency")).toString();
    }
    return summary;
}

QString EventSummary::amountText() const
{
    if (amountValue < 0)
        return {};
    // All three Vipps MobilePay currencies (NOK, DKK, EUR) have two minor digits.
    return QStringLiteral("%1.%2 %3")
        .arg(amountValue / 100)
        .arg(amountValue % 100, 2, 10, QLatin1Char('0'))
        .arg(currency);
}

} // namespace Receiver
