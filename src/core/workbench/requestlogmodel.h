// SPDX-License-Identifier: MIT
// The outgoing request log: every API call the app made, newest last, bounded. Records carry no secret
// (Api::CallRecord's curl has $VIPPS_… placeholders), so the log can be copied and shown freely.
#pragma once

#include "api/apiclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Workbench {

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Operation, Method, Path, Status, Duration, Problem, ColumnCount };
    enum Role {
        OkRole = Qt::UserRole + 1, // bool: the call succeeded
        CurlRole,                  // QString: the call as a curl command, secrets as placeholders
        DetailRole,                // QString: every line of the error, empty on success
    };

    static constexpr int DefaultCapacity = 1000;

    explicit RequestLogModel(QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setCapacity(int capacity); // at least 1
    void append(const Api::CallRecord &record);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDateTime at;
        Api::CallRecord call;
    };

    static QString displayText(const Row &row, int column);
    void dropOldest(int count);

    QList<Row> m_rows;
    int m_capacity = DefaultCapacity;
    std::function<QDateTime()> m_clock;
};

} // namespace Workbench
