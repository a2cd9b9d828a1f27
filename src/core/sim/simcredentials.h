// SPDX-License-Identifier: MIT
// The four keys the simulator accepts (docs/vipps-wire.md §1): obvious demo values unless configured.
#pragma once

#include <QByteArray>
#include <QString>

namespace Sim {

struct SimCredentials
{
    QString clientId = QStringLiteral("sim-client-id");
    QString clientSecret = QStringLiteral("sim-client-secret");       // secret: never logged
    QString subscriptionKey = QStringLiteral("sim-subscription-key"); // secret: never logged
    QString merchantSerialNumber = QStringLiteral("123456");

    // Constant-time comparisons of header values against the configured keys.
    bool isClientId(const QByteArray &value) const;
    bool isClientSecret(const QByteArray &value) const;
    bool isSubscriptionKey(const QByteArray &value) const;
    bool isMerchantSerialNumber(const QByteArray &value) const;
};

} // namespace Sim
