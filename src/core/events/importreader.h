// SPDX-License-Identifier: MIT
// Reads an export back (docs/architecture.md §4 "Export and import"): a HAR file (ours or another program's) or a
// JSON Lines file, one entry at a time, each marked imported so that it is never forwarded. Whatever the input,
// a problem is an error naming the entry, never a crash.
#pragma once

#include "journal/entry.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace Journal {
class Cursor;
}

namespace Events {

class ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(Events::ImportReader)

public:
    enum class Format { Har, JsonLines };

    // A HAR file is one JSON document, read whole: larger ones are refused (JSON Lines is read as a stream, and has
    // no such limit).
    static constexpr qint64 MaxHarBytes = 64 * 1024 * 1024;

    // JSON Lines when the first line is a journal line (an object with a "seq"), else HAR.
    static Format detect(QByteArrayView start);

    explicit ImportReader(const QString &path);
    // One stream, such as standard input, open for reading; name is for messages. Not owned; it must outlive the
    // reader.
    ImportReader(QIODevice *device, const QString &name);
    ~ImportReader();
    ImportReader(const ImportReader &) = delete;
    ImportReader &operator=(const ImportReader &) = delete;

    // The next entry, imported set. HAR: each element of log.entries whose request is a POST with a body (others
    // are counted in skipped()); its seq is _seq, else its place in log.entries (1, 2, …). JSON Lines: each line,
    // with its seq. nullopt at the end, or on an error (errorMessage() names the file and the entry).
    std::optional<Journal::Entry> next();
    // Reads on to the entry with this seq; nullopt when there is none (errorMessage() empty) or on an error.
    std::optional<Journal::Entry> find(qint64 seq);
    // Reads on to the last entry.
    std::optional<Journal::Entry> last();

    Format format() const { return m_format; } // known after the first next()
    qint64 skipped() const { return m_skipped; }
    QString errorMessage() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    struct All
    {
        QList<Journal::Entry> entries;
        qint64 skipped = 0;
        QString error; // set when the file could not be read whole; entries is then empty
    };
    // Every entry of the file at path; more than maxEntries is an error.
    static All readFile(const QString &path, qsizetype maxEntries);

private:
    bool open();
    bool openHar();
    std::optional<Journal::Entry> nextHar();
    std::optional<Journal::Entry> nextLine();
    void fail(const QString &message);

    QString m_name;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Journal::Cursor> m_cursor;
    QJsonArray m_harEntries;
    qsizetype m_harIndex = 0;
    bool m_opened = false;
    Format m_format = Format::Har;
    qint64 m_skipped = 0;
    qint64 m_lastSeq = -1;
    QString m_error;
};

} // namespace Events
