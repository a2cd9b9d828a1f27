// SPDX-License-Identifier: MIT
// The webhook secrets `vipps-hooks webhooks register` stored for a profile: the ids from the profile's settings,
// the values from the keychain, for `vipps-hooks listen --profile` (or plain `listen` on the simulator profile).
#pragma once

#include "signature/secret.h"

#include <QCoreApplication>
#include <QStringList>

namespace Credentials {
class ProfileStorage;
struct Profile;
} // namespace Credentials

namespace Cli {

class CliContext;

class ProfileWebhookSecrets
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ProfileWebhookSecrets)

public:
    // What was read, and the warnings and notes about it: nothing here stops `listen`, so `listen` shows the
    // notices once it listens, after any error that does stop it.
    struct Found
    {
        Signature::SecretList *secrets;
        QStringList *notices;
    };

    // Runs the event loop until every stored secret is read (Credentials::SecretResolver) and appends them to secrets.
    // A secret that is gone from the keychain is skipped with a notice; an unknown profile or an unusable keychain is
    // a usage error (printed, exit code returned).
    static int load(const QString &profile, Signature::SecretList *secrets, QStringList *notices, CliContext &context);
    // For `listen` given no secret at all: when the simulator profile is the only choice (no profile saved,
    // or only that one), appends its stored secrets and a notice saying so, or a notice that there are none yet and
    // how to register one. A keychain that cannot be read is a notice here, not an error. With other profiles
    // saved, does nothing.
    static int loadDefault(Signature::SecretList *secrets, QStringList *notices, CliContext &context);

private:
    static int read(Credentials::ProfileStorage &storage, const Credentials::Profile &profile, const QStringList &ids,
                    bool required, Found found, CliContext &context);
};

} // namespace Cli
