// SPDX-License-Identifier: MIT
#include "cli/groupcommand.h"

#include "cli/clicontext.h"

namespace Cli {

namespace {

QString lastWord(const QString &name)
{
    return name.section(QLatin1Char(' '), -1);
}

} // namespace

void GroupCommand::add(std::unique_ptr<Command> subcommand)
{
    m_subcommands.push_back(std::move(subcommand));
}

Command *GroupCommand::find(const QString &word) const
{
    for (const auto &subcommand : m_subcommands) {
        if (lastWord(subcommand->name()) == word)
            return subcommand.get();
    }
    return nullptr;
}

void GroupCommand::printOverview(QTextStream &stream) const
{
    stream << tr("Usage: vipps-hooks %1 SUBCOMMAND [options]").arg(name()) << "\n\n"
           << summary() << "\n\n"
           << tr("Subcommands:") << '\n';
    for (const auto &subcommand : m_subcommands)
        stream << "  " << lastWord(subcommand->name()).leftJustified(10) << subcommand->summary() << '\n';
    stream << '\n' << tr("Run 'vipps-hooks %1 SUBCOMMAND --help' for its options.").arg(name()) << '\n';
    stream.flush();
}

int GroupCommand::run(const QStringList &arguments, CliContext &context)
{
    const QString word = arguments.value(1);
    if (word.isEmpty() || word == QLatin1String("--help") || word == QLatin1String("-h") ||
        word == QLatin1String("help")) {
        printOverview(word.isEmpty() ? context.err() : context.out());
        return word.isEmpty() ? ExitUsage : ExitOk;
    }
    Command *subcommand = find(word);
    if (!subcommand) {
        context.err() << tr("vipps-hooks %1: unknown subcommand '%2'.").arg(name(), word) << '\n';
        printOverview(context.err());
        return ExitUsage;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("vipps-hooks ") + subcommand->name());
    return subcommand->run(rest, context);
}

} // namespace Cli
