// SPDX-License-Identifier: MIT
#include "cli/requestinput.h"

#include "http/requestparser.h"
#include "journal/cursor.h"
#include "journal/files.h"

#include <QIODevice>

namespace Cli::RequestInput {

namespace {
// A raw request is read whole; a journal, of any size, as a stream.
constexpr qint64 MaxRawBytes = 64 * 1024 * 1024;
constexpr qint64 PeekBytes = 64 * 1024;

// Hand-written request files often have LF line endings; the wire format needs CRLF (RFC 9112 §2.2).
QByteArray withCrlfHeaders(const QByteArray &input, QStringList *notes)
{
    if (input.contains("\r\n"))
        return input;
    const qsizetype end = input.indexOf("\n\n");
    QByteArray head = end < 0 ? input : input.left(end + 1);
    const QByteArray body = end < 0 ? QByteArray() : input.mid(end + 2);
    head.replace("\n", "\r\n");
    notes->append(
        QStringLiteral("The header lines ended in LF only; they were read as CRLF. The body was kept as is."));
    return head + "\r\n" + body;
}

Loaded fromRaw(const QByteArray &input)
{
    Loaded loaded;
    loaded.source = QStringLiteral("raw HTTP request");
    Http::Limits limits;
    limits.maxBodyBytes = MaxRawBytes;
    Http::RequestParser parser(limits);
    parser.append(withCrlfHeaders(input, &loaded.notes));
    switch (parser.parse()) {
    case Http::RequestParser::Status::Complete:
        loaded.request = parser.takeRequest();
        if (parser.bufferedBytes() > 0)
            loaded.notes.append(QStringLiteral("%1 bytes after the body (beyond Content-Length) were ignored.")
                                    .arg(parser.bufferedBytes()));
        break;
    case Http::RequestParser::Status::NeedMore:
        loaded.error = QStringLiteral("The request is incomplete: the headers do not end with an empty line, or "
                                      "the body is shorter than Content-Length says.");
        break;
    case Http::RequestParser::Status::Failed:
        loaded.error = QStringLiteral("The request could not be parsed: %1").arg(Http::describe(parser.error()));
        break;
    }
    return loaded;
}

Loaded fromJournal(Journal::Cursor &cursor, qint64 seq)
{
    Loaded loaded;
    const std::optional<Journal::Entry> entry = seq == 0 ? cursor.last() : cursor.find(seq);
    if (!cursor.ok())
        loaded.error = cursor.errorMessage();
    else if (!entry && seq == 0)
        loaded.error = QStringLiteral("The input looks like JSON but holds no journal entry.");
    else if (!entry)
        loaded.error = QStringLiteral("The journal has no entry with seq %1.").arg(seq);
    if (!entry)
        return loaded;
    loaded.request = entry->toRequest();
    loaded.source = QStringLiteral("journal entry #%1").arg(entry->seq);
    return loaded;
}

// A journal starts with its first entry's '{' (after any blank lines); one just rotated is empty, its entries are
// in the files rotated from it.
bool looksLikeJournal(QIODevice *device, const QString &path)
{
    const QByteArray start = device->peek(PeekBytes).trimmed();
    return start.startsWith('{') ||
           (start.isEmpty() && !path.isEmpty() && !Journal::Files::rotatedFiles(path).isEmpty());
}

Loaded fromRawInput(QIODevice *device)
{
    const QByteArray input = device->read(MaxRawBytes + 1);
    Loaded loaded;
    if (input.size() > MaxRawBytes)
        loaded.error = QStringLiteral("The request is larger than 64 MiB.");
    else if (input.trimmed().isEmpty())
        loaded.error = QStringLiteral("No request given: pass --request FILE or pipe the request on stdin.");
    else
        loaded = fromRaw(input);
    return loaded;
}
} // namespace

Loaded load(QIODevice *device, const QString &path, qint64 seq)
{
    if (!looksLikeJournal(device, path))
        return fromRawInput(device);
    // A pipe (stdin, or a path such as /dev/fd/63) is read on as it is: what was peeked is gone from a second open.
    if (path.isEmpty() || device->isSequential()) {
        Journal::Cursor cursor(device, path.isEmpty() ? QStringLiteral("stdin") : path);
        return fromJournal(cursor, seq);
    }
    Journal::Cursor cursor(path);
    return fromJournal(cursor, seq);
}

} // namespace Cli::RequestInput
