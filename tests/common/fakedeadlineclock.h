// SPDX-License-Identifier: MIT
// Test helper: a deadline clock whose time moves only when the test says so; timers fire inside advance().
#pragma once

#include "http/deadlineclock.h"

#include <QList>

class FakeDeadlineClock : public Http::DeadlineClock
{
public:
    FakeDeadlineClock() = default;
    FakeDeadlineClock(const FakeDeadlineClock &) = delete;
    FakeDeadlineClock &operator=(const FakeDeadlineClock &) = delete;

    qint64 nowMs() const override
    {
        ++m_queries;
        return m_now;
    }

    std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) override
    {
        return std::make_unique<FakeTimer>(this, std::move(onTimeout));
    }

    // Moves time on by ms. Each timer that falls due on the way fires at its due time, earliest first, with
    // nowMs() reading that time; a timer started again from its callback fires again if still within ms.
    void advance(qint64 ms)
    {
        const qint64 until = m_now + ms;
        while (FakeTimer *timer = nextDue(until)) {
            m_now = timer->m_dueMs;
            timer->m_active = false;
            const std::function<void()> onTimeout = timer->m_onTimeout; // the callback may destroy the timer
            onTimeout();
        }
        m_now = until;
    }

    // How often the time was read. A connection reads it whenever it takes in bytes, so a test can wait for this
    // to grow to know its bytes arrived before it moves time on.
    int queries() const { return m_queries; }

private:
    class FakeTimer final : public Timer
    {
    public:
        FakeTimer(FakeDeadlineClock *clock, std::function<void()> onTimeout)
            : m_clock(clock), m_onTimeout(std::move(onTimeout))
        {
            m_clock->m_timers.append(this);
        }
        ~FakeTimer() override { m_clock->m_timers.removeOne(this); }

        void start(int ms) override
        {
            m_dueMs = m_clock->m_now + ms;
            m_active = true;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }

        FakeDeadlineClock *m_clock;
        std::function<void()> m_onTimeout;
        qint64 m_dueMs = 0;
        bool m_active = false;
    };

    FakeTimer *nextDue(qint64 until) const
    {
        FakeTimer *next = nullptr;
        for (FakeTimer *timer : m_timers) {
            if (timer->m_active && timer->m_dueMs <= until && (!next || timer->m_dueMs < next->m_dueMs))
                next = timer;
        }
        return next;
    }

    qint64 m_now = 1000 * 1000; // an arbitrary origin, as on the real clock
    mutable int m_queries = 0;
    QList<FakeTimer *> m_timers;
};
