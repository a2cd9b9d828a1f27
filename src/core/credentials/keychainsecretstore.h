// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/secretstore.h"

#include <QList>

namespace Credentials {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to plain text: QtKeychain's insecure fallback is off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

// Uses the keychain while it works; after its first "unavailable" answer, keeps secrets in memory
// for the rest of the run and says so once through keychainUnavailable().
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    FallbackSecretStore(SecretStore *primary, SecretStore *memory, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override;
    bool isMemoryFallback() const override { return m_primaryUnavailable; }
    QString fallbackReason() const override { return m_unavailableMessage; }

signals:
    void keychainUnavailable(const QString &message);

private:
    using Operation = std::function<void(SecretStore *store, Callback done)>;

    void run(Operation operation, Callback done);
    void runOnPrimary(Operation operation, Callback done);
    void primaryAnswered(const Operation &operation, const Callback &done, const SecretResult &result);
    void switchToMemory(const QString &message);
    void runWaiting();

    SecretStore *m_primary;
    SecretStore *m_memory;
    bool m_primaryUnavailable = false;
    QString m_unavailableMessage;
    // Calls sent to the keychain and not answered yet. After a switch, new calls wait in m_waiting until
    // these are done, so answers keep the order of the calls.
    int m_primaryPending = 0;
    QList<std::function<void()>> m_waiting;
};

} // namespace Credentials
