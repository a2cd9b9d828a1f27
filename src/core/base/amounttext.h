// SPDX-License-Identifier: MIT
// An amount in minor units as people read it. NOK, DKK and EUR, the currencies of Vipps MobilePay, all have two
// minor digits (docs/vipps-wire.md §6 "Create request").
#pragma once

#include <QLocale>
#include <QString>

namespace Base {

// "499.00 NOK", "-0.05 EUR"; without a currency just "499.00". In another locale than C, its decimal point and
// digit grouping: "1 499,00 NOK" in Norwegian. The command line keeps C, so its output reads the same everywhere.
QString amountText(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale::c());

} // namespace Base
