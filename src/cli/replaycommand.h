// SPDX-License-Identifier: MIT
// `vipps-hooks replay SEQ --to URL`: a journal entry sent again to your handler, as received, re-signed or edited.
#pragma once

#include "cli/command.h"

namespace Cli {

class ReplayCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("replay"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace Cli
