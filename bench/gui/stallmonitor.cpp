// SPDX-License-Identifier: MIT
#include "stallmonitor.h"

#include <algorithm>

StallMonitor::StallMonitor()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(ProbeMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::probe);
}

void StallMonitor::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
}

void StallMonitor::probe()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = std::max<qint64>(0, now - m_last - ProbeMs);
    m_last = now;
    if (late > m_largest) {
        m_largest = late;
        m_largestEndedAt = now;
    }
    m_lateness.append(late);
}

qint64 StallMonitor::p99Ms() const
{
    if (m_lateness.isEmpty())
        return 0;
    QList<qint64> sorted = m_lateness;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qsizetype(double(sorted.size() - 1) * 0.99));
}
