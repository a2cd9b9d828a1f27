// SPDX-License-Identifier: MIT
#include "journal/writer.h"

#include "journal/codec.h"
#include "journal/files.h"
#include "journal/forwardcodec.h"
#include "journal/tail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <utility>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Journal {

namespace {

QString message(const char *text, const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Journal::Writer", text).arg(QDir::toNativeSeparators(path), reason);
}

void report(QString *errorMessage, const QString &text)
{
    if (errorMessage)
        *errorMessage = text;
}

bool scanTail(const QString &path, Tail::Found *tail, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(errorMessage, message(QT_TRANSLATE_NOOP("Journal::Writer",
                                                       "Cannot read the journal %1 to continue its numbering: %2."),
                                     path, file.errorString()));
        return false;
    }
    if (file.isSequential()) // a character device: no lines to continue
        return true;
    if (!Tail::scan(file, tail)) {
        report(errorMessage, message(QT_TRANSLATE_NOOP("Journal::Writer",
                                                       "Cannot read the journal %1 to continue its numbering: %2."),
                                     path, file.errorString()));
        return false;
    }
    return true;
}

// The entry's data, not its file's times: what fdatasync promises (docs/architecture.md §4 "Durability").
bool syncData(int handle)
{
#if defined(Q_OS_WIN)
    return ::_commit(handle) == 0;
#elif defined(Q_OS_LINUX)
    return ::fdatasync(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

} // namespace

Writer::Writer() : m_syncData(syncData) {}

Writer::~Writer()
{
    close();
}

bool Writer::open(const QString &path, QString *errorMessage)
{
    close();
    m_file.setFileName(path);
    if (!openFile()) {
        report(errorMessage,
               message(QT_TRANSLATE_NOOP("Journal::Writer",
                                         "Cannot open the journal %1 for writing: %2. Check that its folder exists and "
                                         "that it may be written to."),
                       path, m_file.errorString()));
        return false;
    }
    Tail::Found tail;
    if (!scanTail(path, &tail, errorMessage) || (!tail.lastEntry && !scanRotated(path, &tail, errorMessage))) {
        m_file.close();
        return false;
    }
    m_nextSeq = tail.lastEntry ? tail.lastEntry->seq + 1 : 1;
    m_atLineStart = tail.endsWithNewline;
    if (!m_atLineStart && !endLine()) {
        report(errorMessage,
               message(QT_TRANSLATE_NOOP("Journal::Writer", "Cannot repair the torn last line of the journal %1: %2."),
                       path, m_file.errorString()));
        m_file.close();
        return false;
    }
    return true;
}

// A new journal is its owner's alone: it holds whole requests (docs/architecture.md §4 "Files"). With sync, the
// folder is synced once the file is new, so the file itself, and the renames of a rotation, survive a power cut.
bool Writer::openFile()
{
    const QFileInfo info(m_file.fileName());
    const bool created = !info.exists();
    // A device or a pipe has no end to append at (and QFile would try to seek to it); it is written as it is.
    const QIODevice::OpenMode where = created || info.isFile() ? QIODevice::Append : QIODevice::NotOpen;
    if (!m_file.open(QIODevice::WriteOnly | where | QIODevice::Unbuffered,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    m_regularFile = QFileInfo(m_file.fileName()).isFile();
    m_size = m_regularFile ? m_file.size() : 0;
    m_rotationFailed = false;
    m_atLineStart = true;
    if (created && m_options.sync)
        Files::syncFolder(QFileInfo(m_file.fileName()).absolutePath());
    return true;
}

// Seq numbers go on across rotated files: with no entry in the file itself, the newest rotated file that has one
// tells where to continue. tail->endsWithNewline stays the file's own.
bool Writer::scanRotated(const QString &path, Tail::Found *tail, QString *errorMessage)
{
    for (const Files::RotatedFile &rotated : Files::rotatedFiles(path)) {
        Tail::Found found;
        if (!scanTail(rotated.path, &found, errorMessage))
            return false;
        if (found.lastEntry) {
            tail->lastEntry = std::move(found.lastEntry);
            return true;
        }
    }
    return true;
}

// docs/architecture.md §4 "Rotation": the file that would grow past the limit becomes journal.1.jsonl and a new one
// is started. When the files cannot be renamed, writing goes on in the full one until the journal is opened again.
void Writer::rotateIfFull(qint64 incomingBytes)
{
    if (!m_regularFile || m_rotationFailed || m_options.maxFileBytes <= 0 || m_size == 0 ||
        m_size + incomingBytes <= m_options.maxFileBytes)
        return;
    if (m_options.sync && std::exchange(m_unsynced, false))
        m_syncData(m_file.handle()); // forward lines written since the last commit go to disk with their file
    if (!Files::shift(m_file.fileName(), qMax(1, m_options.keepFiles))) {
        m_rotationFailed = true;
        return;
    }
    m_file.close();
    openFile();
}

bool Writer::append(Entry *entry, QString *errorMessage)
{
    const qint64 previousSeq = entry->seq;
    entry->seq = m_nextSeq;
    const char *notWritten =
        QT_TRANSLATE_NOOP("Journal::Writer", "Cannot write to the journal %1: %2. The request was not recorded; "
                                             "free some space or choose another journal file.");
    if (!writeLine(Codec::encode(*entry), notWritten, errorMessage)) {
        entry->seq = previousSeq;
        return false;
    }
    ++m_nextSeq;
    return true;
}

// docs/architecture.md §4 "Forward lines": no seq of its own, written at once in either mode.
bool Writer::appendForward(const Forward &forward, QString *errorMessage)
{
    const char *notWritten = QT_TRANSLATE_NOOP(
        "Journal::Writer", "Cannot write to the journal %1: %2. The handler's answer was not recorded.");
    const bool written = writeLine(ForwardCodec::encode(forward), notWritten, errorMessage);
    m_unsynced = m_unsynced || written;
    return written;
}

bool Writer::writeLine(QByteArray line, const char *notWritten, QString *errorMessage)
{
    if (!m_file.isOpen()) {
        report(errorMessage, QCoreApplication::translate("Journal::Writer", "The journal is not open."));
        return false;
    }
    rotateIfFull(line.size());
    if (!m_file.isOpen()) {
        report(errorMessage,
               message(QT_TRANSLATE_NOOP("Journal::Writer", "Cannot open the journal %1 for writing: %2."),
                       m_file.fileName(), m_file.errorString()));
        return false;
    }
    if (!m_atLineStart)
        line.prepend('\n');
    const qint64 start = m_size + (m_atLineStart ? 0 : 1);
    const qint64 written = writeAll(line);
    if (written == line.size()) {
        m_atLineStart = true;
        m_lastLineOffset = m_regularFile ? start : -1;
        return true;
    }
    report(errorMessage, message(notWritten, m_file.fileName(), m_file.errorString()));
    if (written > 0)
        endLine(); // best effort: a reader skips the partial line instead of gluing the next entry to it
    return false;
}

// One write() call for the whole line when the kernel accepts it; continues after a short write.
qint64 Writer::writeAll(QByteArrayView data)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = m_file.write(data.data() + written, data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written > 0)
        m_atLineStart = data.at(written - 1) == '\n';
    m_size += written;
    return written;
}

bool Writer::endLine()
{
    return writeAll("\n") == 1;
}

void Writer::stage(Entry *entry)
{
    entry->seq = m_nextSeq + m_stagedEnds.size();
    m_staged += Codec::encode(*entry);
    m_stagedEnds.append(m_staged.size());
}

qsizetype Writer::commit(QString *errorMessage)
{
    m_committedOffsets.clear();
    const qsizetype written = writeStaged(errorMessage);
    m_nextSeq += written;
    m_staged.clear();
    m_stagedEnds.clear();
    if (written == 0 || !m_options.sync)
        return written;
    m_unsynced = false;
    if (!m_syncData(m_file.handle())) {
        report(errorMessage,
               message(QT_TRANSLATE_NOOP("Journal::Writer",
                                         "Cannot make the journal %1 durable: %2. The requests were not answered as "
                                         "stored; the senders retry."),
                       m_file.fileName(), qt_error_string()));
        return 0;
    }
    return written;
}

qsizetype Writer::writeStaged(QString *errorMessage)
{
    if (m_stagedEnds.isEmpty())
        return 0;
    if (m_file.isOpen())
        rotateIfFull(m_staged.size());
    if (!m_file.isOpen()) {
        report(errorMessage,
               message(QT_TRANSLATE_NOOP("Journal::Writer", "Cannot open the journal %1 for writing: %2."),
                       m_file.fileName(), m_file.errorString()));
        return 0;
    }
    const qsizetype offset = m_atLineStart ? 0 : 1;
    if (offset > 0)
        m_staged.prepend('\n');
    const qint64 start = m_size + offset;
    const qint64 written = writeAll(m_staged) - offset;
    const qsizetype whole =
        std::upper_bound(m_stagedEnds.cbegin(), m_stagedEnds.cend(), written) - m_stagedEnds.cbegin();
    for (qsizetype i = 0; i < whole; ++i)
        m_committedOffsets.append(m_regularFile ? start + (i > 0 ? m_stagedEnds.at(i - 1) : 0) : -1);
    if (whole < m_stagedEnds.size()) {
        report(
            errorMessage,
            message(QT_TRANSLATE_NOOP("Journal::Writer",
                                      "Cannot write to the journal %1: %2. The requests were not recorded; free some "
                                      "space or choose another journal file."),
                    m_file.fileName(), m_file.errorString()));
        if (!m_atLineStart)
            endLine(); // best effort, as in append()
    }
    return whole;
}

bool Writer::sync()
{
    if (!m_file.isOpen())
        return false;
#if defined(Q_OS_WIN)
    return ::_commit(m_file.handle()) == 0;
#else
    return ::fsync(m_file.handle()) == 0;
#endif
}

void Writer::close()
{
    if (m_file.isOpen())
        m_file.close();
    m_atLineStart = true;
    m_unsynced = false;
    m_staged.clear();
    m_stagedEnds.clear();
}

} // namespace Journal
