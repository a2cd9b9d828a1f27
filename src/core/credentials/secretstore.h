// SPDX-License-Identifier: MIT
// Where secrets live: the OS keychain in the app, memory in tests or when no keychain exists.
// Asynchronous like the keychain itself; callbacks always arrive later from the event loop, never
// from inside the call.
#pragma once

#include "credentials/storagelocations.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Credentials {

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain service on this machine (e.g. no Secret Service on D-Bus)
        Denied,      // the user or the OS refused access
        Failed,      // anything else; message says what
    };
    Status status = Status::Ok;
    QByteArray value; // only for a successful read
    QString message;  // for the user; never contains a secret

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // True when secrets outlive this process.
    virtual bool isPersistent() const = 0;
    // True when the secrets are kept in memory, until the program quits, because the keychain this store stands
    // in for turned out to be missing (FallbackSecretStore); fallbackReason() is then the keychain's own words.
    virtual bool isMemoryFallback() const { return false; }
    virtual QString fallbackReason() const { return {}; }

    // The entries' names are StorageLocations'; these stay only until the command line's webhook commands
    // use StorageLocations too.
    static QString clientSecretKey(const QString &profile) { return StorageLocations::clientSecretKey(profile); }
    static QString subscriptionKeyKey(const QString &profile) { return StorageLocations::subscriptionKeyKey(profile); }
    static QString webhookSecretKey(const QString &profile, const QString &webhookId)
    {
        return StorageLocations::webhookSecretKey(profile, webhookId);
    }
};

} // namespace Credentials
