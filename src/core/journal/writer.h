// SPDX-License-Identifier: MIT
// Append-only journal file. append() returns only after the line has been handed to the kernel,
// so an entry survives `kill -9` of the process once append() returned true.
#pragma once

#include "journal/entry.h"
#include "journal/options.h"

#include <QFile>
#include <QString>

namespace Journal {

namespace Tail {
struct Found;
}

class Writer
{
public:
    Writer() = default;
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Opens the file for appending, creating it readable and writable by its owner only; its folder must exist.
    // Continues the sequence after the last readable entry (of the newest rotated file that has one when the file
    // has none, files.h), and ends a torn last line left by a crash so the next entry starts on its own line. Only
    // the tail of the file is read, so opening a large journal is fast. errorMessage may be null.
    bool open(const QString &path, QString *errorMessage);
    // Rotation (options.h), from the next append on.
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    // Assigns entry->seq, rotates the file first when the line would take it past Options::maxFileBytes, and
    // writes the line with one unbuffered write. On failure (disk full, I/O error)
    // returns false with a message and leaves entry->seq and nextSeq() unchanged. A partial line is
    // ended with '\n' (now, or before the next entry if that fails too), so a reader skips just it.
    bool append(Entry *entry, QString *errorMessage);
    // fsync for durability against power loss (kill -9 does not need it).
    bool sync();
    void close();

    qint64 nextSeq() const { return m_nextSeq; }

private:
    bool openFile();
    static bool scanRotated(const QString &path, Tail::Found *tail, QString *errorMessage);
    void rotateIfFull(qint64 incomingBytes);
    qint64 writeAll(QByteArrayView data);
    bool endLine();

    QFile m_file;
    Options m_options;
    qint64 m_size = 0;           // of the file being written, when it is a regular file
    bool m_regularFile = false;  // only regular files rotate (not /dev/null, a pipe, a terminal)
    bool m_rotationFailed = false;
    qint64 m_nextSeq = 1;
    bool m_atLineStart = true; // false while the file ends inside a line
};

} // namespace Journal
