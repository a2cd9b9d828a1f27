// SPDX-License-Identifier: MIT
#include "workbench/requestlogmodel.h"

#include "base/visibletext.h"

#include <algorithm>

namespace Workbench {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    dropOldest(int(m_rows.size()) - m_capacity);
}

void RequestLogModel::append(const Api::CallRecord &record)
{
    dropOldest(int(m_rows.size()) + 1 - m_capacity);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{m_clock(), record});
    endInsertRows();
}

void RequestLogModel::dropOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.remove(0, count);
    endRemoveRows();
}

void RequestLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::displayText(const Row &row, int column)
{
    const Api::CallRecord &call = row.call;
    switch (column) {
    case Time: return row.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case Operation: return call.operation;
    case Method: return QString::fromLatin1(call.method);
    case Path: return call.url.path(QUrl::FullyEncoded);
    case Status: return call.status > 0 ? QString::number(call.status) : QStringLiteral("–");
    case Duration: return tr("%1 ms").arg(call.elapsedMs);
    case Problem: return call.error.ok() ? QString() : call.error.summary();
    default: return {};
    }
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole: // an error's lines are escaped already (Api::ApiError::lines)
        return row.call.error.ok() ? Base::visibleText(row.call.url.toString())
                                   : row.call.error.lines().join(QLatin1Char('\n'));
    case OkRole: return row.call.error.ok();
    case CurlRole: return row.call.curl;
    case DetailRole: return row.call.error.ok() ? QString() : row.call.error.lines().join(QLatin1Char('\n'));
    default: return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Operation: return tr("Call");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Status: return tr("Status");
    case Duration: return tr("Time taken");
    case Problem: return tr("Problem");
    default: return {};
    }
}

} // namespace Workbench
