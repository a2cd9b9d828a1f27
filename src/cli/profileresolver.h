// SPDX-License-Identifier: MIT
// A profile as a client configuration: the profile's fields with the flags over them, and the client secret
// and subscription key from the environment or else the keychain, read inside the event loop. A simulator
// profile falls back on the simulator's public demo keys where the keychain has none.
#pragma once

#include "api/clientconfig.h"
#include "credentials/profile.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Credentials {
class ProfileStorage;
struct SecretResult;
} // namespace Credentials

namespace Cli {

class ApiOptions;

class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ProfileResolver)

public:
    // error is empty on success; otherwise it says what is missing and which variable to set instead.
    using Done = std::function<void(const Api::ClientConfig &config, const QString &error)>;

    // storage must outlive the answer, which may come before this returns.
    static void resolve(Credentials::ProfileStorage &storage, const Credentials::Profile &profile,
                        const ApiOptions &options, Done done);

private:
    struct Wanted;
    struct State;
    static void readNext(Credentials::ProfileStorage &storage, std::shared_ptr<State> state);
    static void answered(Credentials::ProfileStorage &storage, std::shared_ptr<State> state, const Wanted &wanted,
                         const Credentials::SecretResult &result);
};

} // namespace Cli
