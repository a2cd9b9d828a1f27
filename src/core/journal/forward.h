// SPDX-License-Identifier: MIT
// What the user's own handler answered when an entry was forwarded to it: a journal line of its own
// (docs/architecture.md §4 "Forward lines").
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Journal {

struct Forward
{
    qint64 forwardOf = 0;       // the seq of the entry that was forwarded; a forward line has no seq of its own
    QDateTime sentAt;           // UTC, when the request to the handler went out
    QString to;                 // the handler's URL, without a password
    int status = 0;             // of a complete answer; 0 when none came (error says why)
    qint64 elapsedMs = 0;       // from sentAt to the answer's end, or to the failure
    bool timedOut = false;      // no complete answer within the deadline
    Http::HeaderList headers;   // the answer's, as far as they came
    QByteArray body;            // the start of the answer's body (Http::BoundedReply::ShownBytes at most)
    bool bodyTruncated = false; // the answer had more body than kept
    QString error;              // empty when a complete answer came

    // A whole answer with a 2xx status: what Vipps counts as delivered (docs/vipps-wire.md §5).
    bool succeeded() const { return error.isEmpty() && status >= 200 && status < 300; }

    friend bool operator==(const Forward &, const Forward &) = default;
};

} // namespace Journal

Q_DECLARE_METATYPE(Journal::Forward)
