// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"

namespace Cli {

class ListenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("listen"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
