// SPDX-License-Identifier: MIT
#include "workbench/productionguard.h"

#include "workbench/confirmer.h"

namespace Workbench {

bool ProductionGuard::allows(const Credentials::Profile &profile, const QString &action) const
{
    if (!profile.isProduction())
        return true;
    if (!m_confirmer)
        return false;
    const QString title = tr("Production: %1").arg(profile.name);
    const QString question = tr("%1\n\nThis calls the production API of Vipps MobilePay with real merchant keys. "
                                "Go on?")
                                 .arg(action);
    return m_confirmer->confirm(title, question);
}

} // namespace Workbench
