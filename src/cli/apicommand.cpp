// SPDX-License-Identifier: MIT
#include "cli/apicommand.h"

#include "api/apiclient.h"
#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/commandparser.h"

namespace Cli {

int ApiCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), description() + QLatin1String("\n\n") + ApiOptions::helpEpilog());
    ApiOptions::addOptions(parser.options());
    addOptions(parser.options());
    for (const Positional &positional : positionals())
        parser.addPositional(positional.name, positional.description);
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    ApiOptions options;
    QString error;
    if (!options.load(parser.options(), &error))
        return context.usageError(name(), error);
    if (const std::optional<int> stop = prepare(parser.options(), parser.positionalArguments(), context))
        return *stop;
    ApiSession session(name(), options, context);
    return session.exec(msnRule(), [this](ApiSession &ready) { startOrPrintCurl(ready); });
}

std::optional<int> ApiCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                       CliContext &context)
{
    Q_UNUSED(parser)
    Q_UNUSED(arguments)
    Q_UNUSED(context)
    return std::nullopt;
}

Base::FieldErrors ApiCommand::check(Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return {};
}

int ApiCommand::refuse(CliContext &context, const Base::FieldErrors &errors) const
{
    ApiOutput::printError(context.err(), name(), Api::ApiError::validation(errors));
    return ExitUsage;
}

void ApiCommand::startOrPrintCurl(ApiSession &session)
{
    const Base::FieldErrors errors = check(session.client());
    if (!errors.isEmpty()) {
        session.finish(refuse(session.context(), errors));
        return;
    }
    if (!session.options().curl) {
        start(session);
        return;
    }
    const Api::ApiRequest request = curlRequest(session.client());
    session.context().out() << session.client().curl(request, session.options().showSecrets) << '\n';
    if (request.authenticated)
        session.context().err() << tr("# Set VIPPS_ACCESS_TOKEN first: 'vipps-hooks token --show-token' prints one.")
                                << '\n';
    session.finish(ExitOk);
}

} // namespace Cli
