// SPDX-License-Identifier: MIT
#include "base/amounttext.h"

namespace Base {

QString amountText(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    // The magnitude as unsigned, so the most negative value has one too.
    const quint64 magnitude = minorUnits < 0 ? 0 - quint64(minorUnits) : quint64(minorUnits);
    const bool plain = locale.language() == QLocale::C;
    QString text;
    if (minorUnits < 0)
        text += plain ? QString(QLatin1Char('-')) : locale.negativeSign();
    text += plain ? QString::number(magnitude / 100) : locale.toString(magnitude / 100);
    text += plain ? QString(QLatin1Char('.')) : locale.decimalPoint();
    text += QLatin1Char(char('0' + magnitude % 100 / 10));
    text += QLatin1Char(char('0' + magnitude % 10));
    if (!currency.isEmpty()) {
        text += QLatin1Char(' ');
        text += currency;
    }
    return text;
}

} // namespace Base
