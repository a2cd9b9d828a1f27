// SPDX-License-Identifier: MIT
#include "workbench/deliverylogmodel.h"

#include "base/visibletext.h"

#include <algorithm>

namespace Workbench {

namespace {

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

DeliveryLogModel::DeliveryLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeliveryLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    dropOldest(int(m_rows.size()) - m_capacity);
}

void DeliveryLogModel::append(const Sim::DeliveryAttempt &attempt)
{
    dropOldest(int(m_rows.size()) + 1 - m_capacity);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{attempt, false});
    endInsertRows();
    if (!attempt.delivered())
        setFailed(m_failed + 1);
}

// The newest row of that delivery's last attempt is the one whose retry was still due.
void DeliveryLogModel::markCancelled(const QString &registrationId, const QString &eventType, int attempts)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        Row &entry = m_rows[row];
        const Sim::DeliveryAttempt &attempt = entry.attempt;
        if (attempt.registrationId != registrationId || attempt.eventType != eventType || attempt.attempt != attempts)
            continue;
        if (!attempt.nextRetryAt.isValid() || entry.cancelled)
            return;
        entry.cancelled = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

void DeliveryLogModel::dropOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    const int failed = int(std::count_if(m_rows.cbegin(), m_rows.cbegin() + count,
                                         [](const Row &row) { return !row.attempt.delivered(); }));
    beginRemoveRows({}, 0, count - 1);
    m_rows.remove(0, count);
    endRemoveRows();
    setFailed(m_failed - failed);
}

void DeliveryLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    setFailed(0);
}

void DeliveryLogModel::setFailed(int count)
{
    if (count == m_failed)
        return;
    m_failed = count;
    emit failedCountChanged(count);
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryLogModel::displayText(const Row &row, int column)
{
    const Sim::DeliveryAttempt &attempt = row.attempt;
    switch (column) {
    case Time: return timeText(attempt.sentAt);
    // The event type and URL are what a client registered, the error what the webhook's handler answered:
    // shown with their control characters escaped.
    case Event: return Base::visibleText(attempt.eventType);
    case Url: return Base::visibleText(attempt.url.toDisplayString());
    case Attempt: return QString::number(attempt.attempt);
    case Result: return attempt.delivered() ? QString::number(attempt.status) : Base::visibleText(attempt.error);
    case NextRetry: return nextRetryText(row);
    default: return {};
    }
}

// docs/vipps-wire.md §5: a failure is retried on a schedule, then dropped for good.
QString DeliveryLogModel::nextRetryText(const Row &row)
{
    const Sim::DeliveryAttempt &attempt = row.attempt;
    if (attempt.delivered())
        return QStringLiteral("–");
    if (row.cancelled)
        return tr("cancelled: the webhook was deleted");
    if (attempt.dropped())
        return attempt.attempt == 1 ? tr("none: dropped after 1 attempt")
                                    : tr("none: dropped after %n attempts", "", attempt.attempt);
    return timeText(attempt.nextRetryAt);
}

QString DeliveryLogModel::toolTip(const Row &row)
{
    const Sim::DeliveryAttempt &attempt = row.attempt;
    QStringList lines{tr("Webhook %1").arg(attempt.registrationId), attempt.url.toDisplayString()};
    if (!attempt.reference.isEmpty())
        lines.append(tr("Payment %1").arg(attempt.reference));
    if (attempt.delivered())
        lines.append(tr("Answered %1").arg(attempt.status));
    else
        lines << attempt.error << tr("Next retry: %1").arg(nextRetryText(row));
    for (QString &line : lines) // each line one line, as displayText() shows its parts
        line = Base::visibleText(line);
    return lines.join(QLatin1Char('\n'));
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole: return toolTip(row);
    case DeliveredRole: return row.attempt.delivered();
    default: return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == NextRetry) // docs/vipps-wire.md §5
        return tr("The simulator in this app retries a failed delivery on a short schedule, then drops it; Vipps "
                  "retries for days.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Sent");
    case Event: return tr("Event");
    case Url: return tr("URL");
    case Attempt: return tr("Attempt");
    case Result: return tr("Status or error");
    case NextRetry: return tr("Next retry");
    default: return {};
    }
}

} // namespace Workbench
