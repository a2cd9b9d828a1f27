// SPDX-License-Identifier: MIT
#include "cli/requestinput.h"

#include "http/requestparser.h"
#include "journal/reader.h"

namespace Cli::RequestInput {

namespace {
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
    limits.maxBodyBytes = 64 * 1024 * 1024;
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

Http::Request toRequest(const Journal::Entry &entry)
{
    Http::Request request;
    request.method = entry.method;
    request.target = entry.target;
    request.version = QByteArrayLiteral("HTTP/1.1");
    request.headers = entry.headers;
    request.body = entry.body;
    request.remote = entry.remote;
    request.receivedAt = entry.receivedAt;
    return request;
}

Loaded fromJournal(const QByteArray &input, qint64 seq)
{
    Loaded loaded;
    const Journal::ReadResult read = Journal::Reader::readBytes(input);
    if (read.entries.isEmpty()) {
        loaded.error = QStringLiteral("The input looks like JSON but holds no journal entry.");
        return loaded;
    }
    const Journal::Entry *chosen = seq == 0 ? &read.entries.last() : nullptr;
    for (const Journal::Entry &entry : read.entries) {
        if (entry.seq == seq)
            chosen = &entry;
    }
    if (!chosen) {
        loaded.error = QStringLiteral("The journal has no entry with seq %1.").arg(seq);
        return loaded;
    }
    loaded.request = toRequest(*chosen);
    loaded.source = QStringLiteral("journal entry #%1").arg(chosen->seq);
    return loaded;
}
} // namespace

Loaded parse(const QByteArray &input, qint64 seq)
{
    if (input.trimmed().isEmpty()) {
        Loaded loaded;
        loaded.error = QStringLiteral("No request given: pass --request FILE or pipe the request on stdin.");
        return loaded;
    }
    if (input.trimmed().startsWith('{'))
        return fromJournal(input, seq);
    return fromRaw(input);
}

} // namespace Cli::RequestInput
