// SPDX-License-Identifier: MIT
#include "cli/tunnelcommand.h"

#include "base/visibletext.h"
#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/tunneloptions.h"
#include "cli/wholenumber.h"
#include "tunnel/tunnelchoice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

constexpr quint16 kDefaultPort = 8780;

QJsonObject tunnelJson(const Tunnel::PublicTunnel &tunnel, bool serves)
{
    QJsonObject object;
    object.insert(QStringLiteral("source"), Tunnel::PublicTunnel::sourceName(tunnel.source));
    object.insert(QStringLiteral("publicUrl"), tunnel.publicUrl.toString());
    object.insert(QStringLiteral("name"), tunnel.name);
    object.insert(QStringLiteral("localAddress"), tunnel.localAddress);
    object.insert(QStringLiteral("localPort"), tunnel.localPort < 0 ? QJsonValue() : QJsonValue(tunnel.localPort));
    object.insert(QStringLiteral("servesPort"), serves);
    return object;
}

void printJson(QTextStream &out, const TunnelOptions::Found &found, const Tunnel::TunnelChoice &choice)
{
    QJsonArray tunnels;
    for (const Tunnel::PublicTunnel &tunnel : found.tunnels)
        tunnels.append(tunnelJson(tunnel, choice.tunnel == tunnel));
    QJsonObject object;
    object.insert(QStringLiteral("tunnels"), tunnels);
    object.insert(QStringLiteral("publicUrl"),
                  choice.tunnel ? QJsonValue(choice.tunnel->publicUrl.toString()) : QJsonValue());
    object.insert(QStringLiteral("note"), choice.note);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(found.notes));
    out << Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void printText(CliContext &context, const TunnelOptions::Found &found, const Tunnel::TunnelChoice &choice, quint16 port)
{
    QTextStream &out = context.out();
    for (const Tunnel::PublicTunnel &tunnel : found.tunnels) {
        out << Tunnel::PublicTunnel::sourceName(tunnel.source).leftJustified(12)
            << Base::visibleText(tunnel.publicUrl.toString()) << "  -> "
            << (tunnel.localAddress.isEmpty() ? QStringLiteral("(not said)") : Base::visibleText(tunnel.localAddress));
        if (choice.tunnel == tunnel)
            out << QStringLiteral("  (serves port %1)").arg(port);
        out << '\n';
    }
    out.flush();
    QTextStream &said = choice.tunnel ? out : context.err(); // why none is an error's message
    if (!choice.note.isEmpty())
        said << choice.note << '\n';
    for (const QString &note : found.notes)
        said << "note: " << note << '\n';
    said.flush();
}

} // namespace

QString TunnelCommand::summary() const
{
    return tr("List the public URLs of the tunnels running here (ngrok, cloudflared) and the one serving a port.");
}

int TunnelCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Exit status: 0 a tunnel serves the port, 2 none does (or a usage error)."));
    parser.options().addOptions({
        {QStringLiteral("port"), tr("The receiver's port the tunnel should serve (default %1).").arg(kDefaultPort),
         QStringLiteral("P")},
        {QStringLiteral("json"), tr("Print one JSON object.")},
    });
    TunnelOptions::add(parser.options());
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    const QCommandLineParser &options = parser.options();
    quint16 port = kDefaultPort;
    if (options.isSet(QStringLiteral("port"))) {
        const std::optional<qint64> number = WholeNumber::parse(options.value(QStringLiteral("port")), 1, 65535);
        if (!number)
            return context.usageError(name(), tr("--port must be a whole number from 1 to 65535."));
        port = quint16(*number);
    }
    Tunnel::TunnelFinder::Sources sources;
    QString error;
    if (!TunnelOptions::load(options, &sources, &error))
        return context.usageError(name(), error);

    const TunnelOptions::Found found = TunnelOptions::lookup(sources);
    const Tunnel::TunnelChoice choice = Tunnel::TunnelChoice::forPort(found.tunnels, port);
    if (options.isSet(QStringLiteral("json")))
        printJson(context.out(), found, choice);
    else
        printText(context, found, choice, port);
    context.out().flush();
    return choice.tunnel ? ExitOk : ExitUsage;
}

} // namespace Cli
