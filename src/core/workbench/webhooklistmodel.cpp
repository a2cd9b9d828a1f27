// SPDX-License-Identifier: MIT
#include "workbench/webhooklistmodel.h"

#include "api/eventcatalog.h"
#include "base/visibletext.h"

#include <utility>

namespace Workbench {

WebhookListModel::WebhookListModel(QObject *parent) : QAbstractTableModel(parent) {}

void WebhookListModel::setSecretCheck(SecretCheck check)
{
    m_secretCheck = std::move(check);
    refreshSecretColumn();
}

void WebhookListModel::setWebhooks(const QList<Api::Webhook> &webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

int WebhookListModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_webhooks.size(); ++row) {
        if (m_webhooks.at(row).id == id)
            return row;
    }
    return -1;
}

void WebhookListModel::refreshSecretColumn()
{
    if (m_webhooks.isEmpty())
        return;
    emit dataChanged(index(0, Secret), index(rowCount() - 1, Secret));
}

int WebhookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Webhook &webhook = m_webhooks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(webhook, index.column());
    case Qt::ToolTipRole: return toolTipData(webhook, index.column());
    case IdRole: return webhook.id;
    case SecretHeldRole: return holdsSecret(webhook.id);
    case EventTypesRole: return webhook.events;
    default: return {};
    }
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Url: return tr("URL");
    case Events: return tr("Events");
    case Id: return tr("Id");
    case Secret: return tr("Secret");
    default: return {};
    }
}

QString WebhookListModel::eventsToolTip(const QStringList &events)
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    QStringList lines;
    for (const QString &event : events) {
        const Api::EventType *known = catalog.find(event);
        const QString meaning = known ? known->meaning : tr("not an event type this app knows");
        lines.append(tr("%1: %2").arg(Base::visibleText(event), meaning));
    }
    return lines.join(QLatin1Char('\n'));
}

bool WebhookListModel::holdsSecret(const QString &id) const
{
    return m_secretCheck && m_secretCheck(id);
}

// The URL, events and id are the API's answer: shown with their control characters escaped.
QVariant WebhookListModel::displayData(const Api::Webhook &webhook, int column) const
{
    switch (column) {
    case Url: return Base::visibleText(webhook.url.toDisplayString());
    case Events: return Base::visibleText(webhook.events.join(QLatin1String(", ")));
    case Id: return Base::visibleText(webhook.id);
    case Secret: return holdsSecret(webhook.id) ? tr("held by this app") : tr("not here");
    default: return {};
    }
}

QVariant WebhookListModel::toolTipData(const Api::Webhook &webhook, int column) const
{
    switch (column) {
    case Url: return Base::visibleText(webhook.url.toDisplayString());
    case Events: return eventsToolTip(webhook.events);
    case Id: return Base::visibleText(webhook.id);
    case Secret:
        return holdsSecret(webhook.id)
                   ? tr("This app holds the secret and verifies this webhook's deliveries with it.")
                   : tr("This app does not hold the secret: the webhook was registered elsewhere (another tool "
                        "or machine), and Vipps returns a secret only when registering. Its deliveries cannot be "
                        "verified here; delete it and register again to get a secret this app keeps.");
    default: return {};
    }
}

} // namespace Workbench
