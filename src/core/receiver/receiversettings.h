// SPDX-License-Identifier: MIT
// What a ReceiverHost is started with: where it listens, where it journals, its limits and checks.
#pragma once

#include "http/limits.h"
#include "journal/options.h"
#include "receiver/forwardroute.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace Receiver {

struct ReceiverSettings
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0;            // 0: any free port
    bool anyPortIfTaken = false; // the wished port is busy (a `vipps-hooks listen`, say): take a free one
    // Empty: no journal. The file's folder is created when it does not exist yet, whatever the path.
    QString journalPath;
    Journal::Options journalOptions; // rotation and --sync; defaults: docs/architecture.md §4 "Rotation"
    Http::Limits limits;             // defaults: docs/architecture.md §3 "Limits"
    int maxClockSkew = 300;          // seconds between x-ms-date and now; 0 = no check (docs/architecture.md §3)
    QUrl publicUrl; // a tunnel's URL, for the signed host and path (docs/architecture.md §3 "Host and path for the
                    // signed string")
    bool acceptAll = false; // answer 200 to every delivery, still recording the result
    // Empty: no forwarding; else each accepted delivery is passed on to the routes it matches, and the handlers'
    // answers are journaled (docs/architecture.md §3 "Forwarding").
    ForwardRoutes forwardTo;
    // Null: plain HTTP. Else every connection speaks TLS with this certificate and key (Http::TlsFiles;
    // docs/architecture.md §3 "HTTPS on the receiver").
    QSslConfiguration tls;
};

} // namespace Receiver
