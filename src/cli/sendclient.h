// SPDX-License-Identifier: MIT
// Posts one `vipps-hooks send` delivery as Vipps would (docs/vipps-wire.md §5): no proxy, no redirects, a timeout
// for the whole answer, of which only the start is kept (docs/architecture.md §3 "Answers read from others").
#pragma once

#include "http/boundedreply.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Cli {

struct SendRequest;

struct SendResult
{
    static constexpr qsizetype MaxBodyBytes = 500;

    int status = 0;    // 0: no whole HTTP answer (see error)
    QByteArray reason; // the reason phrase
    qint64 elapsedMs = 0;
    QByteArray bodyStart; // at most MaxBodyBytes of the response body
    qint64 bodySize = 0;  // of the whole response body
    QByteArray location;  // a redirect's target, which is not followed
    QString error;        // why there was no answer; empty when there was one
    bool timedOut = false;
    int unfinishedStatus = 0; // timed out after this status line came: the body did not end

    bool ok() const { return status >= 200 && status < 300; }
};

class SendClient : public QObject
{
    Q_OBJECT

public:
    explicit SendClient(int timeoutSeconds, QObject *parent = nullptr);

    // Runs the event loop until the whole answer, an error or the timeout.
    SendResult exec(const QUrl &url, const SendRequest &request);

private:
    void post(const QUrl &url, const SendRequest &request);
    void onFinished();

    QNetworkAccessManager m_network;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    Http::BoundedReply *m_answer = nullptr;
    SendResult m_result;
};

} // namespace Cli
