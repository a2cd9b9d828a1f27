// SPDX-License-Identifier: MIT
// --profile NAME as a client configuration: the profile's fields with the flags over them, and the client
// secret and subscription key from the environment or else the keychain, read inside the event loop.
#pragma once

#include "api/clientconfig.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Credentials {
class ProfileStorage;
}

namespace Cli {

class ApiOptions;

class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ProfileResolver)

public:
    // error is empty on success; otherwise it says what is missing and which variable to set instead.
    using Done = std::function<void(const Api::ClientConfig &config, const QString &error)>;

    // storage must outlive the answer, which may come before this returns.
    static void resolve(Credentials::ProfileStorage &storage, const ApiOptions &options, Done done);

private:
    struct Wanted;
    struct State;
    static void readNext(Credentials::ProfileStorage &storage, std::shared_ptr<State> state);
};

} // namespace Cli
