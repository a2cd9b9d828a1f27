// SPDX-License-Identifier: MIT
// Picking a command by its word, and the overview of the commands.
#include "cli/commandlist.h"

#include "cli/clicontext.h"

namespace Cli {

namespace {

// A subcommand's name() is the whole "group sub" pair; its word is the last.
QString lastWord(const QString &name)
{
    return name.section(QLatin1Char(' '), -1);
}

bool asksForHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("help");
}

} // namespace

void CommandList::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandList::find(const QString &word) const
{
    for (const auto &command : m_commands) {
        if (lastWord(command->name()) == word)
            return command.get();
    }
    return nullptr;
}

void CommandList::print(QTextStream &stream, const Overview &overview) const
{
    stream << overview.usage << "\n\n" << overview.summary << "\n\n" << overview.heading << '\n';
    for (const auto &command : m_commands)
        stream << "  " << lastWord(command->name()).leftJustified(10) << command->summary() << '\n';
    stream << '\n' << overview.hint << '\n';
    stream.flush();
}

int CommandList::run(const QStringList &arguments, CliContext &context, const Overview &overview) const
{
    const QString word = arguments.value(1);
    if (word.isEmpty() || asksForHelp(word)) {
        print(word.isEmpty() ? context.err() : context.out(), overview);
        return word.isEmpty() ? ExitUsage : ExitOk;
    }
    Command *command = find(word);
    if (!command) {
        context.err() << overview.unknown.arg(word) << '\n';
        print(context.err(), overview);
        return ExitUsage;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("vipps-hooks ") + command->name());
    return command->run(rest, context);
}

} // namespace Cli
