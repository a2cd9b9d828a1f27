// SPDX-License-Identifier: MIT
// Posts one `vipps-hooks send` delivery as Vipps would (docs/vipps-wire.md §5): no proxy, no redirects, a timeout.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace Cli {

struct SendRequest;

struct SendResult
{
    static constexpr qsizetype MaxBodyBytes = 500;

    int status = 0;    // 0: no HTTP answer (see error)
    QByteArray reason; // the reason phrase
    qint64 elapsedMs = 0;
    QByteArray bodyStart; // at most MaxBodyBytes of the response body
    qint64 bodySize = 0;  // of the whole response body
    QByteArray location;  // a redirect's target, which is not followed
    QString error;        // why there was no answer; empty when there was one
    bool timedOut = false;

    bool ok() const { return status >= 200 && status < 300; }
};

class SendClient : public QObject
{
    Q_OBJECT

public:
    explicit SendClient(int timeoutSeconds, QObject *parent = nullptr);

    // Runs the event loop until the answer, an error or the timeout.
    SendResult exec(const QUrl &url, const SendRequest &request);

private:
    void post(const QUrl &url, const SendRequest &request);
    void onFinished();
    void onTimeout();

    QNetworkAccessManager m_network;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QNetworkReply *m_reply = nullptr;
    SendResult m_result;
};

} // namespace Cli
