// SPDX-License-Identifier: MIT
// Entries of a journal read back by their seq, at the place their lines were written when that is known
// (docs/architecture.md §4 "Reading"): what the app's event log reads when it no longer keeps an event whole.
#pragma once

#include "journal/entry.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Journal {

class EntryLookup
{
public:
    // The journal at path and the files rotated from it, as they are now; the files are opened as needed and kept
    // open for the next find(), so reading many entries back costs one open per file.
    explicit EntryLookup(const QString &path);
    ~EntryLookup();
    EntryLookup(const EntryLookup &) = delete;
    EntryLookup &operator=(const EntryLookup &) = delete;

    // The entry with seq. With offset >= 0 (Writer::lastLineOffset, Cursor::lineOffset) the line there is read in
    // each file, newest first, since a rotation renames files and keeps offsets; a line there that is not seq's, or
    // no offset, means the files are searched for seq (Cursor::find).
    std::optional<Entry> find(qint64 seq, qint64 offset = -1);
    // One entry, for one look.
    static std::optional<Entry> find(const QString &path, qint64 seq, qint64 offset = -1);

private:
    std::optional<Entry> entryAt(std::size_t file, qint64 offset, qint64 seq);

    QString m_path;
    QStringList m_files;                        // newest first
    std::vector<std::unique_ptr<QFile>> m_open; // by m_files' index; null until needed
};

} // namespace Journal
