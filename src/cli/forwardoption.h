// SPDX-License-Identifier: MIT
// `listen --forward-to` (repeatable): URL for every accepted delivery, or EVENT-TYPE=URL for one event type
// (docs/architecture.md §3 "Forwarding", §6).
#pragma once

#include "receiver/forwardroute.h"

#include <QCoreApplication>
#include <QStringList>

namespace Cli {

class ForwardOption
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ForwardOption)

public:
    // The option's values as routes, in the order given. An event type is one of the catalog's
    // (docs/vipps-wire.md §4) or an ePayment event's name (CAPTURED), which becomes its type. False with a message
    // for the first value that is neither URL nor EVENT-TYPE=URL, or names an unknown type.
    static bool load(const QStringList &values, Receiver::ForwardRoutes *routes, QString *error);

private:
    static bool checkEventType(Receiver::ForwardRoute *route, QString *error);
};

} // namespace Cli
