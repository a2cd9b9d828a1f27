// SPDX-License-Identifier: MIT
#include "credentials/keychainsecretstore.h"

namespace Credentials {
// Placeholder bodies, replaced by the real implementation.
KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}
void KeychainSecretStore::read(const QString &, Callback) {}
void KeychainSecretStore::write(const QString &, const QByteArray &, Callback) {}
void KeychainSecretStore::remove(const QString &, Callback) {}
FallbackSecretStore::FallbackSecretStore(SecretStore *primary, SecretStore *memory, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_memory(memory)
{}
void FallbackSecretStore::read(const QString &, Callback) {}
void FallbackSecretStore::write(const QString &, const QByteArray &, Callback) {}
void FallbackSecretStore::remove(const QString &, Callback) {}
bool FallbackSecretStore::isPersistent() const
{
    return false;
}
} // namespace Credentials
