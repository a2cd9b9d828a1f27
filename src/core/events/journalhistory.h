// SPDX-License-Identifier: MIT
// The newest events of a journal, as the event log shows them after a restart (docs/architecture.md §4 "Reading").
#pragma once

#include "events/eventrecord.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Events::JournalHistory {

struct Loaded
{
    // Oldest first, each EventRecord::fromJournal() with its search text and, as handlerAnswers (Forwarded), the
    // forward lines that name it (docs/architecture.md §4 "Forward lines").
    QList<EventRecord> records;
    QString error;        // why reading stopped early; the records read until then are kept
    int skippedLines = 0; // lines that are no entries (a torn line, a line from another program)
};

// The newest `count` entries of the journal at path and the files rotated from it. The journal is read as a
// stream (Journal::Cursor), so memory stays bounded by count whatever its size. Stops early, with what it has,
// once *cancel is set.
Loaded readNewest(const QString &path, int count, const std::atomic<bool> *cancel = nullptr);

} // namespace Events::JournalHistory
