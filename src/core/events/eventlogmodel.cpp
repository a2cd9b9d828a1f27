// SPDX-License-Identifier: MIT
#include "events/eventlogmodel.h"

#include "base/amounttext.h"
#include "base/visibletext.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Events {

namespace {

QString eventText(const EventRecord &record)
{
    if (!record.summary.name.isEmpty())
        return Base::visibleText(record.summary.name);
    if (!record.verified) // not a delivery: say what was asked for
        return QString::fromUtf8(Base::visibleUtf8(record.entry.method + ' ' + record.entry.target));
    return {};
}

QString handlerToolTip(const EventRecord &record)
{
    QStringList lines;
    for (const HandlerAnswer &answer : record.handlerAnswers)
        lines.append(answer.lineText());
    return lines.join(QLatin1Char('\n'));
}

int handlerStatus(const HandlerAnswer &answer)
{
    return answer.answer.error.isEmpty() ? answer.answer.status : 0;
}

} // namespace

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_records.size()) > m_capacity)
        dropOldest(int(m_records.size()) - m_capacity);
    if (m_waiting.size() > m_capacity) {
        m_dropped += m_waiting.size() - m_capacity;
        m_waiting.remove(0, m_waiting.size() - m_capacity);
    }
}

void EventLogModel::append(const EventRecord &record)
{
    append(QList<EventRecord>{record});
}

void EventLogModel::append(const QList<EventRecord> &records)
{
    if (records.isEmpty())
        return;
    if (!m_paused) {
        insert(records);
        return;
    }
    m_waiting.append(records);
    if (m_waiting.size() > m_capacity) {
        m_dropped += m_waiting.size() - m_capacity;
        m_waiting.remove(0, m_waiting.size() - m_capacity);
    }
}

// A live record the history read from the journal already holds (it was journaled while the history was being
// read) is not shown twice: after a restored row, a live one must have a larger seq.
void EventLogModel::insert(const QList<EventRecord> &given)
{
    QList<EventRecord> records = given;
    if (!m_records.empty() && m_records.back().restored) {
        const qint64 last = m_records.back().entry.seq;
        records.removeIf([last](const EventRecord &record) { return record.entry.seq <= last; });
        if (records.isEmpty())
            return;
    }
    // Only the newest capacity records of a batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    m_dropped += skip;
    const int incoming = int(records.size() - skip);
    const int overflow = int(m_records.size()) + incoming - m_capacity;
    // When full, make room for a while at once: views and filters pay per removal, not per row.
    if (overflow > 0)
        dropOldest(std::max(overflow, m_capacity / DropFraction));
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (qsizetype i = skip; i < records.size(); ++i) {
        m_records.push_back(records.at(i));
        if (m_records.back().searchText.isEmpty()) // the receiver's thread usually did it already
            m_records.back().searchText = searchTextOf(m_records.back());
    }
    endInsertRows();
    emit recordsAppended(incoming);
}

void EventLogModel::insertOlder(const QList<EventRecord> &records)
{
    const qint64 oldest = m_records.empty() ? std::numeric_limits<qint64>::max() : m_records.front().entry.seq;
    const auto end = std::lower_bound(records.cbegin(), records.cend(), oldest,
                                      [](const EventRecord &record, qint64 seq) { return record.entry.seq < seq; });
    const qsizetype room = m_capacity - qsizetype(m_records.size());
    const qsizetype count = std::min<qsizetype>(room, end - records.cbegin());
    if (count <= 0)
        return;
    beginInsertRows({}, 0, int(count) - 1);
    m_records.insert(m_records.begin(), end - count, end);
    for (auto it = m_records.begin(); it != m_records.begin() + count; ++it) {
        if (it->searchText.isEmpty())
            it->searchText = searchTextOf(*it);
    }
    endInsertRows();
}

void EventLogModel::dropOldest(int count)
{
    count = std::min(count, int(m_records.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_records.erase(m_records.begin(), m_records.begin() + count);
    endRemoveRows();
    m_dropped += count;
}

void EventLogModel::clear()
{
    m_waiting.clear();
    if (m_records.empty())
        return;
    beginResetModel();
    m_records.clear();
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

QString EventLogModel::searchTextOf(const EventRecord &record)
{
    QString text = record.verification.webhookId;
    for (int column = Event; column < ColumnCount; ++column) {
        text += QLatin1Char('\n');
        text += displayText(record, column);
    }
    return text.toLower();
}

int EventLogModel::rowForSeq(qint64 seq) const
{
    // Rows are in arrival order and seq only grows.
    const auto found =
        std::lower_bound(m_records.cbegin(), m_records.cend(), seq,
                         [](const EventRecord &record, qint64 value) { return record.entry.seq < value; });
    if (found == m_records.cend() || found->entry.seq != seq)
        return -1;
    return int(found - m_records.cbegin());
}

bool EventLogModel::addHandlerAnswer(const HandlerAnswer &answer)
{
    const qint64 seq = answer.answer.forwardOf;
    const int row = rowForSeq(seq);
    if (row >= 0) {
        EventRecord &record = m_records[std::size_t(row)];
        record.handlerAnswers.append(answer);
        record.searchText = searchTextOf(record);
        emit dataChanged(index(row, Handler), index(row, Handler));
        emit handlerAnswerAdded(row);
        return true;
    }
    const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(),
                                      [seq](const EventRecord &record) { return record.entry.seq == seq; });
    if (waiting == m_waiting.end())
        return false;
    waiting->handlerAnswers.append(answer);
    waiting->searchText.clear(); // made again when it is shown
    return true;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::displayText(const EventRecord &record, int column)
{
    switch (column) {
    case Time: return record.entry.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Event: return eventText(record);
    case Reference: return Base::visibleText(record.summary.reference);
    case Amount: return Base::visibleText(record.summary.amountText(QLocale()));
    case Result: return record.verified ? Signature::resultName(record.verification.result) : QString();
    case Status: return QString::number(record.entry.status);
    case Duplicate:
        return record.entry.duplicate ? QCoreApplication::translate("Events::EventLogModel", "duplicate") : QString();
    case Handler: return record.handlerAnswers.isEmpty() ? QString() : record.handlerAnswers.last().shortText();
    default: return {};
    }
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &record = m_records[std::size_t(index.row())];
    if (role == Qt::DisplayRole)
        return displayText(record, index.column());
    if (role == Qt::ToolTipRole && index.column() == Result)
        return Base::visibleText(record.verification.translatedReason(), Base::LineBreaks::Kept);
    if (role == Qt::ToolTipRole && index.column() == Handler)
        return handlerToolTip(record);
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Status))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return roleData(record, role);
}

QVariant EventLogModel::roleData(const EventRecord &record, int role) const
{
    switch (role) {
    case ResultRole: return record.verified ? int(record.verification.result) : -1;
    case DuplicateRole: return record.entry.duplicate;
    case SeqRole: return record.entry.seq;
    case StatusRole: return record.entry.status;
    case HandlerRole: return record.handlerAnswers.isEmpty() ? -1 : handlerStatus(record.handlerAnswers.last());
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
