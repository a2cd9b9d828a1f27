// SPDX-License-Identifier: MIT
// The ngrok agent's list of tunnels (`GET /api/tunnels` on its local web address), read into PublicTunnels
// (docs/architecture.md §3 "Public URL from a tunnel").
#pragma once

#include "tunnel/publictunnel.h"

#include <QByteArray>

namespace Tunnel::NgrokAnswer {

// Tunnels of the answer, at most MaxTunnels; empty with error set when it is not the agent's list.
constexpr int MaxTunnels = 100;
PublicTunnels parse(const QByteArray &json, QString *error);

// The local address an agent names ("8780", "localhost:8780", "http://localhost:8780", "https://[::1]:8443") as
// port and whether it is this machine; port -1 when it names none that can be read.
struct LocalAddress
{
    int port = -1;
    bool localHost = false;
};
LocalAddress localAddress(const QString &addr);

} // namespace Tunnel::NgrokAnswer
