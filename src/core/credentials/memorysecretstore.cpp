// SPDX-License-Identifier: MIT
#include "credentials/memorysecretstore.h"

namespace Credentials {
// Placeholder bodies, replaced by the real implementation.
void MemorySecretStore::read(const QString &, Callback) {}
void MemorySecretStore::write(const QString &, const QByteArray &, Callback) {}
void MemorySecretStore::remove(const QString &, Callback) {}
} // namespace Credentials
