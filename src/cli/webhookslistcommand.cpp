// SPDX-License-Identifier: MIT
#include "cli/webhookslistcommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/texttable.h"
#include "credentials/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString WebhooksListCommand::summary() const
{
    return tr("List the registered webhooks: id, URL and event types.");
}

Api::ApiRequest WebhooksListCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::WebhooksApi::listRequest();
}

void WebhooksListCommand::start(ApiSession &session)
{
    m_api.emplace(&session.client());
    m_api->list([&session](const QList<Api::Webhook> &webhooks, const Api::ApiError &error) {
        if (!error.ok()) {
            session.fail(error);
            return;
        }
        const QString profile = session.options().profile;
        const QStringList stored = profile.isEmpty() ? QStringList() : session.storage().profiles().webhookIds(profile);
        if (session.options().json)
            printJson(session.context().out(), webhooks, stored);
        else
            printText(session.context().out(), webhooks, stored);
        session.finish(ExitOk);
    });
}

void WebhooksListCommand::printText(QTextStream &out, const QList<Api::Webhook> &webhooks, const QStringList &stored)
{
    if (webhooks.isEmpty()) {
        out << tr("No webhooks are registered. Add one with 'vipps-hooks webhooks register --url URL --event TYPE'.")
            << '\n';
        return;
    }
    TextTable table({tr("ID"), tr("URL"), tr("EVENTS")});
    for (const Api::Webhook &webhook : webhooks) {
        const QString id =
            stored.contains(webhook.id) ? webhook.id + QLatin1Char(' ') + tr("(secret stored)") : webhook.id;
        table.addRow({id, webhook.url.toString(), webhook.events.join(QLatin1String(", "))});
    }
    out << table.toString();
}

void WebhooksListCommand::printJson(QTextStream &out, const QList<Api::Webhook> &webhooks, const QStringList &stored)
{
    QJsonArray items;
    for (const Api::Webhook &webhook : webhooks) {
        items.append(QJsonObject{{QStringLiteral("id"), webhook.id},
                                 {QStringLiteral("url"), webhook.url.toString()},
                                 {QStringLiteral("events"), QJsonArray::fromStringList(webhook.events)},
                                 {QStringLiteral("secretStored"), stored.contains(webhook.id)}});
    }
    ApiOutput::printJson(out, QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), items}}));
}

} // namespace Cli
