// SPDX-License-Identifier: MIT
// A secret store in memory that answers chosen calls with a chosen failure instead, for the error paths, and
// keeps a list of the calls it got.
#pragma once

#include "credentials/memorysecretstore.h"

#include <QList>
#include <QStringList>

class FaultySecretStore : public Credentials::MemorySecretStore
{
public:
    enum class Call { Read, Write, Remove };
    using Status = Credentials::SecretResult::Status;

    // From now on, calls of this kind on a key that starts with keyPrefix answer status and change nothing.
    void failOn(Call call, const QString &keyPrefix, Status status) { m_faults.append({call, keyPrefix, status}); }

    void read(const QString &key, Callback done) override
    {
        if (!answeredWithFault(Call::Read, key, done))
            MemorySecretStore::read(key, std::move(done));
    }
    void write(const QString &key, const QByteArray &value, Callback done) override
    {
        if (!answeredWithFault(Call::Write, key, done))
            MemorySecretStore::write(key, value, std::move(done));
    }
    void remove(const QString &key, Callback done) override
    {
        if (!answeredWithFault(Call::Remove, key, done))
            MemorySecretStore::remove(key, std::move(done));
    }

    QStringList calls; // "read KEY", "write KEY", "remove KEY", in the order made

private:
    struct Fault
    {
        Call call;
        QString keyPrefix;
        Status status;
    };

    bool answeredWithFault(Call call, const QString &key, Callback &done)
    {
        static const char *const names[] = {"read ", "write ", "remove "};
        calls.append(QLatin1String(names[int(call)]) + key);
        for (const Fault &fault : std::as_const(m_faults)) {
            if (fault.call != call || !key.startsWith(fault.keyPrefix))
                continue;
            Credentials::SecretResult result;
            result.status = fault.status;
            result.message = QStringLiteral("The test's keychain said no to %1.").arg(key);
            QMetaObject::invokeMethod(
                this,
                [done = std::move(done), result] {
                    if (done)
                        done(result);
                },
                Qt::QueuedConnection);
            return true;
        }
        return false;
    }

    QList<Fault> m_faults;
};
