// SPDX-License-Identifier: MIT
#include "events/eventrow.h"

#include "base/visibletext.h"
#include "journal/entrylookup.h"

namespace Events {

EventRow EventRow::of(const EventRecord &record)
{
    EventRow row;
    const Journal::Entry &entry = record.entry;
    row.seq = entry.seq;
    row.receivedAt = entry.receivedAt;
    row.journalOffset = record.journalOffset;
    row.summary = record.summary;
    if (!record.verified && record.summary.name.isEmpty())
        row.requestLine = QString::fromUtf8(Base::visibleUtf8(entry.method + ' ' + entry.target));
    row.result = record.verification.result;
    row.reason = record.verification.reasonPhrase.isEmpty() ? Signature::Phrase(record.verification.reason)
                                                            : record.verification.reasonPhrase;
    row.webhookId = record.verification.webhookId;
    row.status = entry.status;
    row.verified = record.verified;
    row.duplicate = entry.duplicate;
    row.restored = record.restored;
    row.journaled = record.journaled;
    row.searchText = record.searchText;
    row.handlerAnswers = record.handlerAnswers;
    return row;
}

void EventRow::shareTexts(StringPool *pool)
{
    summary.name = pool->shared(summary.name);
    summary.currency = pool->shared(summary.currency);
    webhookId = pool->shared(webhookId);
    reason = pool->shared(reason);
}

// docs/architecture.md §7 "The event log's memory": the line is looked for at its offset first, then by its seq; one
// received at another moment is another journal's (the same seq in a journal started afresh), not this row's.
EventRecord EventRow::record(const QString &journalPath) const
{
    if (whole || !journaled || journalPath.isEmpty())
        return record(nullptr);
    Journal::EntryLookup journal(journalPath);
    return record(&journal);
}

EventRecord EventRow::record(Journal::EntryLookup *journal) const
{
    if (whole) {
        EventRecord record = *whole;
        record.searchText = searchText;
        record.handlerAnswers = handlerAnswers;
        return record;
    }
    std::optional<Journal::Entry> entry;
    if (journaled && journal)
        entry = journal->find(seq, journalOffset);
    if (!entry || entry->receivedAt != receivedAt)
        return summaryRecord();
    EventRecord record = EventRecord::fromJournal(*entry);
    record.restored = restored;
    record.readBack = !restored;
    record.verification.result = result;
    record.verification.setReason(reason);
    record.journalOffset = journalOffset;
    record.searchText = searchText;
    record.handlerAnswers = handlerAnswers;
    return record;
}

EventRecord EventRow::summaryRecord() const
{
    EventRecord record;
    record.entry.seq = seq;
    record.entry.receivedAt = receivedAt;
    // A request that was no delivery keeps its request line ("GET /x", escaped): what it asked for is still said.
    const qsizetype space = requestLine.indexOf(u' ');
    if (space > 0) {
        record.entry.method = requestLine.left(space).toUtf8();
        record.entry.target = requestLine.mid(space + 1).toUtf8();
    }
    record.entry.status = status;
    record.entry.duplicate = duplicate;
    record.entry.result = verified ? Signature::resultName(result) : QString();
    record.entry.reason = reason.english();
    record.entry.webhookId = webhookId;
    record.summary = summary;
    record.verified = verified;
    record.verification.result = result;
    record.verification.setReason(reason);
    record.verification.webhookId = webhookId;
    record.restored = restored;
    record.readBack = !restored;
    record.lost = true;
    record.journaled = journaled;
    record.journalOffset = journalOffset;
    record.searchText = searchText;
    record.handlerAnswers = handlerAnswers;
    return record;
}

} // namespace Events
