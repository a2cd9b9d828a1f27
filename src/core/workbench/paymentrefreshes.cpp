// SPDX-License-Identifier: MIT
#include "workbench/paymentrefreshes.h"

#include <QSet>

namespace Workbench {

void PaymentRefreshes::request(const QStringList &references)
{
    QSet<QString> seen;
    for (const QString &reference : references) {
        if (reference.isEmpty() || seen.contains(reference))
            continue;
        seen.insert(reference);
        if (const auto onItsWay = m_onTheirWay.find(reference); onItsWay != m_onTheirWay.end())
            *onItsWay = true;
        else
            start(reference);
    }
}

void PaymentRefreshes::start(const QString &reference)
{
    m_onTheirWay.insert(reference, false);
    m_fetch(reference, [this, reference] { finished(reference); });
}

void PaymentRefreshes::finished(const QString &reference)
{
    const auto onItsWay = m_onTheirWay.find(reference);
    if (onItsWay == m_onTheirWay.end())
        return;
    const bool again = *onItsWay;
    m_onTheirWay.erase(onItsWay);
    if (again)
        start(reference);
}

} // namespace Workbench
