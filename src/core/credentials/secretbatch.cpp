// SPDX-License-Identifier: MIT
#include "credentials/secretbatch.h"

#include <QTimer>

#include <memory>

namespace Credentials {

namespace {

struct Batch : std::enable_shared_from_this<Batch>
{
    QPointer<SecretStore> store;
    QStringList pending;
    SecretBatch::Results results;
    SecretBatch::Done done;

    void next()
    {
        if (!store)
            return;
        if (pending.isEmpty()) {
            done(results);
            return;
        }
        const QString key = pending.takeFirst();
        auto self = shared_from_this();
        store->read(key, [self, key](const SecretResult &result) {
            self->results.insert(key, result);
            self->next();
        });
    }
};

} // namespace

void SecretBatch::read(SecretStore *store, const QStringList &keys, Done done)
{
    auto batch = std::make_shared<Batch>();
    batch->store = store;
    batch->pending = keys;
    batch->done = std::move(done);
    // Later from the event loop even when there is nothing to read, as every store answers.
    QTimer::singleShot(0, store, [batch] { batch->next(); });
}

} // namespace Credentials
