// SPDX-License-Identifier: MIT
// Dispatches `vipps-hooks COMMAND ...` to the command object.
#pragma once

#include "cli/commandlist.h"

namespace Cli {

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandRegistry)

public:
    CommandRegistry();
    // arguments as from QCoreApplication::arguments().
    int run(const QStringList &arguments, CliContext &context);

private:
    CommandList m_commands;
};

} // namespace Cli
