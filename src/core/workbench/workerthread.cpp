// SPDX-License-Identifier: MIT
#include "workbench/workerthread.h"

namespace Workbench {

WorkerThread::WorkerThread(QObject *worker, const QString &name) : m_worker(worker)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

} // namespace Workbench
