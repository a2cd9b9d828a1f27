// SPDX-License-Identifier: MIT
// Passes accepted deliveries on to the developer's own handler (`listen --forward-to`),
// with the original headers, so that handler can run its own verification.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Receiver {

struct Delivery;

class Forwarder : public QObject
{
    Q_OBJECT

public:
    Forwarder(QNetworkAccessManager *network, const QUrl &target, QObject *parent = nullptr);

    void forward(const Delivery &delivery);
    int pending() const { return m_pending; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    // status 0 means no HTTP answer; error then says why.
    void forwarded(qint64 seq, int status, qint64 elapsedMs, const QString &error);

private:
    void finish(QNetworkReply *reply, qint64 seq, const QElapsedTimer &timer);

    QNetworkAccessManager *m_network;
    QUrl m_target;
    int m_pending = 0;
    int m_timeoutMs = 10000; // Vipps' own limit for an answer (docs/vipps-wire.md §5)
};

} // namespace Receiver
