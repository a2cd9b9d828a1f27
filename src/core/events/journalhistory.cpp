// SPDX-License-Identifier: MIT
#include "events/journalhistory.h"

#include "events/eventlogmodel.h"
#include "journal/cursor.h"

#include <QFileInfo>

#include <algorithm>
#include <deque>

namespace Events::JournalHistory {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

// docs/architecture.md §4 "Forward lines": an answer follows its entry; one whose entry is no longer kept is passed.
void attach(std::deque<EventRow> *newest, const Journal::Forward &forward)
{
    const auto at = std::lower_bound(newest->begin(), newest->end(), forward.forwardOf,
                                     [](const EventRow &row, qint64 seq) { return row.seq < seq; });
    if (at != newest->end() && at->seq == forward.forwardOf)
        at->handlerAnswers.append(HandlerAnswer::forwarded(forward));
}

EventRow rowOf(const Journal::Entry &entry, qint64 offset)
{
    EventRecord record = EventRecord::fromJournal(entry);
    record.journalOffset = offset;
    return EventRow::of(record);
}

// The seq of the oldest entry wanted: count before the last one. Seq numbers only grow, and a gap (a write that
// failed) only means fewer rows.
qint64 firstWanted(const QString &path, int count, QString *error)
{
    Journal::Cursor probe(path);
    const std::optional<Journal::Entry> last = probe.last();
    *error = probe.errorMessage();
    return last ? last->seq - count + 1 : 0;
}

} // namespace

Loaded readNewest(const QString &path, int count, const std::atomic<bool> *cancel)
{
    Loaded loaded;
    if (count <= 0 || path.isEmpty() || !QFileInfo::exists(path))
        return loaded; // a first start: no journal yet
    const qint64 from = firstWanted(path, count, &loaded.error);
    if (!loaded.error.isEmpty())
        return loaded;
    Journal::Cursor cursor(path);
    cursor.skipFilesBefore(from);
    std::deque<EventRow> newest; // seqs only grow along a journal
    while (!cancelled(cancel)) {
        std::optional<Journal::Record> record = cursor.nextRecord(from);
        if (!record)
            break;
        if (const auto *forward = std::get_if<Journal::Forward>(&*record)) {
            attach(&newest, *forward);
            continue;
        }
        newest.push_back(rowOf(std::get<Journal::Entry>(*record), cursor.lineOffset()));
        if (newest.size() > std::size_t(count))
            newest.pop_front();
    }
    loaded.error = cursor.errorMessage();
    loaded.skippedLines = cursor.skippedLines();
    loaded.rows.reserve(qsizetype(newest.size()));
    for (EventRow &row : newest) {
        row.searchText = EventLogModel::searchTextOf(row); // with the handler's answers it got
        loaded.rows.append(std::move(row));
    }
    return loaded;
}

} // namespace Events::JournalHistory
