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

// The same with the other header fields of a real delivery (X-Vipps-Authorization, Webhook-Id "hook-1", Content-Type,
// User-Agent, Content-Length) after the signature's, then extraHeaders: what a replay sends again.
inline Journal::Entry deliveryEntry(qint64 seq, const QByteArray &secret, const QUrl &url, const QByteArray &body,
                                    const QDateTime &signedAt, const Http::HeaderList &extraHeaders = {})
{
    Journal::Entry entry = signedJournalEntry(url, secret, body, signedAt, seq);
    entry.headers.resize(4); // Host, x-ms-date, x-ms-content-sha256, Authorization
    entry.headers += Http::HeaderList{{"X-Vipps-Authorization", entry.headers.value("Authorization")},
                                      {"Webhook-Id", "hook-1"},
                                      {"Content-Type", "application/json; charset=utf-8"},
                                      {"User-Agent", "Vipps MobilePay/1.0 Webhooks/1.0"},
                                      {"Content-Length", QByteArray::number(body.size())}};
    entry.headers += extraHeaders;
    return entry;
}
