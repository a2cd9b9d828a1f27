// SPDX-License-Identifier: MIT
// Append-only journal file. append() returns only after the line has been handed to the kernel, so an entry
// survives `kill -9` of the process once append() returned true. stage() and commit() write the entries of one
// event-loop turn together with one write, the same promise for less; with Options::sync commit() also fdatasyncs
// them, so they survive a power cut too (docs/architecture.md §4 "Durability").
#pragma once

#include "journal/entry.h"
#include "journal/forward.h"
#include "journal/options.h"

#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace Journal {

namespace Tail {
struct Found;
}

class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Opens the file for appending, creating it readable and writable by its owner only; its folder must exist.
    // Continues the sequence after the last readable entry (of the newest rotated file that has one when the file
    // has none, files.h), and ends a torn last line left by a crash so the next entry starts on its own line. Only
    // the tail of the file is read, so opening a large journal is fast. errorMessage may be null.
    bool open(const QString &path, QString *errorMessage);
    // Rotation and sync (options.h), from the next append on.
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    // Assigns entry->seq, rotates the file first when the line would take it past Options::maxFileBytes, and
    // writes the line with one unbuffered write. On failure (disk full, I/O error)
    // returns false with a message and leaves entry->seq and nextSeq() unchanged. A partial line is
    // ended with '\n' (now, or before the next entry if that fails too), so a reader skips just it.
    bool append(Entry *entry, QString *errorMessage);
    // Writes a forward line (forward.h) as append() writes an entry, rotating first the same way, with no seq of its
    // own: nextSeq() stays. In either mode it is written at once, not staged; with Options::sync it reaches the disk
    // with the next commit()'s fdatasync, before its file is rotated away, or with sync() at the end.
    bool appendForward(const Forward &forward, QString *errorMessage);
    // Where the line append() or appendForward() wrote last starts in the file written now (or, once rotated, in
    // the file it was renamed to); -1 before any, and for a journal that is no regular file.
    qint64 lastLineOffset() const { return m_lastLineOffset; }
    // Assigns entry->seq and keeps its line for commit().
    void stage(Entry *entry);
    // Writes the staged lines with one write (rotating first as append() does), then, with Options::sync, syncs
    // them with one fdatasync. Returns how many of them, in the order staged, are stored; fewer than staged when the
    // write or the sync failed, with a message. The seq numbers of lines that reached the file are used up either way.
    qsizetype commit(QString *errorMessage);
    // Where each line the last commit() wrote starts, as lastLineOffset() says it for append(), in the order staged.
    const QList<qint64> &committedOffsets() const { return m_committedOffsets; }
    qsizetype stagedCount() const { return m_stagedEnds.size(); }
    // Replaces fdatasync(handle) (for tests): true when the file's data is on disk.
    void setSyncFunction(std::function<bool(int handle)> syncData) { m_syncData = std::move(syncData); }
    // fsync for durability against power loss (kill -9 does not need it).
    bool sync();
    void close();

    qint64 nextSeq() const { return m_nextSeq; }

private:
    bool openFile();
    static bool scanRotated(const QString &path, Tail::Found *tail, QString *errorMessage);
    void rotateIfFull(qint64 incomingBytes);
    bool writeLine(QByteArray line, const char *notWritten, QString *errorMessage);
    qint64 writeAll(QByteArrayView data);
    bool endLine();
    qsizetype writeStaged(QString *errorMessage); // how many staged lines reached the file whole

    QFile m_file;
    Options m_options;
    qint64 m_size = 0;          // of the file being written, when it is a regular file
    bool m_regularFile = false; // only regular files rotate (not /dev/null, a pipe, a terminal)
    bool m_rotationFailed = false;
    qint64 m_nextSeq = 1;
    bool m_atLineStart = true; // false while the file ends inside a line
    qint64 m_lastLineOffset = -1;
    bool m_unsynced = false;       // with Options::sync: forward lines written since the last sync
    QByteArray m_staged;           // lines waiting for commit()
    QList<qsizetype> m_stagedEnds; // where each staged line ends in m_staged
    QList<qint64> m_committedOffsets;
    std::function<bool(int)> m_syncData;
};

} // namespace Journal
