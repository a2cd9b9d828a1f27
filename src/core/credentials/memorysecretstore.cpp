// SPDX-License-Identifier: MIT
#include "credentials/memorysecretstore.h"

#include <QCoreApplication>

namespace Credentials {

// The store changes at once; only the answer waits for the event loop, so calls stay in order.
void MemorySecretStore::read(const QString &key, Callback done)
{
    SecretResult result;
    const auto found = m_values.constFind(key);
    if (found == m_values.cend()) {
        result.status = SecretResult::Status::NotFound;
        result.message = QCoreApplication::translate("Credentials::MemorySecretStore",
                                                     "No secret is stored under this name for this run. Enter it "
                                                     "again.");
    } else {
        result.value = *found;
    }
    deliver(std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    m_values.insert(key, value);
    deliver(std::move(done), SecretResult());
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    SecretResult result;
    if (m_values.remove(key) == 0) {
        result.status = SecretResult::Status::NotFound;
        result.message = QCoreApplication::translate("Credentials::MemorySecretStore",
                                                     "No secret was stored under this name; nothing to remove.");
    }
    deliver(std::move(done), result);
}

void MemorySecretStore::deliver(Callback done, const SecretResult &result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

} // namespace Credentials
