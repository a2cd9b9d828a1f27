// SPDX-License-Identifier: MIT
// `vipps-hooks sim`: runs the local Vipps simulator until SIGINT or SIGTERM, logging what happens.
#pragma once

#include "cli/command.h"

namespace Cli {

class SimCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sim"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
