// SPDX-License-Identifier: MIT
#include "events/eventlogmodel.h"

#include "base/visibletext.h"
#include "journal/entrylookup.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Events {

namespace {

QString eventText(const EventRow &row)
{
    if (!row.summary.name.isEmpty())
        return Base::visibleText(row.summary.name);
    return row.requestLine; // not a delivery: what was asked for
}

QString handlerToolTip(const EventRow &row)
{
    QStringList lines;
    for (const HandlerAnswer &answer : row.handlerAnswers)
        lines.append(answer.lineText());
    return lines.join(QLatin1Char('\n'));
}

int handlerStatus(const HandlerAnswer &answer)
{
    return answer.answer.error.isEmpty() ? answer.answer.status : 0;
}

// Rows older than the newest KeptWhole drop their whole record when the journal can give it back. Each call
// releases the rows that `added` new ones have just pushed past that line, so a row is visited once.
template<typename Rows> void releaseWholeRecords(Rows *rows, qsizetype added)
{
    const qsizetype end = qsizetype(rows->size()) - EventLogModel::KeptWhole;
    for (qsizetype i = std::max<qsizetype>(0, end - added); i < end; ++i) {
        EventRow &row = (*rows)[i];
        if (row.journaled)
            row.whole.reset();
    }
}

} // namespace

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_rows.size()) > m_capacity)
        dropOldest(int(m_rows.size()) - m_capacity);
    if (m_waiting.size() > m_capacity) {
        m_dropped += m_waiting.size() - m_capacity;
        m_waiting.remove(0, m_waiting.size() - m_capacity);
    }
}

void EventLogModel::append(const EventRecord &record)
{
    append(QList<EventRecord>{record});
}

// docs/architecture.md §7 "The event log's memory": a row shares what other rows repeat, and keeps its record whole
// until KeptWhole newer rows have come.
EventRow EventLogModel::compact(const EventRecord &record)
{
    EventRow row = EventRow::of(record);
    shareTexts(&row);
    row.whole = std::make_shared<const EventRecord>(record);
    return row;
}

void EventLogModel::shareTexts(EventRow *row)
{
    row->shareTexts(&m_strings);
    if (row->searchText.isEmpty()) // the receiver's thread usually did it already
        row->searchText = searchTextOf(*row);
}

void EventLogModel::append(const QList<EventRecord> &records)
{
    if (records.isEmpty())
        return;
    QList<EventRow> rows;
    rows.reserve(records.size());
    for (const EventRecord &record : records)
        rows.append(compact(record));
    if (!m_paused) {
        insert(std::move(rows));
        return;
    }
    m_waiting.append(std::move(rows));
    if (m_waiting.size() > m_capacity) {
        m_dropped += m_waiting.size() - m_capacity;
        m_waiting.remove(0, m_waiting.size() - m_capacity);
    }
    releaseWholeRecords(&m_waiting, records.size());
}

// A live record the history read from the journal already holds (it was journaled while the history was being
// read) is not shown twice: after a restored row, a live one must have a larger seq.
void EventLogModel::insert(QList<EventRow> rows)
{
    if (!m_rows.empty() && m_rows.back().restored) {
        const qint64 last = m_rows.back().seq;
        rows.removeIf([last](const EventRow &row) { return row.seq <= last; });
        if (rows.isEmpty())
            return;
    }
    // Only the newest capacity rows of a batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, rows.size() - m_capacity);
    m_dropped += skip;
    const int incoming = int(rows.size() - skip);
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    // When full, make room for a while at once: views and filters pay per removal, not per row.
    if (overflow > 0)
        dropOldest(std::max(overflow, m_capacity / DropFraction));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    std::move(rows.begin() + skip, rows.end(), std::back_inserter(m_rows));
    endInsertRows();
    releaseWholeRecords(&m_rows, incoming);
    emit recordsAppended(incoming);
}

void EventLogModel::insertOlder(const QList<EventRow> &rows)
{
    const qint64 oldest = m_rows.empty() ? std::numeric_limits<qint64>::max() : m_rows.front().seq;
    const auto end = std::lower_bound(rows.cbegin(), rows.cend(), oldest,
                                      [](const EventRow &row, qint64 seq) { return row.seq < seq; });
    const qsizetype room = m_capacity - qsizetype(m_rows.size());
    const qsizetype count = std::min<qsizetype>(room, end - rows.cbegin());
    if (count <= 0)
        return;
    beginInsertRows({}, 0, int(count) - 1);
    m_rows.insert(m_rows.begin(), end - count, end);
    for (auto it = m_rows.begin(); it != m_rows.begin() + count; ++it) {
        if (it->searchText.isEmpty()) // JournalHistory made it, and shared what the rows repeat
            it->searchText = searchTextOf(*it);
    }
    endInsertRows();
}

void EventLogModel::dropOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
    m_dropped += count;
}

void EventLogModel::clear()
{
    m_waiting.clear();
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void EventLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && !m_waiting.isEmpty())
        insert(std::exchange(m_waiting, {}));
}

EventRecord EventLogModel::record(int row) const
{
    return m_rows.at(std::size_t(row)).record(m_journalPath);
}

QList<EventRecord> EventLogModel::records(const QList<int> &rows) const
{
    std::unique_ptr<Journal::EntryLookup> journal;
    if (!m_journalPath.isEmpty())
        journal = std::make_unique<Journal::EntryLookup>(m_journalPath);
    QList<EventRecord> records;
    records.reserve(rows.size());
    for (int row : rows)
        records.append(m_rows.at(std::size_t(row)).record(journal.get()));
    return records;
}

int EventLogModel::wholeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const EventRow &row) { return bool(row.whole); }));
}

QByteArray EventLogModel::searchTextOf(const EventRecord &record)
{
    return searchTextOf(EventRow::of(record));
}

QByteArray EventLogModel::searchTextOf(const EventRow &row)
{
    QString text = row.webhookId;
    for (int column = Event; column < ColumnCount; ++column) {
        text += QLatin1Char('\n');
        text += displayText(row, column);
    }
    return text.toLower().toUtf8();
}

int EventLogModel::rowForSeq(qint64 seq) const
{
    // Rows are in arrival order and seq only grows.
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                        [](const EventRow &row, qint64 value) { return row.seq < value; });
    if (found == m_rows.cend() || found->seq != seq)
        return -1;
    return int(found - m_rows.cbegin());
}

bool EventLogModel::addHandlerAnswer(const HandlerAnswer &answer)
{
    const qint64 seq = answer.answer.forwardOf;
    const int row = rowForSeq(seq);
    if (row >= 0) {
        EventRow &shown = m_rows[std::size_t(row)];
        shown.handlerAnswers.append(answer);
        shown.searchText = searchTextOf(shown);
        emit dataChanged(index(row, Handler), index(row, Handler));
        emit handlerAnswerAdded(row);
        return true;
    }
    const auto waiting =
        std::find_if(m_waiting.begin(), m_waiting.end(), [seq](const EventRow &row) { return row.seq == seq; });
    if (waiting == m_waiting.end())
        return false;
    waiting->handlerAnswers.append(answer);
    waiting->searchText = searchTextOf(*waiting);
    return true;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::displayText(const EventRow &row, int column)
{
    switch (column) {
    case Time: return row.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Event: return eventText(row);
    case Reference: return Base::visibleText(row.summary.reference);
    case Amount: return Base::visibleText(row.summary.amountText(QLocale()));
    case Result: return row.verified ? Signature::resultName(row.result) : QString();
    case Status: return QString::number(row.status);
    case Duplicate:
        return row.duplicate ? QCoreApplication::translate("Events::EventLogModel", "duplicate") : QString();
    case Handler: return row.handlerAnswers.isEmpty() ? QString() : row.handlerAnswers.last().shortText();
    default: return {};
    }
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &row = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole)
        return displayText(row, index.column());
    if (role == Qt::ToolTipRole && index.column() == Result)
        return Base::visibleText(row.reason.translated(), Base::LineBreaks::Kept);
    if (role == Qt::ToolTipRole && index.column() == Handler)
        return handlerToolTip(row);
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Status))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return roleData(row, role);
}

QVariant EventLogModel::roleData(const EventRow &row, int role) const
{
    switch (role) {
    case ResultRole: return row.verified ? int(row.result) : -1;
    case DuplicateRole: return row.duplicate;
    case SeqRole: return row.seq;
    case StatusRole: return row.status;
    case HandlerRole: return row.handlerAnswers.isEmpty() ? -1 : handlerStatus(row.handlerAnswers.last());
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Reference: return tr("Reference");
    case Amount: return tr("Amount");
    case Result: return tr("Verification");
    case Status: return tr("Status");
    case Duplicate: return tr("Duplicate");
    case Handler: return tr("Handler");
    default: return {};
    }
}

} // namespace Events
