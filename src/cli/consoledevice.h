// SPDX-License-Identifier: MIT
// The device under vipps-hooks' output streams: text from the wire shown safely, and lines that never wait for
// their reader where the traffic decides how many there are (docs/architecture.md §6).
#pragma once

#include "cli/linequeue.h"

#include <QIODevice>

#include <chrono>
#include <memory>

namespace Cli {

class ConsoleDevice : public QIODevice
{
public:
    // Writes to fd (not owned), as a blocking write would, until queueLines().
    explicit ConsoleDevice(int fd, QObject *parent = nullptr);
    ~ConsoleDevice() override;

    bool isSequential() const override { return true; }

    // From now on a write returns at once: whole lines go to a LineQueue of capacity bytes, which drops them
    // while the reader is behind and writes notice(dropped) where they are missing.
    void queueLines(qsizetype capacity, LineQueue::Notice notice);
    // Queued lines, and a last line without its '\n', written within timeout; true when all of it was.
    bool finish(std::chrono::milliseconds timeout);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    // Every byte goes out through Base::visibleUtf8(): control characters other than '\n', C1, bidi controls
    // and bytes outside UTF-8 as escapes, whoever wrote them.
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_fd;
    std::unique_ptr<LineQueue> m_queue;
    QByteArray m_unfinished; // queued: the start of a line whose '\n' has not been written yet
};

} // namespace Cli
