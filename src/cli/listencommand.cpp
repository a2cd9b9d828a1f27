// SPDX-License-Identifier: MIT
#include "cli/listencommand.h"

#include "base/visibletext.h"
#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/listenconfig.h"
#include "cli/listensession.h"
#include "cli/profilewebhooksecrets.h"
#include "cli/signalwatcher.h"
#include "cli/tunneloptions.h"
#include "tunnel/tunnelchoice.h"

#include <QCoreApplication>

namespace Cli {

namespace {

// --profile: that profile's webhook secrets. No secret source at all: the simulator profile's, when it is the
// only choice (ProfileWebhookSecrets::loadDefault).
int loadStoredSecrets(ListenConfig *config, CliContext &context)
{
    if (!config->profile.isEmpty())
        return ProfileWebhookSecrets::load(config->profile, &config->secrets, &config->secretNotices, context);
    if (!config->hasSecretSource())
        return ProfileWebhookSecrets::loadDefault(&config->secrets, &config->secretNotices, context);
    return ExitOk;
}

// --public-url auto: the tunnel serving the port gives it (docs/architecture.md §3 "Public URL from a tunnel"); none
// is a usage error, as a receiver behind no tunnel cannot be reached by Vipps.
int resolvePublicUrl(ListenConfig *config, CliContext &context)
{
    if (!config->publicUrlAuto)
        return ExitOk;
    const TunnelOptions::Found found = TunnelOptions::lookup(config->tunnelSources);
    const Tunnel::TunnelChoice choice = Tunnel::TunnelChoice::forPort(found.tunnels, config->port);
    if (!choice.tunnel) {
        context.err() << "vipps-hooks listen: " << choice.note << '\n';
        for (const QString &note : found.notes)
            context.err() << "  note: " << note << '\n';
        context.err().flush();
        return ExitUsage;
    }
    config->publicUrl = choice.tunnel->publicUrl;
    config->publicUrlNote = choice.note;
    config->publicUrlFrom = Tunnel::PublicTunnel::sourceName(choice.tunnel->source);
    if (!choice.tunnel->localAddress.isEmpty())
        config->publicUrlFrom += QStringLiteral(", to ") + Base::visibleText(choice.tunnel->localAddress);
    return ExitOk;
}

} // namespace

QString ListenCommand::summary() const
{
    return tr("Receive webhooks, verify each signature, journal it, print one line per request.");
}

int ListenCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Answers 200 to valid deliveries and 401 with the reason to the rest."));
    ListenConfig::addOptions(parser.options());
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    ListenConfig config;
    QString error;
    if (!config.load(parser.options(), &error))
        return context.usageError(name(), error);
    if (const int code = loadStoredSecrets(&config, context); code != ExitOk)
        return code;
    if (const int code = resolvePublicUrl(&config, context); code != ExitOk)
        return code;

    ListenSession session(config, context);
    if (const int code = session.start(); code != ExitOk)
        return code;
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    session.stop();
    return ExitOk;
}

} // namespace Cli
