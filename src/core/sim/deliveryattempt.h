// SPDX-License-Identifier: MIT
// One delivery attempt of the simulator as its delivery engine reports it (docs/vipps-wire.md §5 "Delivery, retry
// and ordering"): when it was sent, to which registration and URL, which event of which payment, its number, how
// it ended, and when the next try is due.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Sim {

struct DeliveryAttempt
{
    QDateTime sentAt; // the attempt's x-ms-date
    QString registrationId;
    QUrl url;
    QString eventType;
    QString reference;     // the payment's; empty when the body has none
    int attempt = 0;       // 1 for the first try
    int status = 0;        // the HTTP status; 0 when there was no answer
    QString error;         // empty when delivered (a 2XX)
    QDateTime nextRetryAt; // when the next try goes out; invalid when delivered or when no retry is left

    bool delivered() const { return error.isEmpty(); }
    bool dropped() const { return !delivered() && !nextRetryAt.isValid(); }
};

} // namespace Sim

Q_DECLARE_METATYPE(Sim::DeliveryAttempt)
