// SPDX-License-Identifier: MIT
#include "journal/linereader.h"

#include <QIODevice>

#include <utility>

namespace Journal {

namespace {
constexpr qsizetype PieceSize = 1024 * 1024;
}

LineReader::LineReader(QIODevice *device, qsizetype maxLineBytes) : m_device(device), m_maxLineBytes(maxLineBytes) {}

LineReader::Kind LineReader::next(QByteArrayView *line)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        if (newline >= 0) {
            m_lineOffset = m_dropped + m_begin;
            *line = QByteArrayView(m_buffer).sliced(m_begin, newline - m_begin);
            m_begin = m_scanFrom = newline + 1;
            const bool tooLong = std::exchange(m_discarding, false);
            return tooLong ? Kind::TooLong : Kind::Line;
        }
        m_scanFrom = m_buffer.size();
        if (m_atEnd || !readPiece()) {
            if (m_failed)
                return Kind::Failed;
            m_lineOffset = m_dropped + m_begin;
            *line = QByteArrayView(m_buffer).sliced(m_begin);
            m_begin = m_scanFrom = m_buffer.size();
            if (std::exchange(m_discarding, false))
                return Kind::TooLong;
            return line->isEmpty() ? Kind::End : Kind::Unterminated;
        }
    }
}

// Keeps only the unfinished line, or nothing of one that is too long, then appends the next piece.
bool LineReader::readPiece()
{
    dropConsumed();
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + PieceSize);
    const qint64 read = m_device->read(m_buffer.data() + kept, PieceSize);
    m_buffer.resize(kept + qMax<qint64>(read, 0));
    m_failed = read < 0;
    m_atEnd = read <= 0;
    return read > 0;
}

void LineReader::dropConsumed()
{
    if (!m_discarding && m_buffer.size() - m_begin > m_maxLineBytes)
        m_discarding = true;
    if (m_discarding)
        m_begin = m_buffer.size();
    m_dropped += m_begin;
    m_buffer.remove(0, m_begin);
    m_scanFrom -= m_begin;
    m_begin = 0;
}

} // namespace Journal
