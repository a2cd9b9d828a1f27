// SPDX-License-Identifier: MIT
// Which of the tunnels found gives this receiver's port its public URL, and if none, why not in words a user can act
// on (docs/architecture.md §3 "Public URL from a tunnel").
#pragma once

#include "tunnel/publictunnel.h"

#include <QMetaType>

#include <optional>

namespace Tunnel {

struct TunnelChoice
{
    std::optional<PublicTunnel> tunnel;
    QString note; // with a tunnel: a caveat (empty when none); without: why none, and how to start one. Translated.

    // An https ngrok tunnel to this machine's port, else the one cloudflared quick tunnel (cloudflared does not say
    // where it forwards), else none.
    static TunnelChoice forPort(const PublicTunnels &tunnels, quint16 port);
    // The commands that start a tunnel to port, for messages: "ngrok http 8780".
    static QString ngrokCommand(quint16 port);
    static QString cloudflaredCommand(quint16 port);
};

} // namespace Tunnel

Q_DECLARE_METATYPE(Tunnel::TunnelChoice)
