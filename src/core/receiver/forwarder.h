// SPDX-License-Identifier: MIT
// Passes accepted deliveries on to the developer's own handler (`listen --forward-to`),
// with the original headers, so that handler can run its own verification.
#pragma once

#include "http/boundedreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Receiver {

struct Delivery;

class Forwarder : public QObject
{
    Q_OBJECT

public:
    Forwarder(QNetworkAccessManager *network, const QUrl &target, QObject *parent = nullptr);

    void forward(const Delivery &delivery);
    int pending() const { return m_pending; }
    // The whole answer must have come within this, counted from the request (docs/architecture.md §3 "Answers
    // read from others").
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The clock of that deadline; nullptr: Http::DeadlineClock::system(). Not owned.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_clock = clock; }

signals:
    // status 0 means no complete HTTP answer; error then says why.
    void forwarded(qint64 seq, int status, qint64 elapsedMs, const QString &error);

private:
    void finish(Http::BoundedReply *answer, qint64 seq, const QElapsedTimer &timer);

    QNetworkAccessManager *m_network;
    QUrl m_target;
    int m_pending = 0;
    int m_timeoutMs = Http::BoundedReply::DefaultDeadlineMs; // Vipps' own limit for an answer
    Http::DeadlineClock *m_clock = nullptr;
};

} // namespace Receiver
