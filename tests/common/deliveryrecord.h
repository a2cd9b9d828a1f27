// SPDX-License-Identifier: MIT
// Test helper: a verified delivery as the app's event log holds it, signed a moment ago by webhook "hook-1", for
// replaying from the log.
#pragma once

#include "events/eventrecord.h"
#include "signedentry.h"

// A delivery of body to url signed with secret now, journaled as seq and verified valid as webhook hook-1's.
inline Events::EventRecord verifiedDelivery(qint64 seq, const QByteArray &secret, const QUrl &url,
                                            const QByteArray &body)
{
    Events::EventRecord record;
    record.entry = deliveryEntry(seq, secret, url, body, QDateTime::currentDateTimeUtc());
    record.summary = Receiver::EventSummary::fromBody(body);
    record.verification.result = Signature::Result::Valid;
    record.verification.webhookId = QStringLiteral("hook-1");
    record.verified = true;
    return record;
}
