// SPDX-License-Identifier: MIT
#include "credentials/environment.h"

#include <array>
#include <utility>

namespace Credentials {

namespace {

using NamedEnvironment = std::pair<Environment, const char *>;

constexpr std::array<NamedEnvironment, 4> Names{{
    {Environment::Simulator, "simulator"},
    {Environment::Test, "test"},
    {Environment::Production, "production"},
    {Environment::Custom, "custom"},
}};

} // namespace

QString environmentName(Environment environment)
{
    for (const auto &[value, name] : Names) {
        if (value == environment)
            return QString::fromLatin1(name);
    }
    return QString();
}

bool environmentFromName(const QString &name, Environment *environment)
{
    for (const auto &[value, spelling] : Names) {
        if (name == QLatin1String(spelling)) {
            if (environment)
                *environment = value;
            return true;
        }
    }
    return false;
}

// docs/vipps-wire.md §1: the same hosts serve every API, market and brand.
QUrl fixedBaseUrl(Environment environment)
{
    switch (environment) {
    case Environment::Test: return QUrl(QStringLiteral("https://apitest.vipps.no"));
    case Environment::Production: return QUrl(QStringLiteral("https://api.vipps.no"));
    case Environment::Simulator:
    case Environment::Custom: break;
    }
    return QUrl();
}

} // namespace Credentials
