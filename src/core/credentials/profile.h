// SPDX-License-Identifier: MIT
// A named set of Vipps credentials and settings. Secrets are not in here: see SecretStore.
#pragma once

#include "base/fielderror.h"
#include "credentials/environment.h"

#include <QString>
#include <QUrl>

namespace Credentials {

// The four Vipps-System-* headers (docs/vipps-wire.md §1): at most 30 characters each.
struct SystemInfo
{
    QString name;          // Vipps-System-Name
    QString version;       // Vipps-System-Version
    QString pluginName;    // Vipps-System-Plugin-Name
    QString pluginVersion; // Vipps-System-Plugin-Version

    static constexpr int MaxLength = 30;
    // This program's name and version for all four.
    static SystemInfo defaults();
    friend bool operator==(const SystemInfo &, const SystemInfo &) = default;
};

// The Merchant-Serial-Number rule: 4 to 10 ASCII digits (docs/vipps-wire.md §1).
bool isMerchantSerialNumber(QStringView text);

struct Profile
{
    QString name;
    Environment environment = Environment::Simulator;
    QUrl baseUrl; // used for Simulator and Custom; Test/Production use fixedBaseUrl()
    QString clientId;
    QString merchantSerialNumber; // digits, 4 to 10 (docs/vipps-wire.md §1); optional in partner mode
    SystemInfo system = SystemInfo::defaults();
    bool partnerMode = false;

    QUrl effectiveBaseUrl() const;
    bool isProduction() const { return environment == Environment::Production; }
    // Every broken rule, with field names "name", "baseUrl", "clientId", "merchantSerialNumber",
    // "system.name", "system.version", "system.pluginName", "system.pluginVersion".
    Base::FieldErrors validate() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Credentials
