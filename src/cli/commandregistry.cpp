// SPDX-License-Identifier: MIT
#include "cli/commandregistry.h"

#include "cli/clicontext.h"
#include "cli/listencommand.h"
#include "cli/paymentscommand.h"
#include "cli/sendcommand.h"
#include "cli/simcommand.h"
#include "cli/tokencommand.h"
#include "cli/verifycommand.h"
#include "cli/webhookscommand.h"

namespace Cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<ListenCommand>());
    m_commands.push_back(std::make_unique<SimCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<WebhooksCommand>());
    m_commands.push_back(std::make_unique<PaymentsCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandRegistry::printOverview(QTextStream &stream) const
{
    stream << tr("Usage: vipps-hooks COMMAND [options]") << "\n\n"
           << tr("Receive, verify and explain Vipps MobilePay webhooks on your own machine.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(10) << command->summary() << '\n';
    stream << '\n' << tr("Run 'vipps-hooks COMMAND --help' for the options of a command.") << '\n';
    stream.flush();
}

int CommandRegistry::run(const QStringList &arguments, CliContext &context)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printOverview(first.isEmpty() ? context.err() : context.out());
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out() << "vipps-hooks " << QCoreApplication::applicationVersion() << '\n';
        context.out().flush();
        return ExitOk;
    }
    Command *command = find(first);
    if (!command) {
        context.err() << tr("vipps-hooks: unknown command '%1'.").arg(first) << '\n';
        printOverview(context.err());
        return ExitUsage;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("vipps-hooks ") + first);
    return command->run(rest, context);
}

} // namespace Cli
