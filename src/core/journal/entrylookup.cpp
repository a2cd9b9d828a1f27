// SPDX-License-Identifier: MIT
#include "journal/entrylookup.h"

#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/files.h"

#include <QFile>

namespace Journal::EntryLookup {

namespace {

// No entry the receiver writes comes near this; a longer line is not read whole to find out it is not seq's.
constexpr qsizetype kLongestLine = 64 * 1024 * 1024;

std::optional<Entry> entryAt(const QString &file, qint64 offset, qint64 seq)
{
    QFile journal(file);
    if (!journal.open(QIODevice::ReadOnly) || journal.size() <= offset || !journal.seek(offset))
        return std::nullopt;
    const QByteArray line = journal.readLine(kLongestLine);
    if (Codec::leadingSeq(line) != seq)
        return std::nullopt;
    std::optional<Entry> entry = Codec::decode(line);
    return entry && entry->seq == seq ? entry : std::nullopt;
}

} // namespace

std::optional<Entry> find(const QString &path, qint64 seq, qint64 offset)
{
    if (offset >= 0) {
        const QStringList files = Files::chain(path); // oldest first
        for (auto file = files.crbegin(); file != files.crend(); ++file) {
            if (std::optional<Entry> entry = entryAt(*file, offset, seq))
                return entry;
        }
    }
    Cursor cursor(path);
    return cursor.find(seq);
}

} // namespace Journal::EntryLookup
