// SPDX-License-Identifier: MIT
// Dispatches `vipps-hooks COMMAND ...` to the command object.
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace Cli {

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandRegistry)

public:
    CommandRegistry();
    ~CommandRegistry();
    // arguments as from QCoreApplication::arguments().
    int run(const QStringList &arguments, CliContext &context);

private:
    void printOverview(QTextStream &stream) const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Cli
