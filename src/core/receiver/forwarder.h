// SPDX-License-Identifier: MIT
// Passes accepted deliveries on to the developer's own handler (`listen --forward-to`), by their routes, with their
// original headers and body, so that handler can run its own verification; reports what the handler answered
// (docs/architecture.md §3 "Forwarding").
#pragma once

#include "http/boundedreply.h"
#include "journal/forward.h"
#include "receiver/forwardroute.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Journal {
struct Entry;
}

namespace Receiver {

struct Delivery;

class Forwarder : public QObject
{
    Q_OBJECT

public:
    Forwarder(QNetworkAccessManager *network, const ForwardRoutes &routes, QObject *parent = nullptr);

    // Sends the delivery to every route it matches, from the event loop: whatever answers the delivery goes out
    // first. Returns how many forwards that will be.
    int forward(const Delivery &delivery);
    // Routes for the deliveries forwarded from now on; forwards under way go on to where they were going.
    void setRoutes(const ForwardRoutes &routes);
    // Forwards started or about to start whose answer has not been reported.
    int pending() const { return m_pending; }
    // The whole answer must have come within this, counted from the request (docs/architecture.md §3 "Answers
    // read from others").
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The clock of that deadline; nullptr: Http::DeadlineClock::system(). Not owned.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_clock = clock; }

    // The request that carries entry to url: url's path and query, the entry's method, its headers as received
    // but the hop-by-hop ones, Host included.
    static QNetworkRequest requestFor(const QUrl &url, const Journal::Entry &entry);

signals:
    // One per forward started: the handler's answer, or why none came (status 0).
    void forwarded(const Journal::Forward &forward);

private:
    void send(const QUrl &url, const Journal::Entry &entry);
    void finish(Http::BoundedReply *answer, Journal::Forward forward, const QElapsedTimer &timer);

    QNetworkAccessManager *m_network;
    ForwardRoutes m_routes;
    bool m_byType = false;
    int m_pending = 0;
    int m_timeoutMs = Http::BoundedReply::DefaultDeadlineMs; // Vipps' own limit for an answer
    Http::DeadlineClock *m_clock = nullptr;
};

} // namespace Receiver
