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
    return record;
}

} // namespace Events
