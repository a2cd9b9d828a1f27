// SPDX-License-Identifier: MIT
#include "cli/consoledevice.h"

#include "base/visibletext.h"

namespace Cli {

ConsoleDevice::ConsoleDevice(int fd, QObject *parent) : QIODevice(parent), m_fd(fd)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ConsoleDevice::~ConsoleDevice() = default;

void ConsoleDevice::queueLines(qsizetype capacity, LineQueue::Notice notice)
{
    m_queue = std::make_unique<LineQueue>(m_fd, capacity, std::move(notice));
}

bool ConsoleDevice::finish(std::chrono::milliseconds timeout)
{
    if (!m_queue)
        return true;
    if (!m_unfinished.isEmpty())
        m_queue->push(std::exchange(m_unfinished, QByteArray()));
    return m_queue->drain(timeout);
}

qint64 ConsoleDevice::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

qint64 ConsoleDevice::writeData(const char *data, qint64 size)
{
    const QByteArray visible = Base::visibleUtf8(QByteArrayView(data, size), Base::LineBreaks::Kept);
    if (!m_queue)
        return LineQueue::writeAll(m_fd, visible) ? size : -1;
    m_unfinished += visible;
    const qsizetype end = m_unfinished.lastIndexOf('\n') + 1;
    if (end > 0) {
        m_queue->push(m_unfinished.first(end));
        m_unfinished.remove(0, end);
    }
    return size;
}

} // namespace Cli
