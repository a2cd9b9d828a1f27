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

struct Kept
{
    Journal::Entry entry;
    QList<HandlerAnswer> answers; // oldest first
};

// docs/architecture.md §4 "Forward lines": an answer follows its entry; one whose entry is no longer kept is passed.
void attach(std::deque<Kept> *newest, const Journal::Forward &forward)
{
    const auto at = std::lower_bound(newest->begin(), newest->end(), forward.forwardOf,
                                     [](const Kept &kept, qint64 seq) { return kept.entry.seq < seq; });
    if (at != newest->end() && at->entry.seq == forward.forwardOf)
        at->answers.append(HandlerAnswer::forwarded(forward));
}

} // namespace

Loaded readNewest(const QString &path, int count, const std::atomic<bool> *cancel)
{
    Loaded loaded;
    if (count <= 0 || path.isEmpty() || !QFileInfo::exists(path))
        return loaded; // a first start: no journal yet
    Journal::Cursor cursor(path);
    std::deque<Kept> newest; // seqs only grow along a journal
    while (!cancelled(cancel)) {
        std::optional<Journal::Record> record = cursor.nextRecord();
        if (!record)
            break;
        if (const auto *forward = std::get_if<Journal::Forward>(&*record)) {
            attach(&newest, *forward);
            continue;
        }
        newest.push_back({std::move(std::get<Journal::Entry>(*record)), {}});
        if (newest.size() > std::size_t(count))
            newest.pop_front();
    }
    loaded.error = cursor.errorMessage();
    loaded.skippedLines = cursor.skippedLines();
    loaded.records.reserve(qsizetype(newest.size()));
    for (Kept &kept : newest) {
        loaded.records.append(EventRecord::fromJournal(kept.entry));
        loaded.records.last().handlerAnswers = std::move(kept.answers);
        loaded.records.last().searchText = EventLogModel::searchTextOf(loaded.records.last());
    }
    return loaded;
}

} // namespace Events::JournalHistory
