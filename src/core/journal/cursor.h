// SPDX-License-Identifier: MIT
// Reads a journal one entry at a time, oldest first, with memory bounded by its longest line whatever its size
// (docs/architecture.md §4 "Reading"), across the files rotated from it. `verify` reads journals this way, Reader's
// whole-file reads too, and replay and export are meant to. Forward lines (forward.h) are read as what they are:
// records of their own, never entries and never malformed.
#pragma once

#include "journal/entry.h"
#include "journal/forward.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

class QFile;
class QIODevice;

namespace Journal {

class LineReader;

// One line of a journal: an entry, or the answer of the handler an entry was forwarded to.
using Record = std::variant<Entry, Forward>;

class Cursor
{
public:
    // The journal at path and the files rotated from it, oldest first (files.h).
    explicit Cursor(const QString &path);
    // One stream, such as standard input, open for reading; name is for messages. Not owned; it must outlive the
    // cursor.
    Cursor(QIODevice *device, const QString &name);
    ~Cursor();
    Cursor(const Cursor &) = delete;
    Cursor &operator=(const Cursor &) = delete;

    // The next entry, passing forward lines; nullopt at the end, or when the journal could not be read
    // (errorMessage() says why).
    std::optional<Entry> next();
    // The next entry or forward line, in the order written.
    std::optional<Record> nextRecord();
    // The same, passing entries below fromSeq and the forward lines naming them without decoding them.
    std::optional<Record> nextRecord(qint64 fromSeq);
    // Where the line of the record or entry read last starts in its file (or from the stream's start).
    qint64 lineOffset() const;
    // Does not open the files before the newest one whose first entry is at or below seq: they cannot hold it.
    void skipFilesBefore(qint64 seq);
    // From the start: the entry with this seq, or nullopt. Seq numbers only grow along a journal and its rotated
    // files, so files that start after an earlier one's first seq is reached are not opened, lines are passed by
    // the seq they start with, without being decoded, and the search stops at the first larger seq.
    std::optional<Entry> find(qint64 seq);
    // From the start: the last entry. Files are read backwards from their end, newest first; a stream is read
    // through.
    std::optional<Entry> last();
    // From the start: the forward lines naming seq, in the order written. A forward line follows its entry, in its
    // file or a later one, so the files before the one that holds seq are not opened; lines are passed by what they
    // start with, without being decoded, and the rest of the journal is read, since an answer may be written long
    // after later entries.
    QList<Forward> forwardsOf(qint64 seq);

    int skippedLines() const { return m_skippedLines; } // lines in the middle that are neither entries nor forwards
    bool tornTail() const { return m_tornTail; }        // the last line had no '\n' and did not decode
    QString errorMessage() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

private:
    enum class LineKind { Complete, Last };
    bool nextLine(QByteArrayView *line, LineKind *kind); // false at the end or on an error
    bool openNextFile();
    static std::optional<qint64> firstSeq(const QString &path);
    std::optional<Record> decodeLine(QByteArrayView line, LineKind kind);
    void fail(const char *text, const QString &name, const QString &reason);

    QStringList m_files;
    qsizetype m_nextFile = 0;
    QIODevice *m_device = nullptr; // the stream, or the file being read
    QString m_deviceName;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<LineReader> m_lines;
    int m_skippedLines = 0;
    bool m_tornTail = false;
    QString m_error;
};

} // namespace Journal
