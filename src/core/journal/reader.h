// SPDX-License-Identifier: MIT
// Reads one journal file, or bytes, back whole: every entry in memory. Tolerates a torn last line and skips lines
// that are not entries. To read a journal of any size, use Cursor.
#pragma once

#include "journal/entry.h"

#include <QList>
#include <QString>

namespace Journal {

struct ReadResult
{
    QList<Entry> entries;
    int skippedLines = 0;  // malformed lines in the middle
    bool tornTail = false; // last line had no newline and did not parse
    QString errorMessage;  // file could not be opened
    bool ok() const { return errorMessage.isEmpty(); }
};

class Reader
{
public:
    static ReadResult readFile(const QString &path);
    static ReadResult readBytes(const QByteArray &data);
};

} // namespace Journal
