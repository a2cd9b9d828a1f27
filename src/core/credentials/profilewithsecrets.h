// SPDX-License-Identifier: MIT
// Renaming and deleting a profile together with its keychain entries (the client secret, the subscription key and
// every stored webhook secret), so that no entry stays behind under a name no profile has (docs/architecture.md §5).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Credentials {

class ProfileStore;
class SecretStore;

struct ProfileChange
{
    bool done = false; // the profile's settings were renamed or removed
    QString error;     // what did not happen, for the user; empty when everything did
};

class ProfileWithSecrets
{
    Q_DECLARE_TR_FUNCTIONS(Credentials::ProfileWithSecrets)

public:
    using Done = std::function<void(const ProfileChange &change)>;

    // Neither store is owned; both must outlive the answer. done is called once, later from the event loop, never
    // from inside the call and never when the secret store is gone first. The keychain is asked one request at a
    // time, without a nested event loop.

    // Reads the entries under from, writes them under to, renames the settings, then removes the old entries.
    // When a read or a write fails, nothing is renamed: the old name and its entries stay, a new entry already
    // written is removed again, and error says why. An absent entry (or no keychain at all) is simply not moved.
    static void rename(ProfileStore *profiles, SecretStore *secrets, const QString &from, const QString &to, Done done);
    // Removes the profile's entries, then its settings. When the keychain refuses, the profile stays, so that its
    // entries can still be found and the deletion tried again.
    static void remove(ProfileStore *profiles, SecretStore *secrets, const QString &name, Done done);
    // Writes the profile's client secret, then its subscription key; written(error) with an empty error once both
    // are stored, else the store's words for the first that was not.
    static void writeKeys(SecretStore *secrets, const QString &profile, const QByteArray &clientSecret,
                          const QByteArray &subscriptionKey, std::function<void(const QString &error)> written);
};

} // namespace Credentials
