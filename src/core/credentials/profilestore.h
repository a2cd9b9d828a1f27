// SPDX-License-Identifier: MIT
// Profiles' non-secret fields in QSettings. Secrets never go here (see SecretStore).
#pragma once

#include "credentials/profile.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace Credentials {

class ProfileStore
{
public:
    // The settings object is not owned; tests pass one backed by a temporary file.
    explicit ProfileStore(QSettings *settings);

    QStringList names() const; // sorted
    std::optional<Profile> load(const QString &name) const;
    // Validates first; on failure returns false with the field errors.
    bool save(const Profile &profile, Base::FieldErrors *errors = nullptr);
    // Only the settings: ProfileWithSecrets removes and renames a profile with its keychain entries.
    bool remove(const QString &name);
    bool rename(const QString &from, const QString &to);
    // Whether rename(from, to) would find from and a free, allowed name to; it can still fail to write.
    bool canRename(const QString &from, const QString &to) const;

    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // The ids of webhooks whose secret this program holds for a profile (the keychain cannot list).
    QStringList webhookIds(const QString &profile) const;
    void addWebhookId(const QString &profile, const QString &webhookId);
    void removeWebhookId(const QString &profile, const QString &webhookId);

    // Where the app forwards the deliveries it receives while this profile is in use: routes in the form of
    // `listen --forward-to` ("URL" or "EVENT-TYPE=URL"), checked by whoever sets them. Not part of Profile, so saving
    // a profile's fields keeps them; renaming and removing a profile take them along.
    QStringList forwardTo(const QString &profile) const;
    // An empty list stops forwarding. False when there is no such profile or the settings cannot be written.
    bool setForwardTo(const QString &profile, const QStringList &routes);

private:
    QSettings *m_settings;
};

} // namespace Credentials
