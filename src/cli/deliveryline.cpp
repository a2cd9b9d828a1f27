// SPDX-License-Identifier: MIT
#include "cli/deliveryline.h"

#include "base/visibletext.h"
#include "receiver/eventsummary.h"
#include "receiver/webhookhandler.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli::DeliveryLine {

namespace {
constexpr char kGap[] = "  ";

// Text from the body, shown with its control characters escaped so it cannot draw on the terminal.
void appendOrDash(QByteArray &line, const QString &value)
{
    line += value.isEmpty() ? QByteArray("-") : Base::visibleText(value).toUtf8();
}

void appendPadded(QByteArray &line, const QString &value, qsizetype width)
{
    const qsizetype start = line.size();
    appendOrDash(line, value);
    const qsizetype written = line.size() - start;
    if (written < width)
        line.append(width - written, ' ');
}

void appendDigits(QByteArray &line, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    line.append(digits, width);
}

void appendTime(QByteArray &line, const QDateTime &receivedAt)
{
    const QTime time = receivedAt.toUTC().time();
    appendDigits(line, time.hour(), 2);
    line += ':';
    appendDigits(line, time.minute(), 2);
    line += ':';
    appendDigits(line, time.second(), 2);
    line += '.';
    appendDigits(line, time.msec(), 3);
}

void appendTail(QByteArray &line, const Journal::Entry &entry)
{
    line += kGap;
    line += entry.result.isEmpty() ? QByteArray("(not a delivery)") : entry.result.toUtf8();
    line += kGap;
    line += QByteArray::number(entry.status);
    if (entry.duplicate)
        line += "  duplicate";
    if (entry.result.isEmpty()) {
        line += kGap;
        line += Base::visibleUtf8(entry.method + ' ' + entry.target);
    } else if (entry.result != QLatin1String("valid")) {
        line += "\n    ";
        line += Base::visibleText(entry.reason).toUtf8();
    }
}
} // namespace

QByteArray text(const Receiver::Delivery &delivery)
{
    const Journal::Entry &entry = delivery.entry;
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(entry.body);
    QByteArray line;
    line.reserve(128);
    appendTime(line, entry.receivedAt);
    line += kGap;
    appendPadded(line, summary.name, 10);
    line += kGap;
    appendOrDash(line, summary.reference);
    if (summary.amountValue >= 0) {
        line += kGap;
        line += Base::visibleText(summary.amountText()).toUtf8();
    }
    appendTail(line, entry);
    return line;
}

QByteArray label(const Receiver::Delivery &delivery)
{
    const Journal::Entry &entry = delivery.entry;
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(entry.body);
    QByteArray line = '#' + QByteArray::number(entry.seq) + ' ';
    appendTime(line, entry.receivedAt);
    line += ' ';
    appendOrDash(line, summary.name);
    line += ' ';
    appendOrDash(line, summary.reference);
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
    return Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace Cli::DeliveryLine
