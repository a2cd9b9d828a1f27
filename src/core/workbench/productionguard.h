// SPDX-License-Identifier: MIT
// Every state-changing call on a production profile asks first (register, delete, create, approve, capture,
// refund, cancel), naming what it will do to real money or real webhooks. Other environments never ask.
#pragma once

#include "credentials/profile.h"

#include <QCoreApplication>

namespace Workbench {

class Confirmer;

class ProductionGuard
{
    Q_DECLARE_TR_FUNCTIONS(Workbench::ProductionGuard)

public:
    // The confirmer is not owned. Without one, production calls are refused: nobody could be asked.
    explicit ProductionGuard(Confirmer *confirmer) : m_confirmer(confirmer) {}

    // action is what the button said, e.g. "Capture 49.00 NOK of order-17".
    bool allows(const Credentials::Profile &profile, const QString &action) const;

private:
    Confirmer *m_confirmer;
};

} // namespace Workbench
