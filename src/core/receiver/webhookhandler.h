// SPDX-License-Identifier: MIT
// The receiver's request handler: routes, verifies, journals, then answers (docs/architecture.md §3).
#pragma once

#include "http/irequesthandler.h"
#include "journal/entry.h"
#include "receiver/duplicatetracker.h"
#include "signature/verification.h"
#include "signature/verifier.h"

#include <QObject>

#include <functional>

namespace Journal {
class Writer;
}

namespace Receiver {

class GroupCommit;

struct Delivery
{
    Journal::Entry entry;
    Signature::Verification verification;
    bool journaled = false;
    qint64 journalOffset =
        -1; // where its line starts in the journal's file (Journal::Writer::lastLineOffset); -1 unknown
};

class WebhookHandler : public QObject, public Http::IRequestHandler
{
    Q_OBJECT

public:
    explicit WebhookHandler(QObject *parent = nullptr);

    Signature::Verifier &verifier() { return m_verifier; }
    // The journal is not owned; null means "no journal" (answers still follow the verification). With its
    // Options::sync, answers wait for their entries to be synced (GroupCommit); a change of journal first commits
    // what waits.
    void setJournal(Journal::Writer *journal);
    // Answer 200 to every delivery while still recording the verification result.
    void setAcceptAll(bool acceptAll) { m_acceptAll = acceptAll; }
    // Injectable clock for tests.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Http::Response handle(const Http::Request &request) override;
    std::optional<Http::Response> refuseBeforeBody(const Http::Request &head) override;
    void handleAsync(const Http::Request &request, const Respond &respond) override;

signals:
    // Emitted after the entry is journaled and before the response is written.
    void delivered(const Receiver::Delivery &delivery);
    // The journal could not be written; the delivery was answered 503 so the sender retries.
    void journalFailed(const QString &message);

private:
    // A request that is journaled, with the answer it gets once it is.
    struct Recorded
    {
        Delivery delivery;
        Http::Response response;
    };

    Http::Response handleHealth(const Http::Request &request);
    Recorded wrongMethod(const Http::Request &request);
    Recorded delivery(const Http::Request &request);
    Recorded recorded(const Http::Request &request);
    Http::Response answerFor(const Delivery &delivery) const;
    bool isDuplicate(const Signature::Verification &verification);
    Http::Response record(Recorded &recorded);
    Http::Response finish(Recorded &recorded, bool stored, const QString &error);
    Journal::Entry entryFor(const Http::Request &request) const;

    Signature::Verifier m_verifier;
    Journal::Writer *m_journal = nullptr;
    GroupCommit *m_commits; // a child, so it moves to the handler's thread with it
    DuplicateTracker m_duplicates;
    bool m_acceptAll = false;
    qint64 m_unjournaledSeq = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace Receiver

Q_DECLARE_METATYPE(Receiver::Delivery)
