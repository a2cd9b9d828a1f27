// SPDX-License-Identifier: MIT
// The profile both programs fall back on when the user has none yet: the local simulator at its default
// address with the demo credentials, so the quick start works with no keys and no network (its client secret and
// subscription key stand in at run time: Credentials::SecretResolver).
#pragma once

#include "credentials/profile.h"

#include <QString>

namespace Credentials {
class ProfileStore;
}

namespace Sim {

class SimulatorProfile
{
public:
    static QString name(); // "simulator"
    // The simulator at 127.0.0.1:port with the demo client id and MSN.
    static Credentials::Profile profile(quint16 port);
    // profile() at SimulatorOptions::DefaultPort, where `vipps-hooks sim` and the app serve it.
    static Credentials::Profile defaultProfile();
    // True when the store holds no profile, or only the one named name(): then nothing else could be meant
    // and the simulator is the one to use when the user names none.
    static bool isOnlyChoice(const Credentials::ProfileStore &store);
    // Adds defaultProfile() when the store has no profile at all; true when it did.
    static bool ensureDefault(Credentials::ProfileStore &store);
};

} // namespace Sim
