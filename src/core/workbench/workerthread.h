// SPDX-License-Identifier: MIT
// A QObject living on a thread of its own (docs/architecture.md §2: the receiver and the simulator never wait
// for the window). Owns the thread and the object; on destruction the object is deleted on its thread first.
#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace Workbench {

class WorkerThread
{
public:
    // worker must have no parent; it is moved to the new thread, which starts at once.
    WorkerThread(QObject *worker, const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Runs task on the worker's thread and returns at once.
    void post(std::function<void()> task);

private:
    QThread m_thread;
    QObject *m_worker;
};

} // namespace Workbench
