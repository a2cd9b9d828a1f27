// SPDX-License-Identifier: MIT
#include "cli/sendcommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/sendclient.h"
#include "cli/sendconfig.h"
#include "cli/sendreport.h"
#include "cli/sendrequest.h"

namespace Cli {

QString SendCommand::summary() const
{
    return tr("Send a signed ePayment webhook to your own handler, like Vipps would.");
}

int SendCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(
        name(), summary() + QLatin1Char('\n') +
                    tr("The body and headers are those of a real delivery (signed with your secret for the --to URL).\n"
                       "Exit status: 0 the handler answered 2xx, 1 another status, 2 usage error, 3 network error or "
                       "timeout."));
    SendConfig::addOptions(parser);
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    SendConfig config;
    QString error;
    if (!config.load(parser.options(), parser.positionalArguments().constFirst(), &error))
        return context.usageError(name(), error);

    const SendRequest request = SendRequest::build(config, QDateTime::currentDateTimeUtc());
    const SendReport report(config, request);
    if (!config.json)
        report.printTarget(context.out());
    SendClient client(config.timeoutSeconds);
    const SendResult result = client.exec(config.to, request);
    if (config.json)
        report.printJson(context.out(), result);
    if (result.status == 0) {
        context.err() << "vipps-hooks send: " << report.failure(result) << '\n';
        context.err().flush();
        return ExitNetwork;
    }
    if (!config.json)
        report.printAnswer(context.out(), result);
    return result.ok() ? ExitOk : ExitApiError;
}

} // namespace Cli
