// SPDX-License-Identifier: MIT
// A tunnel that gives a local port a public HTTPS address, as its agent describes it (docs/architecture.md §3
// "Public URL from a tunnel").
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Tunnel {

struct PublicTunnel
{
    enum class Source { Ngrok, Cloudflared };

    Source source = Source::Ngrok;
    QUrl publicUrl;         // https://abc.ngrok.app: what Vipps is given, with the receiver's hook path added
    QString name;           // the agent's name for it; empty when it has none
    QString localAddress;   // where the agent forwards to, as it says it ("http://localhost:8780"); empty: not said
    int localPort = -1;     // that address's port; -1 when the agent does not say
    bool localHost = false; // that address is this machine (localhost, a loopback address or any-address)

    bool isHttps() const { return publicUrl.scheme() == QLatin1String("https"); }
    // "ngrok", "cloudflared": the program, not translated.
    static QString sourceName(Source source);

    friend bool operator==(const PublicTunnel &, const PublicTunnel &) = default;
};

using PublicTunnels = QList<PublicTunnel>;

} // namespace Tunnel

Q_DECLARE_METATYPE(Tunnel::PublicTunnel)
