// SPDX-License-Identifier: MIT
// What an API client needs to talk to one environment with one set of keys.
#pragma once

#include "credentials/profile.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

namespace Api {

struct ClientConfig
{
    QUrl baseUrl; // https://apitest.vipps.no, https://api.vipps.no, or the simulator
    QString clientId;
    QString clientSecret;    // secret
    QString subscriptionKey; // secret (Ocp-Apim-Subscription-Key)
    QString merchantSerialNumber;
    Credentials::SystemInfo system;
    bool partnerMode = false;

    int timeoutMs = 30000;       // per attempt
    int maxRetries = 3;          // for 429, 5xx and network errors on retryable requests
    int baseRetryDelayMs = 500;  // doubled per attempt, unless Retry-After says otherwise
    int maxRetryDelayMs = 30000; // Retry-After is honoured up to this

    // Injectable for tests: the clock (token expiry) and how a retry is delayed.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::function<void(int delayMs, std::function<void()> fire)> scheduleRetry;

    static ClientConfig fromProfile(const Credentials::Profile &profile, const QString &clientSecret,
                                    const QString &subscriptionKey);
};

} // namespace Api
