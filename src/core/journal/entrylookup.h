// SPDX-License-Identifier: MIT
// One entry of a journal read back by its seq, at the place its line was written when that is known
// (docs/architecture.md §4 "Reading"): what the app's event log reads when it no longer keeps an event whole.
#pragma once

#include "journal/entry.h"

#include <QString>

#include <optional>

namespace Journal::EntryLookup {

// The entry with seq in the journal at path or a file rotated from it. With offset >= 0 (Writer::lastLineOffset,
// Cursor::lineOffset) the line there is read in each file, newest first, since a rotation renames files and keeps
// offsets; a line there that is not seq's, or no offset, means the files are searched for seq (Cursor::find).
std::optional<Entry> find(const QString &path, qint64 seq, qint64 offset = -1);

} // namespace Journal::EntryLookup
