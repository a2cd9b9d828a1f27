// SPDX-License-Identifier: MIT
// The few fields of a delivery body that a one-line log shows (docs/vipps-wire.md §5, ePayment payload).
#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace Receiver {

struct EventSummary
{
    QString name;            // "AUTHORIZED", or the event type for other APIs when present
    QString reference;       // ePayment reference, agreement or charge id when present
    qint64 amountValue = -1; // minor units, -1 when absent
    QString currency;

    // Never throws; a body that is not JSON gives an empty summary.
    static EventSummary fromBody(const QByteArray &body);
    QString amountText(const QLocale &locale = QLocale::c()) const; // "499.00 NOK" or ""
};

} // namespace Receiver
