// SPDX-License-Identifier: MIT
// What came back for one request read through a BoundedReply: status, headers, the kept start of the body, the time
// taken, or why no whole answer came (docs/architecture.md §3 "Answers read from others").
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Http {

class BoundedReply;

struct PeerAnswer
{
    int status = 0;       // 0: no whole HTTP answer (see error)
    QByteArray reason;    // the reason phrase as sent, else the standard one for the status
    HeaderList headers;   // as received
    QByteArray body;      // the kept start of the body (BoundedReply::Bounds::keepBytes)
    qint64 bodyBytes = 0; // of the whole body
    qint64 elapsedMs = 0; // from the request to the answer's end (or to giving up)
    QString error;        // why there was no whole answer; empty when there was one
    bool timedOut = false;
    int unfinishedStatus = 0;      // timed out after this status line came: the body did not end
    bool connectionFailed = false; // no connection at all: refused, no such host, network unreachable

    bool ok() const { return status >= 200 && status < 300; }
    bool cut() const { return bodyBytes > body.size(); }

    // The answer of a finished reply.
    static PeerAnswer of(const BoundedReply &reply, qint64 elapsedMs);
};

} // namespace Http

Q_DECLARE_METATYPE(Http::PeerAnswer)
