// SPDX-License-Identifier: MIT
#include "http/deadlineclock.h"

#include <QTimer>

#include <chrono>

namespace Http {

namespace {

class QtTimer final : public DeadlineClock::Timer
{
public:
    explicit QtTimer(std::function<void()> onTimeout)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, std::move(onTimeout));
    }

    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock final : public DeadlineClock
{
public:
    qint64 nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }

    std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) override
    {
        return std::make_unique<QtTimer>(std::move(onTimeout));
    }
};

} // namespace

DeadlineClock &DeadlineClock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace Http
