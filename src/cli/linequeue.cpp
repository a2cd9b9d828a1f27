// SPDX-License-Identifier: MIT
#include "cli/linequeue.h"

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <poll.h>
#include <unistd.h>

namespace Cli {

struct LineQueue::Shared
{
    int fd = -1;
    qsizetype capacity = 0;
    Notice notice;
    std::mutex mutex;
    std::condition_variable wake;    // for the writer: lines, a notice to write, or the end
    std::condition_variable written; // for drain(): the writer finished a write
    QByteArray queued;               // whole lines, in order
    qsizetype writing = 0;           // bytes the writer has taken and is writing
    qint64 dropped = 0;              // lines dropped since the last notice
    bool stopping = false;
    bool failed = false; // the descriptor refused a write (a closed pipe): the rest is discarded
};

LineQueue::LineQueue(int fd, qsizetype capacity, Notice notice) : m_shared(std::make_shared<Shared>())
{
    m_shared->fd = fd;
    m_shared->capacity = capacity;
    m_shared->notice = std::move(notice);
    m_thread = std::thread(&LineQueue::run, m_shared);
}

LineQueue::~LineQueue()
{
    bool busy = false;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->queued.clear();
        busy = m_shared->writing > 0;
    }
    m_shared->wake.notify_all();
    if (busy)
        m_thread.detach(); // blocked in write(); the process ends without waiting for the reader
    else
        m_thread.join();
}

void LineQueue::push(const QByteArray &lines)
{
    Shared &s = *m_shared;
    const std::lock_guard lock(s.mutex);
    if (s.failed || s.stopping)
        return;
    qsizetype room = s.capacity - s.queued.size() - s.writing;
    if (s.dropped > 0) {
        // The notice goes in once the reader made room for it and a line after it, not into every gap.
        const QByteArray notice = s.notice(s.dropped);
        if (notice.size() + lines.indexOf('\n') + 1 > room) {
            s.dropped += lines.count('\n');
            return;
        }
        s.queued += notice;
        room -= notice.size();
        s.dropped = 0;
    }
    // The whole lines that fit (a negative start would search from the end).
    const qsizetype taken =
        lines.size() <= room ? lines.size() : (room > 0 ? lines.lastIndexOf('\n', room - 1) + 1 : 0);
    s.queued += QByteArrayView(lines).first(taken);
    s.dropped += QByteArrayView(lines).sliced(taken).count('\n');
    s.wake.notify_one();
}

bool LineQueue::drain(std::chrono::milliseconds timeout)
{
    Shared &s = *m_shared;
    std::unique_lock lock(s.mutex);
    return s.written.wait_for(lock, timeout,
                              [&s] { return s.failed || (s.queued.isEmpty() && s.writing == 0 && s.dropped == 0); });
}

void LineQueue::run(const std::shared_ptr<Shared> &shared)
{
    Shared &s = *shared;
    std::unique_lock lock(s.mutex);
    for (;;) {
        s.wake.wait(lock, [&s] { return s.stopping || !s.queued.isEmpty() || s.dropped > 0; });
        if (s.stopping)
            return;
        QByteArray batch;
        if (s.queued.isEmpty()) {
            batch = s.notice(s.dropped); // the reader caught up with where lines were dropped
            s.dropped = 0;
        } else {
            batch.swap(s.queued);
        }
        s.writing = batch.size();
        lock.unlock();
        const bool ok = writeAll(s.fd, batch);
        lock.lock();
        s.writing = 0;
        if (!ok) {
            s.failed = true;
            s.queued.clear();
            s.dropped = 0;
        }
        s.written.notify_all();
    }
}

bool LineQueue::writeAll(int fd, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const ssize_t n = ::write(fd, bytes.data(), size_t(bytes.size()));
        if (n >= 0) {
            bytes = bytes.sliced(n);
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // Another program made the shared descriptor non-blocking; wait for room as a blocking write would.
            pollfd writable{fd, POLLOUT, 0};
            ::poll(&writable, 1, -1);
        } else if (errno != EINTR) {
            return false;
        }
    }
    return true;
}

} // namespace Cli
