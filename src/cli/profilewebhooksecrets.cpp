// SPDX-License-Identifier: MIT
#include "cli/profilewebhooksecrets.h"

#include "cli/clicontext.h"
#include "credentials/profilestorage.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QStringList>

#include <functional>

namespace Cli {

namespace {

const QString Command = QStringLiteral("listen");

struct Reader
{
    Credentials::ProfileStorage &storage;
    QString profile;
    QStringList pending;
    Signature::SecretList *secrets;
    CliContext &context;
    int exitCode = ExitOk;

    void next();
    void answered(const QString &id, const Credentials::SecretResult &result);
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
    using Status = Credentials::SecretResult::Status;
    if (result.ok()) {
        secrets->append({id, result.value, QStringLiteral("webhook %1").arg(id)});
    } else if (result.status == Status::NotFound) {
        context.err() << ProfileWebhookSecrets::tr("Warning: the keychain holds no secret for webhook %1 of profile "
                                                   "'%2'; deliveries for it will not verify.")
                             .arg(id, profile)
                      << '\n';
    } else {
        const QString why = result.status == Status::Unavailable
                                ? ProfileWebhookSecrets::tr("no keychain is available here")
                                : result.message;
        stop(context.usageError(Command, ProfileWebhookSecrets::tr("cannot read the webhook secrets of profile '%1' "
                                                                   "(%2). Pass them with --webhook-id ID=SECRET.")
                                             .arg(profile, why)));
        return;
    }
    next();
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
    Reader reader{storage, profile, ids, secrets, context};
    QMetaObject::invokeMethod(
        qApp, [&reader] { reader.next(); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    context.err().flush();
    return reader.exitCode;
}

} // namespace Cli
