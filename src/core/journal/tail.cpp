// SPDX-License-Identifier: MIT
#include "journal/tail.h"

#include "journal/codec.h"
#include "journal/linereader.h"

#include <QFile>

namespace Journal::Tail {

namespace {

// Enough for the last entry of almost every journal in one read.
constexpr qint64 PieceSize = 1024 * 1024;

bool readRange(QFile &file, qint64 start, qint64 length, QByteArray *out)
{
    if (!file.seek(start))
        return false;
    *out = file.read(length);
    return out->size() == length;
}

// Walks the lines of a file from its end. Each piece read ends where the one after it began; the unfinished
// line at a piece's start is carried into the next (earlier) piece.
class BackwardLines
{
public:
    // The complete lines of piece (read just before what was seen so far), newest first, while visit returns
    // false; true once visit accepted one.
    template<typename Visit> bool take(QByteArray piece, bool startsFile, Visit visit)
    {
        piece += m_carry;
        qsizetype end = piece.size();
        for (;;) {
            const qsizetype newline = QByteArrayView(piece).first(end).lastIndexOf('\n');
            if (newline < 0 && !startsFile)
                break;
            const QByteArrayView line = QByteArrayView(piece).sliced(newline + 1, end - newline - 1);
            if (!std::exchange(m_skipNext, false) && visit(line))
                return true;
            if (newline < 0)
                return false;
            end = newline;
        }
        m_carry = piece.left(end);
        if (m_carry.size() > LineReader::DefaultMaxLineBytes) { // a line too long to be an entry: not kept
            m_carry.clear();
            m_skipNext = true;
        }
        return false;
    }

private:
    QByteArray m_carry;
    bool m_skipNext = false;
};

} // namespace

bool scan(QFile &file, Found *found)
{
    const qint64 size = file.size();
    if (size == 0)
        return true;
    QByteArray piece;
    if (!readRange(file, size - 1, 1, &piece))
        return false;
    found->endsWithNewline = piece == "\n";
    BackwardLines lines;
    const auto decodes = [found](QByteArrayView line) {
        found->lastEntry = Codec::decode(line);
        return found->lastEntry.has_value();
    };
    for (qint64 end = size; end > 0;) {
        const qint64 start = qMax<qint64>(0, end - PieceSize);
        if (!readRange(file, start, end - start, &piece))
            return false;
        if (lines.take(std::move(piece), start == 0, decodes))
            return true;
        end = start;
    }
    return true;
}

} // namespace Journal::Tail
