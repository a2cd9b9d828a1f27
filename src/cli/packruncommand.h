// SPDX-License-Identifier: MIT
// `vipps-hooks pack run FILE --to URL --secret S`: a test pack against your handler, a pass/fail line per step.
#pragma once

#include "cli/command.h"

namespace Cli {

class PackRunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("pack run"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
