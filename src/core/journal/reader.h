// SPDX-License-Identifier: MIT
// Reads one journal file, or bytes, back whole: every entry and forward line in memory. Tolerates a torn last line
// and skips lines that are neither. To read a journal of any size, use Cursor.
#pragma once

#include "journal/entry.h"
#include "journal/forward.h"

#include <QList>
#include <QString>

namespace Journal {

struct ReadResult
{
    QList<Entry> entries;
    QList<Forward> forwards; // the forward lines, in the order written
    int skippedLines = 0;    // malformed lines in the middle
    bool tornTail = false;   // last line had no newline and did not parse
    QString errorMessage;    // file could not be opened
    bool ok() const { return errorMessage.isEmpty(); }
    // The forward lines naming seq, in the order written.
    QList<Forward> forwardsOf(qint64 seq) const;
};

class Reader
{
public:
    static ReadResult readFile(const QString &path);
    static ReadResult readBytes(const QByteArray &data);
};

} // namespace Journal
