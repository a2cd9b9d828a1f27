// SPDX-License-Identifier: MIT
#include "cli/command.h"

#include "cli/clicontext.h"

#include <QCommandLineParser>

namespace Cli {

std::optional<int> Command::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                           CliContext &context) const
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.usageError(name(), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            name(), QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace Cli
