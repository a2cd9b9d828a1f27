// SPDX-License-Identifier: MIT
// Test helper: runs the event loop until an asynchronous API call has called back, and returns what it gave.
#pragma once

#include "api/apierror.h"

#include <QTest>

namespace AwaitCall {

constexpr int WaitMs = 5000;

// What one asynchronous call delivered.
template<typename T> struct Result
{
    bool done = false;
    T value{};
    Api::ApiError error;
};

// Starts a call whose callback takes (value, error) and waits for it; a timeout comes back as the error.
template<typename T, typename Start> Result<T> await(Start start)
{
    Result<T> result;
    start([&result](const T &value, const Api::ApiError &error) {
        result.value = value;
        result.error = error;
        result.done = true;
    });
    if (!QTest::qWaitFor([&result] { return result.done; }, WaitMs))
        result.error = Api::ApiError::timeout(WaitMs);
    return result;
}

// The same for a callback that takes only the error.
template<typename Start> Api::ApiError awaitDone(Start start)
{
    bool done = false;
    Api::ApiError error;
    start([&](const Api::ApiError &answer) {
        error = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, WaitMs))
        error = Api::ApiError::timeout(WaitMs);
    return error;
}

} // namespace AwaitCall
