// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/secretstore.h"

#include <QHash>

namespace Credentials {

// Secrets for this run only. Callbacks are delivered through the event loop, like the keychain's.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    void deliver(Callback done, const SecretResult &result);

    QHash<QString, QByteArray> m_values;
};

} // namespace Credentials
