// SPDX-License-Identifier: MIT
// The options that say where tunnel agents answer (`tunnel`, `listen --public-url auto`), and asking them while the
// command waits.
#pragma once

#include "tunnel/tunnelfinder.h"

class QCommandLineParser;

namespace Cli::TunnelOptions {

void add(QCommandLineParser &parser);
// The sources the options name; the agents' default addresses where they name none. False with a message for a URL
// that is not http(s).
bool load(const QCommandLineParser &parser, Tunnel::TunnelFinder::Sources *sources, QString *error);

struct Found
{
    Tunnel::PublicTunnels tunnels;
    QStringList notes;
};
// Asks every source and waits for the answers (each bounded by TunnelFinder::DeadlineMs).
Found lookup(const Tunnel::TunnelFinder::Sources &sources);

} // namespace Cli::TunnelOptions
