// SPDX-License-Identifier: MIT
#include "cli/commandregistry.h"

#include "cli/clicontext.h"
#include "cli/exportcommand.h"
#include "cli/listencommand.h"
#include "cli/packcommand.h"
#include "cli/paymentscommand.h"
#include "cli/replaycommand.h"
#include "cli/sendcommand.h"
#include "cli/simcommand.h"
#include "cli/tokencommand.h"
#include "cli/tunnelcommand.h"
#include "cli/verifycommand.h"
#include "cli/webhookscommand.h"

namespace Cli {

CommandRegistry::CommandRegistry()
{
    m_commands.add(std::make_unique<ListenCommand>());
    m_commands.add(std::make_unique<SimCommand>());
    m_commands.add(std::make_unique<VerifyCommand>());
    m_commands.add(std::make_unique<TokenCommand>());
    m_commands.add(std::make_unique<WebhooksCommand>());
    m_commands.add(std::make_unique<PaymentsCommand>());
    m_commands.add(std::make_unique<SendCommand>());
    m_commands.add(std::make_unique<ReplayCommand>());
    m_commands.add(std::make_unique<PackCommand>());
    m_commands.add(std::make_unique<ExportCommand>());
    m_commands.add(std::make_unique<TunnelCommand>());
}

int CommandRegistry::run(const QStringList &arguments, CliContext &context)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        context.out() << "vipps-hooks " << QCoreApplication::applicationVersion() << '\n';
        context.out().flush();
        return ExitOk;
    }
    const CommandList::Overview overview{
        tr("Usage: vipps-hooks COMMAND [options]"),
        tr("Receive, verify and explain Vipps MobilePay webhooks on your own machine."),
        tr("Commands:"),
        tr("Run 'vipps-hooks COMMAND --help' for the options of a command."),
        tr("vipps-hooks: unknown command '%1'."),
    };
    return m_commands.run(arguments, context, overview);
}

} // namespace Cli
