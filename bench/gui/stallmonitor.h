// SPDX-License-Identifier: MIT
// Measures how late the GUI thread's event loop runs a 5 ms timer: the lateness is how long the window could
// not react to the user.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

class StallMonitor : public QObject
{
public:
    static constexpr int ProbeMs = 5;

    StallMonitor();
    void start();
    void stop();
    qint64 largestMs() const { return m_largest; }
    // When the largest stall ended, in ms after start().
    qint64 largestEndedAtMs() const { return m_largestEndedAt; }
    qint64 p99Ms() const;

private:
    void probe();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
    qint64 m_largestEndedAt = 0;
    QList<qint64> m_lateness;
};
