// SPDX-License-Identifier: MIT
// The live event log: a bounded table of received requests, newest last. When full, the oldest rows go, a
// twentieth of the log at a time (docs/architecture.md §7: memory stays flat under a flood). Each row is kept
// compact (EventRow); only the newest KeptWhole are kept whole, the others are read back from the journal when asked
// for (docs/architecture.md §7 "The event log's memory"). Rows arrive in batches; while paused they wait in a buffer,
// which is bounded the same way. Meaning goes out through roles; colours are the view's business.
#pragma once

#include "events/eventrecord.h"
#include "events/eventrow.h"
#include "events/stringpool.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace Events {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Event, Reference, Amount, Result, Status, Duplicate, Handler, ColumnCount };
    enum Role {
        ResultRole = Qt::UserRole + 1, // Signature::Result as int; -1 for a request with no verification
        DuplicateRole,                 // bool
        SeqRole,                       // qint64, the journal's seq
        StatusRole,                    // int, the HTTP status answered
        HandlerRole, // int, the status of the handler's latest answer: 0 none came (failed), -1 never sent to one
    };

    static constexpr int DefaultCapacity = 100000;
    // A full log drops at least capacity / DropFraction of its oldest rows at a time.
    static constexpr int DropFraction = 20;
    // The newest rows keep their record whole, with the steps of the check made when it arrived.
    static constexpr int KeptWhole = 1000;

    explicit EventLogModel(QObject *parent = nullptr);

    void setCapacity(int capacity); // at least 1; drops the oldest rows when lowered
    // The journal the rows that are not kept whole are read back from.
    void setJournalPath(const QString &path) { m_journalPath = path; }
    int capacity() const { return m_capacity; }

    void append(const EventRecord &record);
    void append(const QList<EventRecord> &records);
    void clear(); // also empties the paused buffer
    // Events from before this run (oldest first), put above the rows there are: only those older than the oldest
    // row, and only as many as there is room for, the newest of them.
    void insertOlder(const QList<EventRow> &rows);

    // Paused: new records wait and the table stays still; resuming adds them in one batch.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int waitingCount() const { return int(m_waiting.size()); }
    // Records ever dropped because the log was full (the rows are still in the journal).
    qint64 droppedCount() const { return m_dropped; }

    const EventRow &row(int row) const { return m_rows.at(std::size_t(row)); }
    // The row's whole record: kept, or read back from the journal (EventRow::record).
    EventRecord record(int row) const;
    // The same for many rows, in the order given, reading the journal's files with one open each.
    QList<EventRecord> records(const QList<int> &rows) const;
    // How many rows hold their record whole (what the log's memory is mostly made of).
    int wholeCount() const;
    // The row holding seq, or -1.
    int rowForSeq(qint64 seq) const;
    // Adds a handler's answer to the event it names (answer.answer.forwardOf), shown or waiting while paused;
    // false when the log holds no such event (dropped, or not yet arrived).
    bool addHandlerAnswer(const HandlerAnswer &answer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text of one cell as shown; what came from the body or the request line with its control characters
    // escaped (Base::visibleText), so a cell is one line that says what arrived. Tooltips likewise.
    static QString displayText(const EventRow &row, int column);
    static QString displayText(const EventRecord &record, int column)
    {
        return displayText(EventRow::of(record), column);
    }
    // What the filter searches: every column but the time, and the webhook id, lower-cased, in UTF-8.
    static QByteArray searchTextOf(const EventRecord &record);
    static QByteArray searchTextOf(const EventRow &row);

signals:
    void recordsAppended(int count);
    // A shown row got another handler answer (addHandlerAnswer).
    void handlerAnswerAdded(int row);

private:
    EventRow compact(const EventRecord &record);
    void shareTexts(EventRow *row);
    void insert(QList<EventRow> rows);
    void dropOldest(int count);
    QVariant roleData(const EventRow &row, int role) const;

    // A deque: appending never moves the rows already there, and dropping the oldest is cheap (a QList
    // would now and then move 100 000 rows while the window waits).
    std::deque<EventRow> m_rows;
    QList<EventRow> m_waiting;
    QString m_journalPath;
    StringPool m_strings; // the few texts most rows share (event names, currencies, reasons) are kept once
    int m_capacity = DefaultCapacity;
    bool m_paused = false;
    qint64 m_dropped = 0;
};

} // namespace Events
