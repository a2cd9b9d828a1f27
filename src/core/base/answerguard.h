// SPDX-License-Identifier: MIT
// The one way an answer that comes too late is dropped. An object that starts asynchronous work (an API call,
// a keychain read) wraps each callback with guard(); the callback then runs only if the object still exists
// and has not called dropPending() since, for example because the profile the call was made for is no
// longer the one in use. Single-threaded: the guard, its callbacks and dropPending() share one thread.
#pragma once

#include <QtGlobal>

#include <memory>
#include <utility>

namespace Base {

class AnswerGuard
{
public:
    AnswerGuard() : m_current(std::make_shared<quint64>(0)) {}
    AnswerGuard(const AnswerGuard &) = delete;
    AnswerGuard &operator=(const AnswerGuard &) = delete;

    // Every callback guarded so far is dropped when it is called.
    void dropPending() { ++*m_current; }

    // callback, run only while this guard lives and no dropPending() came after this call.
    template<typename Callback> auto guard(Callback callback) const
    {
        return [current = std::weak_ptr<const quint64>(m_current), issued = *m_current,
                callback = std::move(callback)](auto &&...answer) {
            const std::shared_ptr<const quint64> now = current.lock();
            if (now && *now == issued)
                callback(std::forward<decltype(answer)>(answer)...);
        };
    }

private:
    std::shared_ptr<quint64> m_current;
};

} // namespace Base
