// SPDX-License-Identifier: MIT
// How a journal stays bounded (docs/architecture.md §4 "Rotation").
#pragma once

#include <QtGlobal>

namespace Journal {

struct Options
{
    // A file that would grow past this is rotated first (a larger entry gets a file of its own); 0: never.
    qint64 maxFileBytes = qint64(256) * 1024 * 1024;
    int keepFiles = 4; // rotated files kept besides the one written: journal.1.jsonl (newest) … journal.4.jsonl
};

} // namespace Journal
