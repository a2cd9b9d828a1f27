// SPDX-License-Identifier: MIT
#include "cli/profilewebhooksecrets.h"

#include "cli/clicontext.h"
#include "credentials/profilestorage.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "sim/simulatorprofile.h"

#include <QStringList>

namespace Cli {

namespace {

const QString Command = QStringLiteral("listen");

struct Reader
{
    Credentials::ProfileStorage &storage;
    QString profile;
    QStringList pending;
    bool required; // a keychain that cannot be read stops `listen`; otherwise it is a warning
    Signature::SecretList *secrets;
    CliContext &context;
    int exitCode = ExitOk;

    void next();
    void answered(const QString &id, const Credentials::SecretResult &result);
    void unreadable(const Credentials::SecretResult &result);
    void stop(int code)
    {
        exitCode = code;
        QCoreApplication::quit();
    }
};

void Reader::next()
{
    if (pending.isEmpty()) {
        stop(ExitOk);
        return;
    }
    const QString id = pending.takeFirst();
    storage.secrets().read(Credentials::SecretStore::webhookSecretKey(profile, id),
                           [this, id](const Credentials::SecretResult &result) { answered(id, result); });
}

void Reader::answered(const QString &id, const Credentials::SecretResult &result)
{
    if (result.ok()) {
        secrets->append({id, result.value, QStringLiteral("webhook %1").arg(id)});
    } else if (result.status == Credentials::SecretResult::Status::NotFound) {
        context.err() << ProfileWebhookSecrets::tr("Warning: the keychain holds no secret for webhook %1 of profile "
                                                   "'%2'; deliveries for it will not verify.")
                             .arg(id, profile)
                      << '\n';
    } else {
        unreadable(result);
        return;
    }
    next();
}

void Reader::unreadable(const Credentials::SecretResult &result)
{
    const QString why = result.status == Credentials::SecretResult::Status::Unavailable
                            ? ProfileWebhookSecrets::tr("no keychain is available here")
                            : result.message;
    if (required) {
        stop(context.usageError(Command, ProfileWebhookSecrets::tr("cannot read the webhook secrets of profile '%1' "
                                                                   "(%2). Pass them with --webhook-id ID=SECRET.")
                                             .arg(profile, why)));
        return;
    }
    context.err() << ProfileWebhookSecrets::tr("Warning: cannot read the webhook secrets of profile '%1' (%2); "
                                               "pass them with --webhook-id ID=SECRET.")
                         .arg(profile, why)
                  << '\n';
    stop(ExitOk);
}

} // namespace

int ProfileWebhookSecrets::load(const QString &profile, Signature::SecretList *secrets, CliContext &context)
{
    Credentials::ProfileStorage storage;
    QString error;
    if (!storage.load(profile, &error))
        return context.usageError(Command, error);
    const QStringList ids = storage.profiles().webhookIds(profile);
    if (ids.isEmpty()) {
        context.err() << tr("Warning: profile '%1' holds no webhook secrets; 'vipps-hooks webhooks register "
                            "--profile %1' stores one.")
                             .arg(profile)
                      << '\n';
        context.err().flush();
        return ExitOk;
    }
    return read(storage, profile, ids, true, secrets, context);
}

int ProfileWebhookSecrets::loadDefault(Signature::SecretList *secrets, CliContext &context)
{
    Credentials::ProfileStorage storage;
    if (!Sim::SimulatorProfile::isOnlyChoice(storage.profiles()))
        return ExitOk;
    const QString profile = Sim::SimulatorProfile::name();
    const QStringList ids = storage.profiles().webhookIds(profile);
    QTextStream &err = context.err();
    if (ids.isEmpty()) {
        err << tr("No webhook secrets of profile '%1' yet: 'vipps-hooks webhooks register --url URL --event TYPE' "
                  "registers a webhook with the local simulator and stores its secret for listen.")
                   .arg(profile)
            << '\n';
        err.flush();
        return ExitOk;
    }
    err << tr("Verifying with the webhook secrets of profile '%1' (%n stored); --secret, --webhook-id or --profile "
              "choose others.",
              nullptr, int(ids.size()))
               .arg(profile)
        << '\n';
    return read(storage, profile, ids, false, secrets, context);
}

int ProfileWebhookSecrets::read(Credentials::ProfileStorage &storage, const QString &profile, const QStringList &ids,
                                bool required, Signature::SecretList *secrets, CliContext &context)
{
    Reader reader{storage, profile, ids, required, secrets, context};
    QMetaObject::invokeMethod(
        qApp, [&reader] { reader.next(); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    context.err().flush();
    return reader.exitCode;
}

} // namespace Cli
