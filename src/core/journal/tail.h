// SPDX-License-Identifier: MIT
// The end of one journal file, read backwards in pieces: its last entry and whether it ends in '\n'. Memory stays
// at one piece plus the line being read, however large the file (docs/architecture.md §4 "Reading").
#pragma once

#include "journal/entry.h"

#include <optional>

class QFile;

namespace Journal::Tail {

struct Found
{
    std::optional<Entry> lastEntry; // none when no line of the file decodes
    bool endsWithNewline = true;    // an empty file counts as ending in one
};

// file is open for reading and not sequential. Reads backwards from its end until a line decodes or its start
// is reached; false when it could not be read.
bool scan(QFile &file, Found *found);

} // namespace Journal::Tail
