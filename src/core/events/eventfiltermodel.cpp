// SPDX-License-Identifier: MIT
#include "events/eventfiltermodel.h"

#include "events/eventlogmodel.h"

namespace Events {

EventFilterModel::EventFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void EventFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<EventLogModel *>(model);
    Q_ASSERT(m_log || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textLower = trimmed.toLower().toUtf8();
    invalidateFilter();
}

void EventFilterModel::setResults(const QSet<Signature::Result> &results)
{
    if (results == m_results)
        return;
    m_results = results;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    const EventRow &row = m_log->row(sourceRow);
    if (!m_results.isEmpty() && !(row.verified && m_results.contains(row.result)))
        return false;
    return m_text.isEmpty() || matchesText(sourceRow);
}

bool EventFilterModel::matchesText(int sourceRow) const
{
    return m_log->row(sourceRow).searchText.contains(m_textLower);
}

} // namespace Events
