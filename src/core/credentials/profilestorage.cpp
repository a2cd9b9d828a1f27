// SPDX-License-Identifier: MIT
#include "credentials/profilestorage.h"

#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/storagelocations.h"

#include <QSettings>

namespace Credentials {

ProfileStorage::ProfileStorage()
    : m_settings(StorageLocations::openProfileSettings()), m_profiles(std::make_unique<ProfileStore>(m_settings.get()))
{}

ProfileStorage::~ProfileStorage() = default;

SecretStore &ProfileStorage::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(StorageLocations::keychainService());
    return *m_secrets;
}

std::optional<Profile> ProfileStorage::load(const QString &name, QString *error) const
{
    const QStringList known = m_profiles->names();
    if (!known.contains(name)) {
        *error = known.isEmpty()
                     ? tr("unknown profile '%1': no profile is saved yet (in %2). Create one in vipps-workbench, or "
                          "pass --base-url and the keys instead.")
                           .arg(name, m_settings->fileName())
                     : tr("unknown profile '%1'. Known profiles: %2.").arg(name, known.join(QLatin1String(", ")));
        return std::nullopt;
    }
    std::optional<Profile> profile = m_profiles->load(name);
    if (!profile)
        *error = tr("profile '%1' cannot be used: its environment setting is not one this program knows. Open it "
                    "in vipps-workbench and save it again.")
                     .arg(name);
    return profile;
}

} // namespace Credentials
