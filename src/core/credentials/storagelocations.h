// SPDX-License-Identifier: MIT
// Every place on disk and in the keychain where both programs keep what they remember, named once.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Credentials {

// Where vipps-workbench and vipps-hooks keep things (docs/architecture.md §5):
// - the folder "vipps-workbench" in the user's configuration directory (~/.config on Linux; XDG_CONFIG_HOME
//   moves it, as Qt honours it), holding two INI files that never hold a secret:
//   - profiles.ini: the profiles' non-secret fields and the ids of the webhooks whose secret is kept, shared by
//     both programs (ProfileStore);
//   - workbench.ini: the desktop app's own window layout, receiver port and language (Workbench::AppSettings);
// - the OS keychain, service "vipps-workbench", with one entry per secret (SecretStore):
//   "profiles/<profile>/client_secret", "profiles/<profile>/subscription_key" and
//   "profiles/<profile>/webhooks/<webhook id>".
class StorageLocations
{
public:
    static QString keychainService();
    static std::unique_ptr<QSettings> openProfileSettings();
    static std::unique_ptr<QSettings> openAppSettings();

    static QString clientSecretKey(const QString &profile);
    static QString subscriptionKeyKey(const QString &profile);
    static QString webhookSecretKey(const QString &profile, const QString &webhookId);
    // The client secret's, the subscription key's and each of these webhook secrets' entries, in that order.
    static QStringList secretKeys(const QString &profile, const QStringList &webhookIds);
};

} // namespace Credentials
