// SPDX-License-Identifier: MIT
#include "cli/profilewebhooksecrets.h"

#include "cli/clicontext.h"
#include "credentials/profilestorage.h"
#include "credentials/profilestore.h"
#include "credentials/secretresolver.h"
#include "sim/simulatorprofile.h"

#include <QStringList>

#include <optional>

namespace Cli {

namespace {

const QString Command = QStringLiteral("listen");

// What `listen` makes of the secrets read: a secret gone from the keychain is a warning, the first one that cannot
// be read at all ends the list.
struct Reader
{
    QString profile;
    bool required; // a keychain that cannot be read stops `listen`; otherwise it is a warning
    Signature::SecretList *secrets;
    QStringList *notices;
    CliContext &context;

    int take(const Credentials::ResolvedSecrets &resolved);
    int unreadable(const Credentials::ResolvedSecret &secret);
};

int Reader::take(const Credentials::ResolvedSecrets &resolved)
{
    for (const Credentials::ResolvedWebhookSecret &webhook : resolved.webhookSecrets) {
        const QString &id = webhook.webhookId;
        if (webhook.secret.found()) {
            secrets->append(Signature::Secret::ofWebhook(id, webhook.secret.value));
        } else if (webhook.secret.status == Credentials::SecretResult::Status::NotFound) {
            notices->append(ProfileWebhookSecrets::tr("Warning: the keychain holds no secret for webhook %1 of "
                                                      "profile '%2'; deliveries for it will not verify.")
                                .arg(id, profile));
        } else {
            return unreadable(webhook.secret);
        }
    }
    return ExitOk;
}

int Reader::unreadable(const Credentials::ResolvedSecret &secret)
{
    const QString why = secret.status == Credentials::SecretResult::Status::Unavailable
                            ? ProfileWebhookSecrets::tr("no keychain is available here")
                            : secret.message;
    if (required) {
        return context.usageError(Command, ProfileWebhookSecrets::tr("cannot read the webhook secrets of profile '%1' "
                                                                     "(%2). Pass them with --webhook-id ID=SECRET.")
                                               .arg(profile, why));
    }
    notices->append(ProfileWebhookSecrets::tr("Warning: cannot read the webhook secrets of profile '%1' (%2); "
                                              "pass them with --webhook-id ID=SECRET.")
                        .arg(profile, why));
    return ExitOk;
}

} // namespace

int ProfileWebhookSecrets::load(const QString &profile, Signature::SecretList *secrets, QStringList *notices,
                                CliContext &context)
{
    Credentials::ProfileStorage storage;
    QString error;
    const std::optional<Credentials::Profile> saved = storage.load(profile, &error);
    if (!saved)
        return context.usageError(Command, error);
    const QStringList ids = storage.profiles().webhookIds(profile);
    if (ids.isEmpty()) {
        notices->append(tr("Warning: profile '%1' holds no webhook secrets; 'vipps-hooks webhooks register "
                           "--profile %1' stores one.")
                            .arg(profile));
        return ExitOk;
    }
    return read(storage, *saved, ids, true, {secrets, notices}, context);
}

int ProfileWebhookSecrets::loadDefault(Signature::SecretList *secrets, QStringList *notices, CliContext &context)
{
    Credentials::ProfileStorage storage;
    if (!Sim::SimulatorProfile::isOnlyChoice(storage.profiles()))
        return ExitOk;
    const QString profile = Sim::SimulatorProfile::name();
    const QStringList ids = storage.profiles().webhookIds(profile);
    if (ids.isEmpty()) {
        notices->append(tr("No webhook secrets of profile '%1' yet: 'vipps-hooks webhooks register --url URL --event "
                           "TYPE' registers a webhook with the local simulator and stores its secret for listen.")
                            .arg(profile));
        return ExitOk;
    }
    notices->append(tr("Verifying with the webhook secrets of profile '%1' (%n stored); --secret, --webhook-id or "
                       "--profile choose others.",
                       nullptr, int(ids.size()))
                        .arg(profile));
    return read(storage, Sim::SimulatorProfile::defaultProfile(), ids, false, {secrets, notices}, context);
}

int ProfileWebhookSecrets::read(Credentials::ProfileStorage &storage, const Credentials::Profile &profile,
                                const QStringList &ids, bool required, Found found, CliContext &context)
{
    Reader reader{profile.name, required, found.secrets, found.notices, context};
    Credentials::SecretRequest request;
    request.clientSecret = false;
    request.subscriptionKey = false;
    request.webhookIds = ids;
    int exitCode = ExitOk;
    Credentials::SecretResolver::resolve(&storage.secrets(), profile, request,
                                         [&reader, &exitCode](const Credentials::ResolvedSecrets &resolved) {
                                             exitCode = reader.take(resolved);
                                             QCoreApplication::quit();
                                         });
    QCoreApplication::exec();
    context.err().flush();
    return exitCode;
}

} // namespace Cli
