// SPDX-License-Identifier: MIT
// Where a profile's API calls go (docs/vipps-wire.md §1).
#pragma once

#include <QString>
#include <QUrl>

namespace Credentials {

enum class Environment {
    Simulator,  // the built-in local simulator
    Test,       // https://apitest.vipps.no (MT)
    Production, // https://api.vipps.no
    Custom,     // a base URL the user gives
};

// "simulator", "test", "production", "custom": the spelling in settings and on the command line.
QString environmentName(Environment environment);
bool environmentFromName(const QString &name, Environment *environment);
// The fixed base URL of Test and Production; empty for Simulator and Custom (they carry their own).
QUrl fixedBaseUrl(Environment environment);

} // namespace Credentials
