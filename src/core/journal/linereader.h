// SPDX-License-Identifier: MIT
// The lines of a journal file or stream, read in pieces of a fixed size: memory stays at one piece plus the
// line being read, whatever the size of the file (docs/architecture.md §4 "Reading").
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace Journal {

class LineReader
{
public:
    enum class Kind {
        Line,         // a line that ended in '\n'
        Unterminated, // the last bytes of the input, with no '\n' after them
        TooLong,      // a line longer than the limit, skipped without keeping it
        End,          // nothing more to read
        Failed,       // the device reported an error
    };

    // Lines longer than maxLineBytes are skipped: no entry the receiver writes comes near the default.
    explicit LineReader(QIODevice *device, qsizetype maxLineBytes = DefaultMaxLineBytes);

    // The next line, without its '\n', in *line: valid until the next call.
    Kind next(QByteArrayView *line);
    // Where the line next() gave last starts, in bytes from where the device was when reading began.
    qint64 lineOffset() const { return m_lineOffset; }

    static constexpr qsizetype DefaultMaxLineBytes = qsizetype(1) << 31;

private:
    bool readPiece(); // false at the end or on an error (m_failed)
    void dropConsumed();

    QIODevice *m_device;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // where the line being read starts in m_buffer
    qint64 m_dropped = 0;  // bytes read and dropped from the front of m_buffer
    qint64 m_lineOffset = 0;
    qsizetype m_scanFrom = 0;  // no '\n' between m_begin and here
    bool m_discarding = false; // inside a line that is too long: its bytes are not kept
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace Journal
