// SPDX-License-Identifier: MIT
// The command line's profiles: non-secret fields in the settings file, secrets in the OS keychain, both where
// StorageLocations says (docs/architecture.md §5).
#pragma once

#include "credentials/profile.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QSettings;

namespace Credentials {

class ProfileStore;
class SecretStore;

class ProfileStorage
{
    Q_DECLARE_TR_FUNCTIONS(Credentials::ProfileStorage)

public:
    ProfileStorage();
    ~ProfileStorage();

    ProfileStore &profiles() { return *m_profiles; }
    // The keychain, opened on first use: commands that need no secret never touch it.
    SecretStore &secrets();

    // The named profile; nullopt with a message listing the known names when there is none.
    std::optional<Profile> load(const QString &name, QString *error) const;

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace Credentials
