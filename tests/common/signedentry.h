// SPDX-License-Identifier: MIT
// Test helper: a journal entry of a delivery signed the way Vipps signs it, as `listen` or the app journals it
// (docs/architecture.md §4, docs/vipps-wire.md §5).
#pragma once

#include "journal/entry.h"
#include "signature/scheme.h"
#include "signature/signer.h"

#include <QUrl>

// A delivery of body to url, signed with secret and dated (and received) at date, journaled as seq with the
// result `result` and answered 200.
inline Journal::Entry signedJournalEntry(const QUrl &url, const QByteArray &secret, const QByteArray &body,
                                         const QDateTime &date, qint64 seq = 0,
                                         const QString &result = QStringLiteral("valid"))
{
    Journal::Entry entry;
    entry.seq = seq;
    entry.receivedAt = date;
    entry.remote = QStringLiteral("127.0.0.1:40000");
    entry.method = "POST";
    entry.target = Signature::Scheme::pathAndQueryOf(url);
    entry.headers = Signature::Signer::sign(secret, url, body, date).toHeaders();
    entry.headers.append(Http::Header{"Host", url.authority(QUrl::FullyEncoded).toUtf8()});
    entry.headers.append(Http::Header{"Content-Type", "application/json; charset=utf-8"});
    entry.body = body;
    entry.result = result;
    entry.status = 200;
    return entry;
}
