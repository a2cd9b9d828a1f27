// SPDX-License-Identifier: MIT
// Group commit for `listen --sync` (docs/architecture.md §4 "Durability"): the entries staged during one turn of
// the event loop are written together and synced once at its end, and only then told whether they are stored, so
// their answers go out after the sync and a burst of deliveries costs one fdatasync.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace Journal {
struct Entry;
class Writer;
} // namespace Journal

namespace Receiver {

class GroupCommit : public QObject
{
    Q_OBJECT

public:
    // stored: the entry is on disk, its line at offset (Journal::Writer::committedOffsets); otherwise error
    // says why.
    using Done = std::function<void(bool stored, qint64 offset, const QString &error)>;

    explicit GroupCommit(QObject *parent = nullptr);

    // Not owned. What waits is committed to the journal it was staged in first.
    void setJournal(Journal::Writer *journal);
    // Stages the entry (its seq is set now); done runs at the end of this event-loop turn, after the sync.
    void add(Journal::Entry *entry, Done done);
    // Writes and syncs what waits, now.
    void commitNow();

private:
    Journal::Writer *m_journal = nullptr;
    std::vector<Done> m_waiting;
    bool m_scheduled = false;
};

} // namespace Receiver
