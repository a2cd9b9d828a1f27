// SPDX-License-Identifier: MIT
// One received request as the event log keeps it: the journal entry, the verification steps and the few
// payload fields the table shows (docs/vipps-wire.md §5).
#pragma once

#include "events/handleranswer.h"
#include "journal/entry.h"
#include "receiver/eventsummary.h"
#include "signature/verification.h"

#include <QList>
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
    QByteArray searchText; // UTF-8: half the room of a QString for the same text
    // Read back from the journal (an earlier run): the result and reason are the ones journaled when it arrived,
    // the steps were not kept (verification holds no step values until it is checked again).
    bool restored = false;
    // This run's event that the log no longer kept whole: read back from the journal, its steps made again as a
    // restored one's are (docs/architecture.md §7 "The event log's memory").
    bool readBack = false;
    // Neither kept nor found in the journal any more (rotated away, removed): only what the log's row keeps.
    bool lost = false;
    // In the journal, and where its line starts there when known (-1 otherwise).
    bool journaled = false;
    qint64 journalOffset = -1;
    // What the user's handler answered to it, oldest first: forwarded as it arrived, replayed from the app.
    QList<HandlerAnswer> handlerAnswers;

    static EventRecord fromDelivery(const Receiver::Delivery &delivery);
    // An entry of the journal as the log shows it: summary from the body, the journaled result and reason.
    static EventRecord fromJournal(const Journal::Entry &entry);
};

} // namespace Events

Q_DECLARE_METATYPE(Events::EventRecord)
