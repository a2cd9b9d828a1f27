// SPDX-License-Identifier: MIT
// Commands picked by one word, for `vipps-hooks COMMAND` and `vipps-hooks GROUP SUBCOMMAND`: the overview, help
// and unknown words in one place.
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

class QTextStream;

namespace Cli {

class CommandList
{
public:
    // What the overview says (each line through tr() by the owner).
    struct Overview
    {
        QString usage;   // "Usage: vipps-hooks COMMAND [options]"
        QString summary; // what the commands are for
        QString heading; // "Commands:"
        QString hint;    // where to read on
        QString unknown; // the message for a word that names no command, %1 standing for the word
    };

    void add(std::unique_ptr<Command> command);
    // arguments[1] picks the command, which runs with arguments[0] as "vipps-hooks NAME". No word prints the overview
    // as a usage error, "help", -h or --help print it as the answer, an unknown word is a usage error.
    int run(const QStringList &arguments, CliContext &context, const Overview &overview) const;

private:
    Command *find(const QString &word) const;
    void print(QTextStream &stream, const Overview &overview) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Cli
