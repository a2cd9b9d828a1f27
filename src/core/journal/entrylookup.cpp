// SPDX-License-Identifier: MIT
#include "journal/entrylookup.h"

#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/files.h"

#include <algorithm>

namespace Journal {

namespace {

// No entry the receiver writes comes near this; a longer line is not read whole to find out it is not seq's.
constexpr qsizetype kLongestLine = 64 * 1024 * 1024;
constexpr qint64 kPiece = 16 * 1024;

// The line from where the file is, in pieces: readLine(max) sets aside max bytes before it reads.
QByteArray lineFrom(QFile *file)
{
    QByteArray line;
    while (line.size() < kLongestLine && !line.endsWith('\n')) {
        const QByteArray piece = file->readLine(kPiece);
        if (piece.isEmpty())
            break;
        line += piece;
    }
    return line;
}

} // namespace

EntryLookup::EntryLookup(const QString &path) : m_path(path), m_files(Files::chain(path))
{
    std::reverse(m_files.begin(), m_files.end());
    m_open.resize(std::size_t(m_files.size()));
}

EntryLookup::~EntryLookup() = default;

std::optional<Entry> EntryLookup::find(const QString &path, qint64 seq, qint64 offset)
{
    EntryLookup lookup(path);
    return lookup.find(seq, offset);
}

std::optional<Entry> EntryLookup::find(qint64 seq, qint64 offset)
{
    for (std::size_t file = 0; offset >= 0 && file < m_open.size(); ++file) {
        if (std::optional<Entry> entry = entryAt(file, offset, seq))
            return entry;
    }
    Cursor cursor(m_path);
    return cursor.find(seq);
}

std::optional<Entry> EntryLookup::entryAt(std::size_t file, qint64 offset, qint64 seq)
{
    std::unique_ptr<QFile> &journal = m_open[file];
    if (!journal) {
        journal = std::make_unique<QFile>(m_files.at(qsizetype(file)));
        if (!journal->open(QIODevice::ReadOnly))
            return std::nullopt;
    }
    if (!journal->isOpen() || journal->size() <= offset || !journal->seek(offset))
        return std::nullopt;
    const QByteArray line = lineFrom(journal.get());
    if (Codec::leadingSeq(line) != seq)
        return std::nullopt;
    std::optional<Entry> entry = Codec::decode(line);
    return entry && entry->seq == seq ? entry : std::nullopt;
}

} // namespace Journal
