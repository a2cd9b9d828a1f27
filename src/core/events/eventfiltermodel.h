// SPDX-License-Identifier: MIT
// The event log as the user narrows it: a case-insensitive text match over the shown columns (all but the
// time) and the webhook id, and a set of verification results to keep.
#pragma once

#include "signature/verification.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace Events {

class EventLogModel;

class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(QObject *parent = nullptr);

    // The source must be an EventLogModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Empty: every result. Requests with no verification (e.g. a 405) show only when the set is empty.
    void setResults(const QSet<Signature::Result> &results);
    QSet<Signature::Result> results() const { return m_results; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(int sourceRow) const;

    EventLogModel *m_log = nullptr;
    QString m_text;
    QByteArray m_textLower; // UTF-8, as EventLogModel::searchTextOf: a match of bytes is a match of characters
    QSet<Signature::Result> m_results;
};

} // namespace Events
