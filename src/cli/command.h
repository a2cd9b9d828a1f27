// SPDX-License-Identifier: MIT
// One `vipps-hooks` command; each parses its command line with a CommandParser.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Cli {

class CliContext;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "vipps-hooks NAME"; returns the process exit code.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

} // namespace Cli
