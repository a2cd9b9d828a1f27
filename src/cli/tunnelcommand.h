// SPDX-License-Identifier: MIT
// `vipps-hooks tunnel`: the public URLs of the tunnels running on this machine and which one serves the receiver.
#pragma once

#include "cli/command.h"

namespace Cli {

class TunnelCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("tunnel"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
