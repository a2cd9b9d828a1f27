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

    // Opens the file for appending, creating it readable and writable by its owner only; its folder must exist. Continues the sequence after the
    // last readable entry, and ends a torn last line left by a crash so the next entry starts on its
    // own line. Only the tail of the file is read, so opening a large journal is fast.
    // errorMessage may be null.
    bool open(const QString &path, QString *errorMessage);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    // Assigns entry->seq, writes the line with one unbuffered write. On failure (disk full, I/O error)
    // returns false with a message and leaves entry->seq and nextSeq() unchanged. A partial line is
    // ended with '\n' (now, or before the next entry if that fails too), so a reader skips just it.
    bool append(Entry *entry, QString *errorMessage);
    // fsync for durability against power loss (kill -9 does not need it).
    bool sync();
    void close();

    qint64 nextSeq() const { return m_nextSeq; }

private:
    qint64 writeAll(QByteArrayView data);
    bool endLine();

    QFile m_file;
    qint64 m_nextSeq = 1;
    bool m_atLineStart = true; // false while the file ends inside a line
};

} // namespace Journal
