// SPDX-License-Identifier: MIT
#include "credentials/storagelocations.h"

#include <QSettings>

namespace Credentials {

namespace {

const QString Folder = QStringLiteral("vipps-workbench");

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, Folder, file);
}

QString profilePrefix(const QString &profile)
{
    return QStringLiteral("profiles/") + profile + QLatin1Char('/');
}

} // namespace

QString StorageLocations::keychainService()
{
    return Folder;
}

std::unique_ptr<QSettings> StorageLocations::openProfileSettings()
{
    return openSettings(QStringLiteral("profiles"));
}

std::unique_ptr<QSettings> StorageLocations::openAppSettings()
{
    return openSettings(QStringLiteral("workbench"));
}

QString StorageLocations::clientSecretKey(const QString &profile)
{
    return profilePrefix(profile) + QStringLiteral("client_secret");
}

QString StorageLocations::subscriptionKeyKey(const QString &profile)
{
    return profilePrefix(profile) + QStringLiteral("subscription_key");
}

QString StorageLocations::webhookSecretKey(const QString &profile, const QString &webhookId)
{
    return profilePrefix(profile) + QStringLiteral("webhooks/") + webhookId;
}

QStringList StorageLocations::secretKeys(const QString &profile, const QStringList &webhookIds)
{
    QStringList keys{clientSecretKey(profile), subscriptionKeyKey(profile)};
    for (const QString &id : webhookIds)
        keys.append(webhookSecretKey(profile, id));
    return keys;
}

} // namespace Credentials
