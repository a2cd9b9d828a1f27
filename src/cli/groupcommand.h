// SPDX-License-Identifier: MIT
// A command made of subcommands (`vipps-hooks webhooks list`): dispatches to them and lists them.
#pragma once

#include "cli/command.h"
#include "cli/commandlist.h"

namespace Cli {

class GroupCommand : public Command
{
public:
    int run(const QStringList &arguments, CliContext &context) override;

protected:
    // A subcommand's name() is the whole "group sub" pair, so its usage errors and --help name both words.
    void add(std::unique_ptr<Command> subcommand);

private:
    CommandList m_subcommands;
};

} // namespace Cli
