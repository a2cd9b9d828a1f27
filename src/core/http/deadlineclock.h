// SPDX-License-Identifier: MIT
// The time connections keep their deadlines by: a monotonic "now" and one re-armable timer per connection.
#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace Http {

// docs/architecture.md §3 "Limits": the header and idle deadlines are measured on this clock. The server uses
// system() unless told otherwise; tests pass a fake one and move its time themselves.
class DeadlineClock
{
public:
    // Single-shot and re-armable; destroying it stops it.
    class Timer
    {
    public:
        virtual ~Timer() = default;
        virtual void start(int ms) = 0;
        virtual void stop() = 0;
        virtual bool isActive() const = 0;
    };

    virtual ~DeadlineClock() = default;

    // Milliseconds from an arbitrary origin; never goes backwards.
    virtual qint64 nowMs() const = 0;
    // onTimeout runs on the calling thread's event loop and may start the timer again.
    virtual std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) = 0;

    // Monotonic time and a QTimer; keeps no state, so connections on any thread may share it.
    static DeadlineClock &system();
};

} // namespace Http
