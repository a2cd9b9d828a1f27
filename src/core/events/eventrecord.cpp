// SPDX-License-Identifier: MIT
#include "events/eventrecord.h"

#include "receiver/webhookhandler.h"

namespace Events {

EventRecord EventRecord::fromDelivery(const Receiver::Delivery &delivery)
{
    EventRecord record;
    record.entry = delivery.entry;
    record.verification = delivery.verification;
    record.summary = Receiver::EventSummary::fromBody(delivery.entry.body);
    record.verified = !delivery.entry.result.isEmpty();
    record.journaled = delivery.journaled;
    record.journalOffset = delivery.journalOffset;
    return record;
}

EventRecord EventRecord::fromJournal(const Journal::Entry &entry)
{
    EventRecord record;
    record.entry = entry;
    record.summary = Receiver::EventSummary::fromBody(entry.body);
    Signature::Verification &v = record.verification;
    record.verified = Signature::resultFromName(entry.result, &v.result);
    v.reason = entry.reason; // in English, as the journal keeps it
    v.webhookId = entry.webhookId;
    record.restored = true;
    record.journaled = !entry.imported;
    return record;
}

} // namespace Events
