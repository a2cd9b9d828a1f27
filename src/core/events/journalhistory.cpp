// SPDX-License-Identifier: MIT
#include "events/journalhistory.h"

#include "events/eventlogmodel.h"
#include "journal/cursor.h"

#include <QFileInfo>

#include <deque>

namespace Events::JournalHistory {

namespace {
bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}
} // namespace

Loaded readNewest(const QString &path, int count, const std::atomic<bool> *cancel)
{
    Loaded loaded;
    if (count <= 0 || path.isEmpty() || !QFileInfo::exists(path))
        return loaded; // a first start: no journal yet
    Journal::Cursor cursor(path);
    std::deque<Journal::Entry> newest;
    while (!cancelled(cancel)) {
        std::optional<Journal::Entry> entry = cursor.next();
        if (!entry)
            break;
        newest.push_back(std::move(*entry));
        if (newest.size() > std::size_t(count))
            newest.pop_front();
    }
    loaded.error = cursor.errorMessage();
    loaded.skippedLines = cursor.skippedLines();
    loaded.records.reserve(qsizetype(newest.size()));
    for (const Journal::Entry &entry : newest) {
        loaded.records.append(EventRecord::fromJournal(entry));
        loaded.records.last().searchText = EventLogModel::searchTextOf(loaded.records.last());
    }
    return loaded;
}

} // namespace Events::JournalHistory
