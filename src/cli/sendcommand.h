// SPDX-License-Identifier: MIT
// `vipps-hooks send EVENT --to URL --secret S`: one signed ePayment webhook to your handler, like `stripe trigger`.
#pragma once

#include "cli/command.h"

namespace Cli {

class SendCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
