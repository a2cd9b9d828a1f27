// SPDX-License-Identifier: MIT
// A journal entry sent again to a webhook handler (`vipps-hooks replay`, the app's event log): as received, re-signed
// for the new URL with a new x-ms-date, or with another body, re-signed (docs/architecture.md §6 "Replay").
#pragma once

#include "http/outgoingrequest.h"
#include "journal/entry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Events {

class Replay
{
    Q_DECLARE_TR_FUNCTIONS(Events::Replay)

public:
    enum class Mode { AsReceived, Resigned, Edited };

    // "as-received", "resigned", "edited".
    static QString modeName(Mode mode);

    // Where a request received on pathAndQuery goes: `to` as given when it has a path ("/" too); a URL with none
    // (http://localhost:3000) gets that path and query.
    static QUrl targetUrl(const QByteArray &pathAndQuery, const QUrl &to);
    // The path and query entry was received on (of an absolute-form target, its path and query).
    static QByteArray receivedPath(const Journal::Entry &entry);

    // The same method, header fields and body bytes, to targetUrl(receivedPath(entry), to): the signature headers,
    // x-ms-date and x-ms-content-sha256 unchanged, so the signature is the one made for the URL the delivery was sent
    // to. Host names the new URL's host, as HTTP needs to reach it; fields that describe the old connection and its
    // framing (isConnectionField(), and those its Connection field names) are left to the new one.
    static Http::OutgoingRequest asReceived(const Journal::Entry &entry, const QUrl &to);
    // As received, with body instead of the entry's when given, then signed for its URL with secret at dateUtc
    // (sign()).
    static Http::OutgoingRequest resigned(const Journal::Entry &entry, const QUrl &to, const QByteArray &secret,
                                          const QDateTime &dateUtc, const std::optional<QByteArray> &body = {});

    // Signs request for its URL and body exactly as Vipps does (docs/vipps-wire.md §5) and as `vipps-hooks send`
    // does: Host, x-ms-date, x-ms-content-sha256, Authorization and X-Vipps-Authorization get their new values in
    // the place of the old ones; those it lacks go first, in that order.
    static void sign(Http::OutgoingRequest &request, const QByteArray &secret, const QDateTime &dateUtc);

    // Header fields that belong to one connection or one message's framing, which a request sent anew gets afresh
    // (Http::HopByHop::isConnectionField), and Accept-Encoding: Qt's client asks for the encodings it undoes itself.
    static bool isConnectionField(QByteArrayView name);

    // Entry seq of the journal at path and the files rotated from it, read with a Journal::Cursor; nullopt with a
    // message when there is no journal, it cannot be read or it has no such entry.
    static std::optional<Journal::Entry> find(const QString &journalPath, qint64 seq, QString *error);
};

} // namespace Events
