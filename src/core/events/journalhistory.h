// SPDX-License-Identifier: MIT
// The newest events of a journal, as the event log shows them after a restart (docs/architecture.md §4 "Reading").
#pragma once

#include "events/eventrow.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Events::JournalHistory {

struct Loaded
{
    // Oldest first, each the row of EventRecord::fromJournal() with its journal offset, its search text and, as
    // handlerAnswers (Forwarded), the forward lines that name it (docs/architecture.md §4 "Forward lines"). No row
    // keeps its record whole: the log reads it back from the journal when it is asked for.
    QList<EventRow> rows;
    QString error;        // why reading stopped early; the rows read until then are kept
    int skippedLines = 0; // lines that are no entries (a torn line, a line from another program)
};

// The newest `count` entries of the journal at path and the files rotated from it. The last entry is found by
// reading the newest file backwards; the files older than the one holding the first entry wanted are not opened, and
// the lines before it are passed by their seq without being decoded. The journal is read as a stream
// (Journal::Cursor), so memory stays bounded by count whatever its size. Stops early, with what it has, once *cancel
// is set.
Loaded readNewest(const QString &path, int count, const std::atomic<bool> *cancel = nullptr);

} // namespace Events::JournalHistory
