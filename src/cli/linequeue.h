// SPDX-License-Identifier: MIT
// Lines on their way to a file descriptor, written by a thread of their own: bounded, and dropping whole lines
// rather than making the caller wait for a reader that stopped reading (docs/architecture.md §6).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace Cli {

class LineQueue
{
public:
    // The line (ending in '\n') that says how many lines were dropped; called on the writer thread.
    using Notice = std::function<QByteArray(qint64 dropped)>;

    // At most capacity bytes are held, queued or being written.
    LineQueue(int fd, qsizetype capacity, Notice notice);
    // Stops the writer; what was not written by then is lost. A writer stuck in write() is left to the end of
    // the process.
    ~LineQueue();
    LineQueue(const LineQueue &) = delete;
    LineQueue &operator=(const LineQueue &) = delete;

    // Queues lines, each ending in '\n'. The leading lines that fit are queued, the rest dropped and counted;
    // the notice goes out where they are missing, once there is room for it.
    void push(const QByteArray &lines);
    // Waits until everything queued, and the notice of any dropped lines, is written or timeout passed; true
    // when it was written.
    bool drain(std::chrono::milliseconds timeout);

    // Writes all of bytes to fd, waiting as long as that takes; false when the descriptor refuses them.
    static bool writeAll(int fd, QByteArrayView bytes);

private:
    struct Shared;
    static void run(const std::shared_ptr<Shared> &shared);

    std::shared_ptr<Shared> m_shared; // the writer thread holds it too, so a detached writer never dangles
    std::thread m_thread;
};

} // namespace Cli
