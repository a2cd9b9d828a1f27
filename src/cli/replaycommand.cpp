// SPDX-License-Identifier: MIT
#include "cli/replaycommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/replayconfig.h"
#include "cli/replayreport.h"
#include "cli/sendclient.h"
#include "cli/sendreport.h"

#include <QDateTime>

namespace Cli {

QString ReplayCommand::summary() const
{
    return tr("Send a journal entry again to your own handler: as received, re-signed, or with another body.");
}

int ReplayCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Exit status: 0 the handler answered 2xx, 1 another status, 2 usage error "
                                        "(also an unknown SEQ or no journal), 3 network error or timeout (10 s)."));
    ReplayConfig::addOptions(parser);
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    ReplayConfig config;
    QString error;
    if (!config.load(parser.options(), parser.positionalArguments().constFirst(), &error))
        return context.usageError(name(), error);
    const std::optional<Journal::Entry> entry = Events::Replay::find(config.journalPath, config.seq, &error);
    if (!entry)
        return context.usageError(name(), error);

    const Http::OutgoingRequest request =
        config.mode == Events::Replay::Mode::AsReceived
            ? Events::Replay::asReceived(*entry, config.to)
            : Events::Replay::resigned(*entry, config.to, config.secret, QDateTime::currentDateTimeUtc(), config.body);
    const ReplayReport report(config, *entry, request);
    if (!config.json)
        report.printTarget(context.out());
    const Http::PeerAnswer answer = SendClient::exchange(request, Http::BoundedReply::Bounds{});
    if (config.json)
        report.printJson(context.out(), answer);
    if (answer.status == 0) {
        report.printFailure(context.err(), answer);
        return ExitNetwork;
    }
    if (!config.json)
        SendReport::printAnswer(context.out(), answer); // as `send` prints it: "HTTP 200 OK in 12 ms"
    return answer.ok() ? ExitOk : ExitApiError;
}

} // namespace Cli
