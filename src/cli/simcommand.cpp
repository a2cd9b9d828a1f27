// SPDX-License-Identifier: MIT
#include "cli/simcommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/signalwatcher.h"
#include "cli/simbanner.h"
#include "cli/simconfig.h"
#include "cli/simlog.h"
#include "sim/localsimulator.h"

#include <QCoreApplication>

namespace Cli {

QString SimCommand::summary() const
{
    return tr("Run a local Vipps simulator: token, Webhooks and ePayment APIs, signed webhook deliveries.");
}

int SimCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(
        name(),
        summary() + QLatin1Char('\n') +
            tr("Without credential flags it accepts fixed demo credentials and prints them. Runs until Ctrl+C.\n"
               "Exit status: 0 stopped, 2 usage error, 3 cannot listen (e.g. the port is in use)."));
    SimConfig::addOptions(parser.options());
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    SimConfig config;
    QString error;
    if (!config.load(parser.options(), &error))
        return context.usageError(name(), error);

    SignalWatcher signals_; // before anything is printed: a stop may follow the first line at once
    QObject::connect(&signals_, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    Sim::LocalSimulator simulator(config.options);
    SimLog log(&simulator, &context.out());
    if (!simulator.start(&error)) {
        context.err() << "vipps-hooks sim: " << error << '\n';
        context.err().flush();
        return ExitNetwork; // as `listen` does when it cannot listen
    }
    // Its log follows the traffic: from here on it never waits for whoever reads it (docs/architecture.md §6).
    context.queueOutput(false);
    SimBanner::print(context.out(), simulator, config);
    QCoreApplication::exec();
    simulator.stop();
    context.err() << tr("Stopped. %1 API calls, %2 payment events, %3 delivery attempts.")
                         .arg(log.calls())
                         .arg(log.events())
                         .arg(log.attempts())
                  << '\n';
    context.err().flush();
    return ExitOk;
}

} // namespace Cli
