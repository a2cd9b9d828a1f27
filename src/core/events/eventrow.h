// SPDX-License-Identifier: MIT
// One row of the event log as the log keeps it for as long as it holds it: what the table shows and searches, and
// where the rest is in the journal (docs/architecture.md §7 "The event log's memory"). A few hundred bytes, where
// the whole record with its headers, body and signature steps is several KiB.
#pragma once

#include "events/eventrecord.h"
#include "events/stringpool.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Journal {
class EntryLookup;
}

namespace Events {

struct EventRow
{
    qint64 seq = 0;
    QDateTime receivedAt;
    qint64 journalOffset = -1; // where its journal line starts (Journal::EntryLookup); -1 when not known
    Receiver::EventSummary summary;
    QString requestLine; // "GET /x" for a request that was no delivery, escaped; empty for deliveries
    // The result when it arrived, with its reason.
    Signature::Result result = Signature::Result::Unsigned;
    Signature::Phrase reason;
    QString webhookId; // of the secret that matched, else the Webhook-Id header
    int status = 0;
    bool verified = false;
    bool duplicate = false;
    bool restored = false;  // from the journal of an earlier run
    bool journaled = false; // in the journal, so it can be read back whole
    QByteArray searchText;  // EventLogModel::searchTextOf, UTF-8
    QList<HandlerAnswer> handlerAnswers;
    // The record as it arrived, while the log keeps it whole: the newest rows, and rows the journal cannot give back.
    std::shared_ptr<const EventRecord> whole;

    // The row of a record, without the record itself (whole stays null).
    static EventRow of(const EventRecord &record);
    // Takes the pool's copies of the texts many rows repeat: event name, currency, webhook id, reason.
    void shareTexts(StringPool *pool);
    // The whole record: the one kept, else read back from the journal at journalPath (readBack set, its steps not
    // made yet: Workspace::checkedAgain makes them), else what the row keeps with no request (lost set).
    EventRecord record(const QString &journalPath) const;
    // The same with a lookup that stays open for the rows after it (null: no journal).
    EventRecord record(Journal::EntryLookup *journal) const;
    // The record from what the row keeps alone, for a row whose request is gone: no headers, no body, lost set.
    EventRecord summaryRecord() const;
};

} // namespace Events

Q_DECLARE_METATYPE(Events::EventRow)
