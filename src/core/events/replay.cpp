// SPDX-License-Identifier: MIT
#include "events/replay.h"

#include "http/hopbyhop.h"
#include "journal/cursor.h"
#include "journal/files.h"
#include "signature/scheme.h"
#include "signature/signer.h"

#include <QDir>

namespace Events {

namespace {

// Each field of fresh takes the place of the first field of its name (later ones of that name go); the fields of
// fresh that headers lacks come first.
Http::HeaderList withFields(const Http::HeaderList &headers, const Http::HeaderList &fresh)
{
    Http::HeaderList out;
    Http::HeaderList missing = fresh;
    for (const Http::Header &header : headers) {
        const auto same = [&header](const Http::Header &other) {
            return header.name.compare(other.name, Qt::CaseInsensitive) == 0;
        };
        const auto replacement = std::find_if(fresh.cbegin(), fresh.cend(), same);
        if (replacement == fresh.cend()) {
            out.append(header);
            continue;
        }
        const auto stillMissing = std::find_if(missing.begin(), missing.end(), same);
        if (stillMissing != missing.end()) {
            out.append(Http::Header{header.name, replacement->value});
            missing.erase(stillMissing);
        }
    }
    missing.append(out);
    return missing;
}

} // namespace

QString Replay::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Resigned: return QStringLiteral("resigned");
    case Mode::Edited: return QStringLiteral("edited");
    case Mode::AsReceived: break;
    }
    return QStringLiteral("as-received");
}

QUrl Replay::targetUrl(const QByteArray &pathAndQuery, const QUrl &to)
{
    if (!to.path().isEmpty())
        return to;
    const QByteArray origin = to.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QUrl::fromEncoded(origin + pathAndQuery);
}

QByteArray Replay::receivedPath(const Journal::Entry &entry)
{
    return entry.toRequest().pathAndQuery();
}

bool Replay::isConnectionField(QByteArrayView name)
{
    return Http::HopByHop::isConnectionField(name) || name.compare("accept-encoding", Qt::CaseInsensitive) == 0;
}

Http::OutgoingRequest Replay::asReceived(const Journal::Entry &entry, const QUrl &to)
{
    Http::OutgoingRequest request;
    request.method = entry.method;
    request.url = targetUrl(receivedPath(entry), to);
    request.body = entry.body;
    for (const Http::Header &header : Http::HopByHop::endToEnd(entry.headers)) {
        if (!isConnectionField(header.name))
            request.headers.append(header);
    }
    request.headers = withFields(request.headers, {{"Host", Signature::Scheme::hostOf(request.url)}});
    return request;
}

Http::OutgoingRequest Replay::resigned(const Journal::Entry &entry, const QUrl &to, const QByteArray &secret,
                                       const QDateTime &dateUtc, const std::optional<QByteArray> &body)
{
    Http::OutgoingRequest request = asReceived(entry, to);
    if (body)
        request.body = *body;
    sign(request, secret, dateUtc);
    return request;
}

void Replay::sign(Http::OutgoingRequest &request, const QByteArray &secret, const QDateTime &dateUtc)
{
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(secret, request.url, request.body, dateUtc);
    Http::HeaderList fresh = signedHeaders.toHeaders();
    fresh.append(Http::Header{"X-Vipps-Authorization", signedHeaders.authorization});
    request.headers = withFields(request.headers, fresh);
}

std::optional<Journal::Entry> Replay::find(const QString &journalPath, qint64 seq, QString *error)
{
    if (Journal::Files::chain(journalPath).isEmpty()) {
        *error = tr("there is no journal at %1.").arg(QDir::toNativeSeparators(journalPath));
        return std::nullopt;
    }
    Journal::Cursor cursor(journalPath);
    std::optional<Journal::Entry> entry = cursor.find(seq);
    if (!cursor.ok())
        *error = cursor.errorMessage();
    else if (!entry)
        *error = tr("the journal %1 has no entry #%2.").arg(QDir::toNativeSeparators(journalPath)).arg(seq);
    return cursor.ok() ? entry : std::nullopt;
}

} // namespace Events
