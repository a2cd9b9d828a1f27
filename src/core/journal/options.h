// SPDX-License-Identifier: MIT
// How a journal stays bounded and how durable an answer is (docs/architecture.md §4 "Rotation", "Durability").
#pragma once

#include <QtGlobal>

namespace Journal {

struct Options
{
    // A file that would grow past this is rotated first (a larger entry gets a file of its own); 0: never.
    qint64 maxFileBytes = qint64(256) * 1024 * 1024;
    int keepFiles = 4; // rotated files kept besides the one written: journal.1.jsonl (newest) … journal.4.jsonl
    // Answers wait until their entries are on disk (fdatasync), entries of one event-loop turn synced together.
    bool sync = false;
};

} // namespace Journal
