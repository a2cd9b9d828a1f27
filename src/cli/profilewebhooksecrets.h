// SPDX-License-Identifier: MIT
// The webhook secrets `vipps-hooks webhooks register --profile` stored: the ids from the profile's settings,
// the values from the keychain, for `vipps-hooks listen --profile`.
#pragma once

#include "signature/secret.h"

#include <QCoreApplication>

namespace Cli {

class CliContext;

class ProfileWebhookSecrets
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ProfileWebhookSecrets)

public:
    // Runs the event loop until every stored secret is read and appends them to secrets. A secret that is
    // gone from the keychain is skipped with a warning; an unknown profile or an unusable keychain is a usage
    // error (printed, exit code returned).
    static int load(const QString &profile, Signature::SecretList *secrets, CliContext &context);
};

} // namespace Cli
