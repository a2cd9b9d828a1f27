// SPDX-License-Identifier: MIT
// The four keys the simulator accepts (docs/vipps-wire.md §1): the public demo keys unless configured.
#pragma once

#include "credentials/demokeys.h"

#include <QByteArray>
#include <QString>

namespace Sim {

struct SimCredentials
{
    QString clientId = Credentials::DemoKeys::clientId();
    QString clientSecret = Credentials::DemoKeys::clientSecret();       // secret once configured: never logged
    QString subscriptionKey = Credentials::DemoKeys::subscriptionKey(); // secret once configured: never logged
    QString merchantSerialNumber = Credentials::DemoKeys::merchantSerialNumber();

    // Constant-time comparisons of header values against the configured keys.
    bool isClientId(const QByteArray &value) const;
    bool isClientSecret(const QByteArray &value) const;
    bool isSubscriptionKey(const QByteArray &value) const;
    bool isMerchantSerialNumber(const QByteArray &value) const;
};

} // namespace Sim
