// SPDX-License-Identifier: MIT
// `vipps-hooks payments create|get|events|approve|capture|refund|cancel`.
#pragma once

#include "cli/groupcommand.h"

namespace Cli {

class PaymentsCommand : public GroupCommand
{
public:
    PaymentsCommand();
    QString name() const override { return QStringLiteral("payments"); }
    QString summary() const override;
};

} // namespace Cli
