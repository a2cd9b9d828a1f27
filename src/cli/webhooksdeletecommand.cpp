// SPDX-License-Identifier: MIT
#include "cli/webhooksdeletecommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString WebhooksDeleteCommand::summary() const
{
    return tr("Delete a webhook registration (and its stored secret).");
}

QList<ApiCommand::Positional> WebhooksDeleteCommand::positionals() const
{
    return {{QStringLiteral("ID"), tr("The webhook's id, as 'vipps-hooks webhooks list' shows it.")}};
}

std::optional<int> WebhooksDeleteCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                                  CliContext &context)
{
    Q_UNUSED(parser)
    m_id = arguments.value(0).trimmed();
    if (m_id.isEmpty())
        return context.usageError(name(), tr("the webhook id must not be empty."));
    return std::nullopt;
}

Api::ApiRequest WebhooksDeleteCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::WebhooksApi::removeRequest(m_id);
}

void WebhooksDeleteCommand::start(ApiSession &session)
{
    m_api.emplace(&session.client());
    m_api->remove(m_id, [this, &session](const Api::ApiError &error) {
        if (error.ok())
            deleted(session);
        else
            session.fail(error);
    });
}

void WebhooksDeleteCommand::deleted(ApiSession &session)
{
    const QString profile = session.options().profile;
    if (profile.isEmpty() || !session.storage().profiles().webhookIds(profile).contains(m_id)) {
        report(session, false, QString());
        return;
    }
    forgetSecret(session);
}

void WebhooksDeleteCommand::forgetSecret(ApiSession &session)
{
    const QString profile = session.options().profile;
    const QString key = Credentials::SecretStore::webhookSecretKey(profile, m_id);
    session.storage().secrets().remove(key, [this, &session, profile](const Credentials::SecretResult &result) {
        using Status = Credentials::SecretResult::Status;
        if (result.status == Status::Unavailable) {
            report(session, false, tr("no keychain is available here."));
            return;
        }
        if (!result.ok() && result.status != Status::NotFound) {
            report(session, false, result.message);
            return;
        }
        session.storage().profiles().removeWebhookId(profile, m_id);
        report(session, true, QString());
    });
}

void WebhooksDeleteCommand::report(ApiSession &session, bool secretRemoved, const QString &problem)
{
    if (session.options().json) {
        ApiOutput::printJson(session.context().out(),
                             QJsonDocument(QJsonObject{{QStringLiteral("deleted"), m_id},
                                                       {QStringLiteral("secretRemoved"), secretRemoved}}));
    } else {
        session.context().out() << tr("Deleted webhook %1.").arg(m_id) << '\n';
        if (secretRemoved)
            session.context().out() << tr("Its secret is removed from the keychain.") << '\n';
    }
    if (!problem.isEmpty())
        session.context().err()
            << tr("Warning: the stored secret of %1 could not be removed from the keychain: %2").arg(m_id, problem)
            << '\n';
    session.finish(ExitOk);
}

} // namespace Cli
