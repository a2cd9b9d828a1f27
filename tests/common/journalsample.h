// SPDX-License-Identifier: MIT
// Test helper: a journal entry and a forward line with every field set, for the journal's reading tests.
#pragma once

#include "journal/entry.h"
#include "journal/forward.h"

#include <QList>

namespace JournalSample {

inline Journal::Entry entry(qint64 seq, const QByteArray &body = "{\"n\":1}")
{
    Journal::Entry e;
    e.seq = seq;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, int(seq % 1000)), Qt::UTC);
    e.remote = QStringLiteral("127.0.0.1:50000");
    e.method = "POST";
    e.target = "/hook";
    e.headers = {{"Host", "localhost"}, {"Content-Type", "application/json"}};
    e.body = body;
    e.result = QStringLiteral("valid");
    e.webhookId = QStringLiteral("wh");
    e.status = 200;
    return e;
}

// The seq numbers from first to last, both included.
inline QList<qint64> seqRange(qint64 first, qint64 last)
{
    QList<qint64> seqs;
    for (qint64 seq = first; seq <= last; ++seq)
        seqs.append(seq);
    return seqs;
}

// The handler's answer to entry forwardOf, sent a second after it.
inline Journal::Forward forward(qint64 forwardOf, int status = 200)
{
    Journal::Forward f;
    f.forwardOf = forwardOf;
    f.sentAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 1, int(forwardOf % 1000)), Qt::UTC);
    f.to = QStringLiteral("http://127.0.0.1:3000/vipps");
    f.status = status;
    f.elapsedMs = 12;
    f.headers = {{"Content-Type", "application/json"}};
    f.body = "{\"ok\":true}";
    return f;
}

} // namespace JournalSample
