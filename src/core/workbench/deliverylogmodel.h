// SPDX-License-Identifier: MIT
// The built-in simulator's delivery attempts, newest last and bounded: when each was sent, the event, the URL, the
// attempt's number, its status or error, and when the next retry is due, or that none is (delivered, dropped
// after the last retry, or cancelled because the webhook was deleted). Filled from the simulator's thread through
// queued signals (Workbench::SimulatorService).
#pragma once

#include "sim/deliveryattempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace Workbench {

class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Event, Url, Attempt, Result, NextRetry, ColumnCount };
    enum Role {
        DeliveredRole = Qt::UserRole + 1, // bool: the attempt got a 2XX
    };

    static constexpr int DefaultCapacity = 1000;

    explicit DeliveryLogModel(QObject *parent = nullptr);

    void setCapacity(int capacity); // at least 1
    void append(const Sim::DeliveryAttempt &attempt);
    // The retry due after that attempt will not go out: the webhook was deleted (Sim::DeliveryEngine::cancel).
    void markCancelled(const QString &registrationId, const QString &eventType, int attempts);
    void clear();
    // Attempts shown that did not get a 2XX.
    int failedCount() const { return m_failed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failedCountChanged(int count);

private:
    struct Row
    {
        Sim::DeliveryAttempt attempt;
        bool cancelled = false;
    };

    static QString displayText(const Row &row, int column);
    static QString nextRetryText(const Row &row);
    static QString toolTip(const Row &row);
    void dropOldest(int count);
    void setFailed(int count);

    QList<Row> m_rows;
    int m_capacity = DefaultCapacity;
    int m_failed = 0;
};

} // namespace Workbench
