// SPDX-License-Identifier: MIT
#include "cli/deliveryline.h"

#include "receiver/eventsummary.h"
#include "receiver/webhookhandler.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli::DeliveryLine {

namespace {
const QLatin1String kGap("  ");

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

QString resultText(const Journal::Entry &entry)
{
    return entry.result.isEmpty() ? QStringLiteral("(not a delivery)") : entry.result;
}
} // namespace

QString text(const Receiver::Delivery &delivery)
{
    const Journal::Entry &entry = delivery.entry;
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(entry.body);
    const QTime time = entry.receivedAt.toUTC().time();
    QString line;
    line.reserve(128);
    line += QString::asprintf("%02d:%02d:%02d.%03d  ", time.hour(), time.minute(), time.second(), time.msec());
    line += orDash(summary.name).leftJustified(10);
    line += kGap;
    line += orDash(summary.reference);
    if (summary.amountValue >= 0) {
        line += kGap;
        line += summary.amountText();
    }
    line += kGap;
    line += resultText(entry);
    line += kGap;
    line += QString::number(entry.status);
    if (entry.duplicate)
        line += QLatin1String("  duplicate");
    if (entry.result.isEmpty())
        line += kGap + QString::fromLatin1(entry.method) + QLatin1Char(' ') + QString::fromUtf8(entry.target);
    else if (entry.result != QLatin1String("valid"))
        line += QLatin1String("\n    ") + entry.reason;
    return line;
}

QByteArray json(const Receiver::Delivery &delivery)
{
    const Journal::Entry &entry = delivery.entry;
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(entry.body);
    QJsonObject object;
    object.insert(QStringLiteral("seq"), entry.seq);
    object.insert(QStringLiteral("receivedAt"), entry.receivedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("remote"), entry.remote);
    object.insert(QStringLiteral("method"), QString::fromLatin1(entry.method));
    object.insert(QStringLiteral("target"), QString::fromUtf8(entry.target));
    object.insert(QStringLiteral("event"), summary.name);
    object.insert(QStringLiteral("reference"), summary.reference);
    object.insert(QStringLiteral("result"), entry.result);
    object.insert(QStringLiteral("reason"), entry.reason);
    object.insert(QStringLiteral("webhookId"), entry.webhookId);
    object.insert(QStringLiteral("duplicate"), entry.duplicate);
    object.insert(QStringLiteral("status"), entry.status);
    object.insert(QStringLiteral("journaled"), delivery.journaled);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Cli::DeliveryLine
