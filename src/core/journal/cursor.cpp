// SPDX-License-Identifier: MIT
#include "journal/cursor.h"

#include "journal/codec.h"
#include "journal/files.h"
#include "journal/forwardcodec.h"
#include "journal/linereader.h"
#include "journal/tail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Journal {

namespace {
bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}
} // namespace

// A missing journal with no rotated files is still named, so reading it says it cannot be read.
Cursor::Cursor(const QString &path) : m_files(Files::chain(path))
{
    if (m_files.isEmpty())
        m_files.append(path);
}

Cursor::Cursor(QIODevice *device, const QString &name)
    : m_device(device), m_deviceName(name), m_lines(std::make_unique<LineReader>(device))
{}

Cursor::~Cursor() = default;

void Cursor::fail(const char *text, const QString &name, const QString &reason)
{
    m_error = QCoreApplication::translate("Journal::Cursor", text).arg(QDir::toNativeSeparators(name), reason);
}

bool Cursor::openNextFile()
{
    m_lines.reset();
    m_file.reset();
    m_device = nullptr;
    if (m_nextFile >= m_files.size())
        return false;
    m_deviceName = m_files.at(m_nextFile++);
    m_file = std::make_unique<QFile>(m_deviceName);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(QT_TRANSLATE_NOOP("Journal::Cursor", "Cannot read the journal %1: %2."), m_deviceName,
             m_file->errorString());
        return false;
    }
    m_device = m_file.get();
    m_lines = std::make_unique<LineReader>(m_device);
    return true;
}

// Lines that are not blank, file after file; a line too long to be an entry is counted as skipped.
bool Cursor::nextLine(QByteArrayView *line, LineKind *kind)
{
    while (ok()) {
        if (!m_lines && !openNextFile())
            return false;
        switch (m_lines->next(line)) {
        case LineReader::Kind::Line: *kind = LineKind::Complete; break;
        case LineReader::Kind::Unterminated:
            *kind = m_nextFile >= m_files.size() ? LineKind::Last : LineKind::Complete; // torn only at the very end
            break;
        case LineReader::Kind::TooLong: ++m_skippedLines; continue;
        case LineReader::Kind::End:
            if (m_file)
                m_lines.reset(); // on to the next file
            else
                return false;
            continue;
        case LineReader::Kind::Failed:
            fail(QT_TRANSLATE_NOOP("Journal::Cursor", "Reading the journal %1 stopped early: %2."), m_deviceName,
                 m_device->errorString());
            return false;
        }
        if (!isBlank(*line))
            return true;
    }
    return false;
}

// A forward line by what it starts with, else an entry, else a forward line laid out another way. A last line without
// '\n' that is neither was cut off by a crash: torn, not malformed.
std::optional<Record> Cursor::decodeLine(QByteArrayView line, LineKind kind)
{
    if (ForwardCodec::leadingForwardOf(line)) {
        if (std::optional<Forward> forward = ForwardCodec::decode(line))
            return Record(std::move(*forward));
    } else if (std::optional<Entry> entry = Codec::decode(line)) {
        return Record(std::move(*entry));
    } else if (std::optional<Forward> forward = ForwardCodec::decode(line)) {
        return Record(std::move(*forward));
    }
    if (kind == LineKind::Last)
        m_tornTail = true;
    else
        ++m_skippedLines;
    return std::nullopt;
}

std::optional<Record> Cursor::nextRecord()
{
    QByteArrayView line;
    LineKind kind;
    while (nextLine(&line, &kind)) {
        if (std::optional<Record> record = decodeLine(line, kind))
            return record;
    }
    return std::nullopt;
}

std::optional<Record> Cursor::nextRecord(qint64 fromSeq)
{
    QByteArrayView line;
    LineKind kind;
    while (nextLine(&line, &kind)) {
        const std::optional<qint64> forwardOf = ForwardCodec::leadingForwardOf(line);
        const std::optional<qint64> seq = forwardOf ? forwardOf : Codec::leadingSeq(line);
        if (seq && *seq < fromSeq)
            continue;
        if (std::optional<Record> record = decodeLine(line, kind))
            return record;
    }
    return std::nullopt;
}

qint64 Cursor::lineOffset() const
{
    return m_lines ? m_lines->lineOffset() : -1;
}

std::optional<Entry> Cursor::next()
{
    while (std::optional<Record> record = nextRecord()) {
        if (Entry *entry = std::get_if<Entry>(&*record))
            return std::move(*entry);
    }
    return std::nullopt;
}

std::optional<Entry> Cursor::find(qint64 seq)
{
    skipFilesBefore(seq);
    QByteArrayView line;
    LineKind kind;
    while (nextLine(&line, &kind)) {
        const std::optional<qint64> leading = Codec::leadingSeq(line);
        if (leading && *leading != seq) {
            if (*leading > seq)
                return std::nullopt;
            continue;
        }
        if (!leading && ForwardCodec::leadingForwardOf(line))
            continue;
        const std::optional<Record> record = decodeLine(line, kind);
        const Entry *entry = record ? std::get_if<Entry>(&*record) : nullptr;
        if (entry && entry->seq == seq)
            return *entry;
        if (entry && entry->seq > seq)
            return std::nullopt;
    }
    return std::nullopt;
}

QList<Forward> Cursor::forwardsOf(qint64 seq)
{
    skipFilesBefore(seq);
    QList<Forward> found;
    QByteArrayView line;
    LineKind kind;
    while (nextLine(&line, &kind)) {
        const std::optional<qint64> leading = ForwardCodec::leadingForwardOf(line);
        if ((leading && *leading != seq) || (!leading && Codec::leadingSeq(line)))
            continue;
        const std::optional<Record> record = decodeLine(line, kind);
        const Forward *forward = record ? std::get_if<Forward>(&*record) : nullptr;
        if (forward && forward->forwardOf == seq)
            found.append(*forward);
    }
    return found;
}

void Cursor::skipFilesBefore(qint64 seq)
{
    for (qsizetype i = m_files.size() - 1; i > m_nextFile; --i) {
        const std::optional<qint64> first = firstSeq(m_files.at(i));
        if (first && *first <= seq) {
            m_nextFile = i;
            return;
        }
    }
}

// The seq of a file's first entry, when its first line but forward lines is one.
std::optional<qint64> Cursor::firstSeq(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    LineReader lines(&file);
    QByteArrayView line;
    LineReader::Kind kind = lines.next(&line);
    while (kind == LineReader::Kind::Line && (isBlank(line) || ForwardCodec::leadingForwardOf(line)))
        kind = lines.next(&line);
    if (kind != LineReader::Kind::Line && kind != LineReader::Kind::Unterminated)
        return std::nullopt;
    if (const std::optional<qint64> leading = Codec::leadingSeq(line))
        return leading;
    const std::optional<Entry> entry = Codec::decode(line);
    return entry ? std::optional<qint64>(entry->seq) : std::nullopt;
}

// Files newest first, each read backwards from its end, until one has an entry. A stream, a file that is one (a
// named pipe) and a cursor already reading are read through.
std::optional<Entry> Cursor::last()
{
    for (qsizetype i = m_files.size() - 1; m_device == nullptr && i >= m_nextFile; --i) {
        QFile file(m_files.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QT_TRANSLATE_NOOP("Journal::Cursor", "Cannot read the journal %1: %2."), file.fileName(),
                 file.errorString());
            return std::nullopt;
        }
        if (file.isSequential())
            break;
        Tail::Found found;
        if (!Tail::scan(file, &found)) {
            fail(QT_TRANSLATE_NOOP("Journal::Cursor", "Reading the journal %1 stopped early: %2."), file.fileName(),
                 file.errorString());
            return std::nullopt;
        }
        if (found.lastEntry || i == m_nextFile)
            return found.lastEntry;
    }
    std::optional<Entry> last;
    while (std::optional<Entry> entry = next())
        last = std::move(entry);
    return last;
}

} // namespace Journal
