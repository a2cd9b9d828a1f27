// SPDX-License-Identifier: MIT
// Append-only journal file. append() returns only after the line has been handed to the kernel,
// so an entry survives `kill -9` of the process once append() returned true.
#pragma once

#include "journal/entry.h"

#include <QFile>
#include <QString>

namespace Journal {

class Writer
{
public:
    Writer() = default;
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Opens (creating) the file for appending. Continues the sequence after the last readable entry,
    // and starts on a fresh line if the previous run left a torn last line.
    bool open(const QString &path, QString *errorMessage);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    // Assigns entry->seq, writes the line. On failure (disk full, I/O error) returns false with a
    // message; nothing partial is left that a reader would misread.
    bool append(Entry *entry, QString *errorMessage);
    // fsync for durability against power loss (kill -9 does not need it).
    bool sync();
    void close();

    qint64 nextSeq() const { return m_nextSeq; }

private:
    QFile m_file;
    qint64 m_nextSeq = 1;
};

} // namespace Journal
