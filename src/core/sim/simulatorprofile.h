// SPDX-License-Identifier: MIT
// The profile both programs fall back on when the user has none yet: the local simulator at its default
// address with the demo credentials, so the quick start works with no keys and no network.
#pragma once

#include "credentials/profile.h"

#include <QString>

#include <optional>

namespace Credentials {
class ProfileStore;
}

namespace Sim {

struct SimCredentials;

class SimulatorProfile
{
public:
    static QString name(); // "simulator"
    // The simulator at 127.0.0.1:port with the demo client id and MSN.
    static Credentials::Profile profile(quint16 port);
    // Adds profile(SimulatorOptions::DefaultPort) when the store has no profile at all; true when it did.
    static bool ensureDefault(Credentials::ProfileStore &store);
    // For a Simulator-environment profile, the demo value of a secret the keychain does not hold
    // ("client secret" or "subscription key" keys of SecretStore); nullopt for any other profile or key.
    static std::optional<QString> demoSecret(const Credentials::Profile &profile, const QString &secretKey);
};

} // namespace Sim
