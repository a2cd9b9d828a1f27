// SPDX-License-Identifier: MIT
// A cloudflared quick tunnel's hostname, from its metrics server's `GET /quicktunnel` (docs/architecture.md §3
// "Public URL from a tunnel"). cloudflared does not say there which local address it forwards to.
#pragma once

#include "tunnel/publictunnel.h"

#include <QByteArray>

#include <optional>

namespace Tunnel::QuickTunnelAnswer {

// The tunnel of an answer `{"hostname":"words.trycloudflare.com"}`; none with error set when it is not that, and none
// with error empty when cloudflared runs without a quick tunnel (an empty hostname).
std::optional<PublicTunnel> parse(const QByteArray &json, QString *error);

} // namespace Tunnel::QuickTunnelAnswer
