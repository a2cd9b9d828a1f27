// SPDX-License-Identifier: MIT
#include "sim/simulatorprofile.h"

namespace Sim {

QString SimulatorProfile::name()
{
    return QStringLiteral("simulator");
}

Credentials::Profile SimulatorProfile::profile(quint16)
{
    return {};
}

bool SimulatorProfile::ensureDefault(Credentials::ProfileStore &)
{
    return false;
}

std::optional<QString> SimulatorProfile::demoSecret(const Credentials::Profile &, const QString &)
{
    return std::nullopt;
}

} // namespace Sim
