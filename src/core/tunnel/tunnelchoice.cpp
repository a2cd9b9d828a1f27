// SPDX-License-Identifier: MIT
#include "tunnel/tunnelchoice.h"

#include "base/visibletext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tunnel {

namespace {

using Source = PublicTunnel::Source;

bool pointsAt(const PublicTunnel &tunnel, quint16 port)
{
    return tunnel.source == Source::Ngrok && tunnel.localHost && tunnel.localPort == port;
}

QString howToStart(quint16 port)
{
    return QCoreApplication::translate("Tunnel::TunnelChoice", "Start one with '%1' or '%2'.")
        .arg(TunnelChoice::ngrokCommand(port), TunnelChoice::cloudflaredCommand(port));
}

QString whyNone(const PublicTunnels &tunnels, quint16 port)
{
    const qsizetype quick = std::count_if(tunnels.cbegin(), tunnels.cend(), [](const PublicTunnel &tunnel) {
        return tunnel.source == Source::Cloudflared;
    });
    if (quick > 1)
        return QCoreApplication::translate("Tunnel::TunnelChoice",
                                           "%1 cloudflared quick tunnels run and cloudflared does not say which one "
                                           "forwards to port %2: give the public URL yourself.")
            .arg(quick)
            .arg(port);
    const auto plainToPort = std::find_if(tunnels.cbegin(), tunnels.cend(), [port](const PublicTunnel &tunnel) {
        return pointsAt(tunnel, port) && !tunnel.isHttps();
    });
    if (plainToPort != tunnels.cend())
        return QCoreApplication::translate("Tunnel::TunnelChoice",
                                           "ngrok's tunnel to port %1 is %2, not HTTPS, and Vipps calls only HTTPS "
                                           "addresses. %3")
            .arg(port)
            .arg(plainToPort->publicUrl.toString(), howToStart(port));
    const auto ngrok = std::find_if(tunnels.cbegin(), tunnels.cend(),
                                    [](const PublicTunnel &tunnel) { return tunnel.source == Source::Ngrok; });
    if (ngrok != tunnels.cend())
        return QCoreApplication::translate("Tunnel::TunnelChoice",
                                           "ngrok runs, but forwards %1 to %2, not to this receiver's port %3. %4")
            .arg(ngrok->publicUrl.toString(), Base::visibleText(ngrok->localAddress))
            .arg(port)
            .arg(howToStart(port));
    return QCoreApplication::translate("Tunnel::TunnelChoice", "No tunnel to port %1 was found. %2")
        .arg(port)
        .arg(howToStart(port));
}

} // namespace

TunnelChoice TunnelChoice::forPort(const PublicTunnels &tunnels, quint16 port)
{
    const auto ngrok = std::find_if(tunnels.cbegin(), tunnels.cend(), [port](const PublicTunnel &tunnel) {
        return pointsAt(tunnel, port) && tunnel.isHttps();
    });
    if (ngrok != tunnels.cend())
        return {*ngrok, {}};
    const qsizetype quick = std::count_if(tunnels.cbegin(), tunnels.cend(), [](const PublicTunnel &tunnel) {
        return tunnel.source == Source::Cloudflared;
    });
    if (quick == 1) {
        const auto found = std::find_if(tunnels.cbegin(), tunnels.cend(), [](const PublicTunnel &tunnel) {
            return tunnel.source == Source::Cloudflared;
        });
        return {*found, QCoreApplication::translate("Tunnel::TunnelChoice",
                                                    "cloudflared does not say where its quick tunnel forwards: it "
                                                    "should have been started with '%1'.")
                            .arg(cloudflaredCommand(port))};
    }
    return {std::nullopt, whyNone(tunnels, port)};
}

QString TunnelChoice::ngrokCommand(quint16 port)
{
    return QStringLiteral("ngrok http %1").arg(port);
}

QString TunnelChoice::cloudflaredCommand(quint16 port)
{
    return QStringLiteral("cloudflared tunnel --url http://localhost:%1").arg(port);
}

} // namespace Tunnel
