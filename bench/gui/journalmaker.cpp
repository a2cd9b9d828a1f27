// SPDX-License-Identifier: MIT
// A journal of signed ePayment deliveries for the reload benchmark.
#include "journalmaker.h"

#include "journal/entry.h"
#include "journal/writer.h"
#include "sim/deliveryheaders.h"

#include <QDateTime>
#include <QUrl>
#include <QUuid>

namespace {

constexpr qint64 kSpacingMs = 50;
const QUrl kHookUrl(QStringLiteral("http://127.0.0.1:8780/hooks/vipps"));
const QString kWebhookId = QStringLiteral("3f6b2c1e-8d4a-4e7b-9c2f-1a5d7e9b0c43");

QByteArray uuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray isoTime(const QDateTime &utc)
{
    return utc.toString(Qt::ISODateWithMs).toLatin1();
}

// An ePayment AUTHORIZED event in the field order Vipps sends (docs/vipps-wire.md §5 "ePayment webhook payload").
QByteArray body(int index, const QDateTime &happened)
{
    return R"({"msn":"373370","reference":")" + JournalMaker::reference(index) + R"(","pspReference":")" + uuid() +
           R"(","name":"AUTHORIZED","amount":{"currency":"NOK","value":)" +
           QByteArray::number(1000 + index % 997 * 100) + R"(},"timestamp":")" + isoTime(happened) +
           R"(","idempotencyKey":")" + uuid() + R"(","success":true,"captureGuaranteedUntil":")" +
           isoTime(happened.addDays(7)) + R"("})";
}

// The request as the receiver journals it: the headers of docs/vipps-wire.md §5 "Request as received".
Journal::Entry delivery(int index, const QDateTime &receivedAt, const QByteArray &secret)
{
    Journal::Entry entry;
    entry.receivedAt = receivedAt;
    entry.remote = QStringLiteral("127.0.0.1:%1").arg(40000 + index % 20000);
    entry.method = QByteArrayLiteral("POST");
    entry.target = kHookUrl.path().toLatin1();
    entry.body = body(index, receivedAt.addMSecs(-400));
    entry.headers = Sim::DeliveryHeaders::build(secret, kHookUrl, kWebhookId, entry.body, receivedAt);
    entry.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(entry.body.size())});
    entry.headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("gzip")});
    entry.result = QStringLiteral("valid");
    entry.webhookId = kWebhookId;
    entry.status = 200;
    return entry;
}

} // namespace

bool JournalMaker::write(const QString &path, int count, const QByteArray &secret, QString *error)
{
    Journal::Writer writer;
    Journal::Options options;
    options.maxFileBytes = 0; // one file holds them all
    writer.setOptions(options);
    if (!writer.open(path, error))
        return false;
    const QDateTime first = QDateTime::currentDateTimeUtc().addMSecs(-kSpacingMs * count);
    for (int index = 0; index < count; ++index) {
        Journal::Entry entry = delivery(index, first.addMSecs(kSpacingMs * index), secret);
        if (!writer.append(&entry, error))
            return false;
    }
    writer.close();
    return true;
}

QByteArray JournalMaker::reference(int index)
{
    return "bench-order-" + QByteArray::number(index).rightJustified(10, '0');
}
