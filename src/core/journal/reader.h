// SPDX-License-Identifier: MIT
// Reads a journal back, tolerating a torn last line and skipping lines that are not entries.
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
