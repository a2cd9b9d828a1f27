// SPDX-License-Identifier: MIT
#include "tunnel/publictunnel.h"

namespace Tunnel {

QString PublicTunnel::sourceName(Source source)
{
    return source == Source::Ngrok ? QStringLiteral("ngrok") : QStringLiteral("cloudflared");
}

} // namespace Tunnel
