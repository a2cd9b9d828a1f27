// SPDX-License-Identifier: MIT
// What an API client needs to talk to one environment with one set of keys.
#pragma once

#include "api/apirequest.h"
#include "credentials/profile.h"
#include "http/deadlineclock.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkReply;
class QNetworkRequest;

namespace Http {
class BoundedReply;
}

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

    // Per attempt, for the whole answer; a longer body is an error, where Vipps' answers are a few KiB
    // (docs/architecture.md §3 "Answers read from others").
    int timeoutMs = 30000;
    qsizetype maxAnswerBytes = 4 * 1024 * 1024;
    int maxRetries = 3;          // for 429, 5xx and network errors on retryable requests
    int baseRetryDelayMs = 500;  // doubled per attempt, unless Retry-After says otherwise
    int maxRetryDelayMs = 30000; // Retry-After is honoured up to this

    // Injectable for tests: the clock (token expiry) and how a retry is delayed.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::function<void(int delayMs, std::function<void()> fire)> scheduleRetry;
    Http::DeadlineClock *deadlineClock = nullptr; // timeoutMs is measured on it; the system's when null. Not owned.

    static ClientConfig fromProfile(const Credentials::Profile &profile, const QString &clientSecret,
                                    const QString &subscriptionKey);

    // What TokenProvider and ApiClient share on the wire.
    // The four Vipps-System-* headers (docs/vipps-wire.md §1), those that have a value, in the documented order.
    Http::HeaderList systemHeaders() const;
    // The URL of a path below baseUrl. The path is already percent-encoded ("/epayment/v1/payments/a%2Fb")
    // and its escapes are kept (only escaped unreserved characters such as "%41" become "A", which RFC 3986
    // §6.2.2.2 counts as the same URL); a path prefix of baseUrl (a simulator under "/vipps") stays in front.
    QUrl url(const QString &encodedPath) const;
    // One attempt: exactly these headers in this order, the network manager's proxy, no redirects followed, no
    // cookies kept or sent (test and production share host names).
    QNetworkRequest networkRequest(const QUrl &url, const Http::HeaderList &headers) const;
    // Reads the reply of one attempt, just sent: its whole answer within timeoutMs and maxAnswerBytes.
    Http::BoundedReply *read(QNetworkReply *reply, QObject *parent) const;
    // A finished answer as a response: status, headers and body when a whole HTTP answer came, with an Http error
    // for a non-2xx status (docs/vipps-wire.md §7); a Network or Timeout error when none came, a MalformedResponse
    // when it was longer than maxAnswerBytes.
    ApiResponse readReply(const Http::BoundedReply &answer) const;
};

} // namespace Api
