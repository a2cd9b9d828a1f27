// SPDX-License-Identifier: MIT
// Reads the newest events of the journal on a thread of its own at start, so the event log shows what came before
// a restart while the window is already in use (docs/architecture.md §2).
#pragma once

#include "events/journalhistory.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Workbench {

class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit HistoryLoader(QObject *parent = nullptr);
    // Stops a read under way and waits for its thread.
    ~HistoryLoader() override;

    // Starts reading; loaded() follows on this object's thread. Ignored while a read is under way.
    void load(const QString &journalPath, int count);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    void loaded(const QList<Events::EventRow> &rows, const QString &error);

private:
    void finish(const Events::JournalHistory::Loaded &result);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Workbench
