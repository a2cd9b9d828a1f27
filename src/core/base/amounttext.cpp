// SPDX-License-Identifier: MIT
#include "base/amounttext.h"

namespace Base {

QString amountText(qint64 minorUnits, const QString &currency)
{
    // The magnitude as unsigned, so the most negative value has one too.
    const quint64 magnitude = minorUnits < 0 ? 0 - quint64(minorUnits) : quint64(minorUnits);
    QString text;
    if (minorUnits < 0)
        text += QLatin1Char('-');
    text += QString::number(magnitude / 100);
    text += QLatin1Char('.');
    text += QLatin1Char(char('0' + magnitude % 100 / 10));
    text += QLatin1Char(char('0' + magnitude % 10));
    if (!currency.isEmpty()) {
        text += QLatin1Char(' ');
        text += currency;
    }
    return text;
}

} // namespace Base
