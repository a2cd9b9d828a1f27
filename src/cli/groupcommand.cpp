// SPDX-License-Identifier: MIT
#include "cli/groupcommand.h"

namespace Cli {

void GroupCommand::add(std::unique_ptr<Command> subcommand)
{
    m_subcommands.add(std::move(subcommand));
}

int GroupCommand::run(const QStringList &arguments, CliContext &context)
{
    const CommandList::Overview overview{
        tr("Usage: vipps-hooks %1 SUBCOMMAND [options]").arg(name()),
        summary(),
        tr("Subcommands:"),
        tr("Run 'vipps-hooks %1 SUBCOMMAND --help' for its options.").arg(name()),
        tr("vipps-hooks %1: unknown subcommand '%2'.").arg(name(), QStringLiteral("%1")),
    };
    return m_subcommands.run(arguments, context, overview);
}

} // namespace Cli
