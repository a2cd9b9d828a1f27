// SPDX-License-Identifier: MIT
#include "events/journalhistory.h"

#include "events/eventlogmodel.h"
#include "events/stringpool.h"
#include "journal/cursor.h"

#include <QFileInfo>

#include <algorithm>

namespace Events::JournalHistory {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

// docs/architecture.md §4 "Forward lines": an answer follows its entry; one whose entry is no longer kept is passed.
void attach(QList<EventRow> *newest, const Journal::Forward &forward)
{
    const auto at = std::lower_bound(newest->begin(), newest->end(), forward.forwardOf,
                                     [](const EventRow &row, qint64 seq) { return row.seq < seq; });
    if (at != newest->end() && at->seq == forward.forwardOf)
        at->handlerAnswers.append(HandlerAnswer::forwarded(forward));
}

// docs/architecture.md §7 "The event log's memory": texts the rows repeat are shared as each row is made, so the
// copies go at once and their room is taken by the next row's.
EventRow rowOf(const Journal::Entry &entry, qint64 offset, StringPool *pool)
{
    EventRecord record = EventRecord::fromJournal(entry);
    record.journalOffset = offset;
    EventRow row = EventRow::of(record);
    row.shareTexts(pool);
    return row;
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
    QList<EventRow> &newest = loaded.rows; // seqs only grow along a journal
    newest.reserve(count);
    StringPool pool;
    while (!cancelled(cancel)) {
        std::optional<Journal::Record> record = cursor.nextRecord(from);
        if (!record)
            break;
        if (const auto *forward = std::get_if<Journal::Forward>(&*record)) {
            attach(&newest, *forward);
            continue;
        }
        newest.append(rowOf(std::get<Journal::Entry>(*record), cursor.lineOffset(), &pool));
        if (newest.size() > count) // only with seq numbers out of order: a journal put together by hand
            newest.removeFirst();
    }
    loaded.error = cursor.errorMessage();
    loaded.skippedLines = cursor.skippedLines();
    for (EventRow &row : newest)
        row.searchText = EventLogModel::searchTextOf(row); // with the handler's answers it got
    return loaded;
}

} // namespace Events::JournalHistory
