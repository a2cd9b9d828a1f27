// SPDX-License-Identifier: MIT
// Reads several secrets one after another (the keychain answers one request at a time) and answers once
// with every result, without blocking and without a nested event loop.
#pragma once

#include "credentials/secretstore.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Credentials {

class SecretBatch
{
public:
    using Results = QHash<QString, SecretResult>; // key → result
    using Done = std::function<void(const Results &results)>;

    // done is called later from the event loop, also for an empty list; never when the store is gone first.
    static void read(SecretStore *store, const QStringList &keys, Done done);
};

} // namespace Credentials
