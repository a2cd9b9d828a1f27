// SPDX-License-Identifier: MIT
// Event records for the event log tests, built the way the receiver builds them.
#pragma once

#include "events/eventrecord.h"
#include "receiver/webhookhandler.h"

#include <QString>

namespace EventTest {

struct Spec
{
    qint64 seq = 1;
    QString name = QStringLiteral("AUTHORIZED");
    QString reference = QStringLiteral("order-0001");
    qint64 amount = 4900;
    Signature::Result result = Signature::Result::Valid;
    int status = 200;
    bool duplicate = false;
    QString webhookId = QStringLiteral("4c0f1f3e-0000-4000-8000-000000000001");
};

inline Events::EventRecord record(const Spec &spec)
{
    Receiver::Delivery delivery;
    delivery.entry.seq = spec.seq;
    delivery.entry.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC).addSecs(spec.seq);
    delivery.entry.remote = QStringLiteral("127.0.0.1:50000");
    delivery.entry.method = "POST";
    delivery.entry.target = "/hooks/vipps";
    delivery.entry.body = QStringLiteral("{\"msn\":\"123456\",\"reference\":\"%1\",\"name\":\"%2\","
                                         "\"amount\":{\"currency\":\"NOK\",\"value\":%3}}")
                              .arg(spec.reference, spec.name)
                              .arg(spec.amount)
                              .toUtf8();
    delivery.entry.result = Signature::resultName(spec.result);
    delivery.entry.status = spec.status;
    delivery.entry.duplicate = spec.duplicate;
    delivery.verification.result = spec.result;
    delivery.verification.reason = QStringLiteral("reason for %1").arg(spec.seq);
    delivery.verification.webhookId = spec.webhookId;
    return Events::EventRecord::fromDelivery(delivery);
}

inline Events::EventRecord withSeq(qint64 seq)
{
    Spec spec;
    spec.seq = seq;
    spec.reference = QStringLiteral("order-%1").arg(seq, 4, 10, QLatin1Char('0'));
    return record(spec);
}

// A request that was not a delivery (answered 405 before any verification).
inline Events::EventRecord notADelivery(qint64 seq)
{
    Receiver::Delivery delivery;
    delivery.entry.seq = seq;
    delivery.entry.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);
    delivery.entry.method = "GET";
    delivery.entry.target = "/hooks/vipps";
    delivery.entry.status = 405;
    return Events::EventRecord::fromDelivery(delivery);
}

} // namespace EventTest
