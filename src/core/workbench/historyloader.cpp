// SPDX-License-Identifier: MIT
#include "workbench/historyloader.h"

#include <QThread>

namespace Workbench {

HistoryLoader::HistoryLoader(QObject *parent) : QObject(parent) {}

HistoryLoader::~HistoryLoader()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

void HistoryLoader::load(const QString &journalPath, int count)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this, journalPath, count] {
        Events::JournalHistory::Loaded result = Events::JournalHistory::readNewest(journalPath, count, &m_cancel);
        // Queued to this object: dropped by Qt if it is gone by then.
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("journal history"));
    m_thread->start(QThread::LowPriority);
}

void HistoryLoader::finish(const Events::JournalHistory::Loaded &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit loaded(result.rows, result.error);
}

} // namespace Workbench
