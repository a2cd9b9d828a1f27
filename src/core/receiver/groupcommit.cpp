// SPDX-License-Identifier: MIT
#include "receiver/groupcommit.h"

#include "journal/writer.h"

#include <utility>

namespace Receiver {

GroupCommit::GroupCommit(QObject *parent) : QObject(parent) {}

void GroupCommit::setJournal(Journal::Writer *journal)
{
    commitNow();
    m_journal = journal;
}

// The commit is queued behind the work already posted for this turn: the other connections' requests that are
// ready now join the same write and sync.
void GroupCommit::add(Journal::Entry *entry, Done done)
{
    m_journal->stage(entry);
    m_waiting.push_back(std::move(done));
    if (!std::exchange(m_scheduled, true))
        QMetaObject::invokeMethod(this, &GroupCommit::commitNow, Qt::QueuedConnection);
}

void GroupCommit::commitNow()
{
    m_scheduled = false;
    if (m_waiting.empty())
        return;
    const std::vector<Done> waiting = std::exchange(m_waiting, {});
    QString error;
    const qsizetype stored = m_journal->commit(&error);
    const QList<qint64> &offsets = m_journal->committedOffsets();
    for (qsizetype i = 0; i < qsizetype(waiting.size()); ++i)
        waiting.at(size_t(i))(i < stored, i < offsets.size() ? offsets.at(i) : -1, error);
}

} // namespace Receiver
