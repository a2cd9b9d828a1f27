// SPDX-License-Identifier: MIT
// Test helper: a webhook delivery as the journal keeps it (docs/architecture.md §4), signed the way Vipps signs for
// the URL it was sent to (docs/vipps-wire.md §5), for tests that send journal entries again.
#pragma once

#include "journal/entry.h"
#include "signature/signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// POST of body to url's path and query, signed with secret at signedAt, with the header fields of a real delivery
// (Webhook-Id "hook-1") and its Content-Length, then extraHeaders; received at signedAt, verified valid, answered 200.
inline Journal::Entry signedEntry(qint64 seq, const QByteArray &secret, const QUrl &url, const QByteArray &body,
                                  const QDateTime &signedAt, const Http::HeaderList &extraHeaders = {})
{
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(secret, url, body, signedAt);
    Journal::Entry e;
    e.seq = seq;
    e.receivedAt = signedAt;
    e.remote = QStringLiteral("127.0.0.1:40000");
    e.method = "POST";
    e.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    e.headers = signedHeaders.toHeaders();
    e.headers += Http::HeaderList{{"X-Vipps-Authorization", signedHeaders.authorization},
                                  {"Webhook-Id", "hook-1"},
                                  {"Content-Type", "application/json; charset=utf-8"},
                                  {"User-Agent", "Vipps MobilePay/1.0 Webhooks/1.0"},
                                  {"Content-Length", QByteArray::number(body.size())}};
    e.headers += extraHeaders;
    e.body = body;
    e.result = QStringLiteral("valid");
    e.status = 200;
    return e;
}
