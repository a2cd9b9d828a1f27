// SPDX-License-Identifier: MIT
// A profile as a client configuration: the profile's fields with the flags over them, and the client secret
// and subscription key from the environment or else the keychain, read inside the event loop. When the
// simulator's public demo keys stand in is Credentials::SecretResolver's rule.
#pragma once

#include "api/clientconfig.h"
#include "credentials/profile.h"

#include <QCoreApplication>

#include <functional>

namespace Credentials {
class ProfileStorage;
struct ResolvedSecrets;
} // namespace Credentials

namespace Cli {

class ApiOptions;

class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ProfileResolver)

public:
    // error is empty on success; otherwise it says what is missing and which variable to set instead.
    using Done = std::function<void(const Api::ClientConfig &config, const QString &error)>;

    // storage must outlive the answer. It comes at once when the options leave nothing to read from the
    // keychain, else later from the event loop.
    static void resolve(Credentials::ProfileStorage &storage, const Credentials::Profile &profile,
                        const ApiOptions &options, Done done);

private:
    static QString apply(const Credentials::ResolvedSecrets &secrets, const QString &profile,
                         Api::ClientConfig *config);
};

} // namespace Cli
