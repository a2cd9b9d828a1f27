// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

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

protected:
    // Parses the arguments. Returns an exit code when the command should stop here (usage error,
    // --help printed, stray positional argument), or nullopt to go on.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      CliContext &context) const;
};

} // namespace Cli
