// SPDX-License-Identifier: MIT
#include "sim/simulatorprofile.h"

#include "credentials/profilestore.h"
#include "sim/localsimulator.h"
#include "sim/simcredentials.h"

namespace Sim {

QString SimulatorProfile::name()
{
    return QStringLiteral("simulator");
}

Credentials::Profile SimulatorProfile::profile(quint16 port)
{
    const SimCredentials demo;
    Credentials::Profile profile;
    profile.name = name();
    profile.environment = Credentials::Environment::Simulator;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    profile.clientId = demo.clientId;
    profile.merchantSerialNumber = demo.merchantSerialNumber;
    return profile;
}

Credentials::Profile SimulatorProfile::defaultProfile()
{
    return profile(SimulatorOptions::DefaultPort);
}

bool SimulatorProfile::isOnlyChoice(const Credentials::ProfileStore &store)
{
    const QStringList names = store.names();
    return names.isEmpty() || names == QStringList{name()};
}

bool SimulatorProfile::ensureDefault(Credentials::ProfileStore &store)
{
    if (!store.names().isEmpty())
        return false;
    return store.save(defaultProfile());
}

} // namespace Sim
