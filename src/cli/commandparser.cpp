// SPDX-License-Identifier: MIT
// The parsing, help and usage errors shared by every `vipps-hooks` command.
#include "cli/commandparser.h"

#include "cli/clicontext.h"

namespace Cli {

namespace {

const QString HelpName = QStringLiteral("help");

} // namespace

CommandParser::CommandParser(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
}

void CommandParser::addPositional(const QString &name, const QString &description, const QString &missing)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append({name, missing.isEmpty() ? tr("missing %1: %2").arg(name, description) : missing});
}

std::optional<int> CommandParser::parse(const QStringList &arguments, CliContext &context)
{
    // Not addHelpOption(): its --help-all would be a second help that this parser does not answer.
    m_parser.addOption({{QStringLiteral("h"), HelpName}, tr("Displays help on commandline options.")});
    if (!m_parser.parse(arguments))
        return context.usageError(m_command, m_parser.errorText());
    if (m_parser.isSet(HelpName)) {
        context.out() << helpText();
        context.out().flush();
        return ExitOk;
    }
    return checkPositionals(context);
}

std::optional<int> CommandParser::checkPositionals(CliContext &context) const
{
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_positionals.size())
        return context.usageError(m_command, m_positionals.at(given.size()).missing);
    if (given.size() > m_positionals.size())
        return context.usageError(m_command, tr("unexpected argument '%1'.").arg(given.at(m_positionals.size())));
    return std::nullopt;
}

QString CommandParser::usageLine() const
{
    QString line = tr("Usage: vipps-hooks %1 [options]").arg(m_command);
    for (const Positional &positional : m_positionals)
        line += QLatin1Char(' ') + positional.name;
    return line;
}

QString CommandParser::helpText() const
{
    // Qt's help starts with a usage line naming the program as it was started (argv[0], often a path); the
    // description, options and arguments follow from the next line on.
    const QString qtHelp = m_parser.helpText();
    const qsizetype firstLineEnd = qtHelp.indexOf(QLatin1Char('\n'));
    return usageLine() + (firstLineEnd < 0 ? QStringLiteral("\n") : qtHelp.mid(firstLineEnd));
}

} // namespace Cli
