// SPDX-License-Identifier: MIT
// The simulator's public demo keys (docs/vipps-wire.md §1 names the four keys): what the built-in simulator
// accepts unless told otherwise, and what a Simulator-environment profile uses where it holds no key of its own.
#pragma once

#include <QString>

namespace Credentials {

// Public values, shown in the README and on the simulator's banner: not secrets, and never stored.
struct DemoKeys
{
    static QString clientId() { return QStringLiteral("sim-client-id"); }
    static QString clientSecret() { return QStringLiteral("sim-client-secret"); }
    static QString subscriptionKey() { return QStringLiteral("sim-subscription-key"); }
    static QString merchantSerialNumber() { return QStringLiteral("123456"); }
};

} // namespace Credentials
