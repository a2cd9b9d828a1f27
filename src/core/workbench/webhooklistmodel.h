// SPDX-License-Identifier: MIT
// The webhook registrations of the active profile as the last list call returned them (docs/vipps-wire.md §3),
// with whether this app holds the secret that verifies each one's deliveries.
#pragma once

#include "api/webhooksapi.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Workbench {

class WebhookListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Url, Events, Id, Secret, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString, the registration's id
        SecretHeldRole,            // bool, this app holds the registration's secret
        EventTypesRole,            // QStringList, the event types as registered
    };
    // Answers whether this app holds the secret of the registration with that id.
    using SecretCheck = std::function<bool(const QString &webhookId)>;

    explicit WebhookListModel(QObject *parent = nullptr);

    void setSecretCheck(SecretCheck check); // also refreshes the Secret column
    void setWebhooks(const QList<Api::Webhook> &webhooks);
    const QList<Api::Webhook> &webhooks() const { return m_webhooks; }
    const Api::Webhook &webhookAt(int row) const { return m_webhooks.at(row); }
    int rowForId(const QString &id) const; // -1 when no row has it
    // Asks the secret check again for every row (after a secret was remembered or forgotten).
    void refreshSecretColumn();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One event type a line with its meaning: "epayments.payment.captured.v1: Amount captured, ...".
    static QString eventsToolTip(const QStringList &events);

private:
    bool holdsSecret(const QString &id) const;
    QVariant displayData(const Api::Webhook &webhook, int column) const;
    QVariant toolTipData(const Api::Webhook &webhook, int column) const;

    QList<Api::Webhook> m_webhooks;
    SecretCheck m_secretCheck;
};

} // namespace Workbench
