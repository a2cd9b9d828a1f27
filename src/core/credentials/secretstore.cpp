// SPDX-License-Identifier: MIT
#include "credentials/secretstore.h"

namespace Credentials {

namespace {

QString profilePrefix(const QString &profile)
{
    return QStringLiteral("profiles/") + profile + QLatin1Char('/');
}

} // namespace

QString SecretStore::clientSecretKey(const QString &profile)
{
    return profilePrefix(profile) + QStringLiteral("client_secret");
}

QString SecretStore::subscriptionKeyKey(const QString &profile)
{
    return profilePrefix(profile) + QStringLiteral("subscription_key");
}

QString SecretStore::webhookSecretKey(const QString &profile, const QString &webhookId)
{
    return profilePrefix(profile) + QStringLiteral("webhooks/") + webhookId;
}

} // namespace Credentials
