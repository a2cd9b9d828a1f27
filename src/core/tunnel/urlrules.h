// SPDX-License-Identifier: MIT
// The rules Vipps sets for a webhook URL (docs/vipps-wire.md §3 "URL requirements") that can be checked without
// sending anything: HTTPS, a common port, an address reachable from the internet. The local simulator delivers
// anywhere, so for it (plain allowed) only a broken URL fails.
#pragma once

#include "tunnel/preflightreport.h"

#include <QHostAddress>
#include <QUrl>

namespace Tunnel::UrlRules {

// Ports Vipps is known to call: "to be safe use common ports such as 80, 443, 8080".
bool isCommonPort(int port);

PreflightCheck scheme(const QUrl &url, bool plainAllowed);
PreflightCheck port(const QUrl &url, bool plainAllowed);
// About where the host's addresses are: this machine or a private network cannot be reached by Vipps.
PreflightCheck addresses(const QString &host, const QList<QHostAddress> &addresses, bool plainAllowed);

} // namespace Tunnel::UrlRules
