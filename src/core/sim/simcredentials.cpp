// SPDX-License-Identifier: MIT
#include "sim/simcredentials.h"

#include "signature/scheme.h"

namespace Sim {

namespace {

// An empty configured key never matches: an absent header must not pass as an empty key.
bool matches(const QString &expected, const QByteArray &value)
{
    return !expected.isEmpty() && Signature::Scheme::equalConstantTime(expected.toUtf8(), value);
}

} // namespace

bool SimCredentials::isClientId(const QByteArray &value) const
{
    return matches(clientId, value);
}

bool SimCredentials::isClientSecret(const QByteArray &value) const
{
    return matches(clientSecret, value);
}

bool SimCredentials::isSubscriptionKey(const QByteArray &value) const
{
    return matches(subscriptionKey, value);
}

bool SimCredentials::isMerchantSerialNumber(const QByteArray &value) const
{
    return matches(merchantSerialNumber, value);
}

} // namespace Sim
