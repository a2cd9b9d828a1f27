// SPDX-License-Identifier: MIT
// One received request as the event log keeps it: the journal entry, the verification steps and the few
// payload fields the table shows (docs/vipps-wire.md §5).
#pragma once

#include "journal/entry.h"
#include "receiver/eventsummary.h"
#include "signature/verification.h"

#include <QMetaType>

namespace Receiver {
struct Delivery;
}

namespace Events {

struct EventRecord
{
    Journal::Entry entry;
    Signature::Verification verification;
    Receiver::EventSummary summary;
    bool verified = false; // false for requests that were not deliveries (a 405), which have no result
    // What the log's text filter searches, lower-cased: the shown columns but the time, and the webhook id.
    // Filled on the receiver's thread (else by EventLogModel), so filtering 100 000 rows formats nothing.
    QString searchText;

    static EventRecord fromDelivery(const Receiver::Delivery &delivery);
};

} // namespace Events

Q_DECLARE_METATYPE(Events::EventRecord)
