// SPDX-License-Identifier: MIT
// The command line of one `vipps-hooks` command (docs/architecture.md §6): its options and positional arguments,
// --help, usage errors and stray arguments, the same way for every command.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Cli {

class CliContext;

class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandParser)

public:
    // command: the words after "vipps-hooks" ("webhooks register"); description: the text under the usage line.
    CommandParser(const QString &command, const QString &description);

    // For adding the command's options before parse(), and reading them after.
    QCommandLineParser &options() { return m_parser; }
    const QCommandLineParser &options() const { return m_parser; }
    // A required positional argument, in order. missing: the usage error without it (default "missing NAME:
    // description").
    void addPositional(const QString &name, const QString &description, const QString &missing = QString());

    // arguments[0] is the command as typed. Returns the exit code when the command stops here (usage error,
    // --help printed), or nullopt when exactly the positional arguments declared were given.
    std::optional<int> parse(const QStringList &arguments, CliContext &context);
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // "Usage: vipps-hooks COMMAND [options] ARG...", the description, the options and the arguments.
    QString helpText() const;

private:
    struct Positional
    {
        QString name;
        QString missing;
    };

    std::optional<int> checkPositionals(CliContext &context) const;
    QString usageLine() const;

    QString m_command;
    QList<Positional> m_positionals;
    QCommandLineParser m_parser;
};

} // namespace Cli
