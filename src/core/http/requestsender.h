// SPDX-License-Identifier: MIT
// Sends one request at a time to a webhook handler as Vipps would (docs/vipps-wire.md §5): straight to it (no proxy),
// redirects not followed, the answer read through a BoundedReply (docs/architecture.md §3 "Answers read from others").
#pragma once

#include "http/boundedreply.h"
#include "http/outgoingrequest.h"
#include "http/peeranswer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>

namespace Http {

class RequestSender : public QObject
{
    Q_OBJECT

public:
    explicit RequestSender(QObject *parent = nullptr);

    // What is kept of an answer and how long it may take; the defaults are forwarding's: 64 KiB, 10 s.
    void setBounds(const BoundedReply::Bounds &bounds) { m_bounds = bounds; }
    // The clock of that deadline; nullptr: DeadlineClock::system(). Not owned.
    void setDeadlineClock(DeadlineClock *clock) { m_clock = clock; }

    // Sends request; finished() follows from the event loop, never from within this call. A request still under way
    // is dropped first (its finished() never comes).
    void send(const OutgoingRequest &request);
    bool busy() const { return m_answer != nullptr; }
    // Drops the request under way, if any: its finished() never comes.
    void cancel();

    // The header fields a request carries as given. QNetworkRequest keeps one value per name, so fields repeated
    // under one name are joined with ", " in the place of the first (RFC 9110 §5.3).
    static QNetworkRequest networkRequest(const OutgoingRequest &request);

signals:
    void finished(const Http::PeerAnswer &answer);

private:
    void onFinished();

    QNetworkAccessManager m_network;
    BoundedReply::Bounds m_bounds;
    DeadlineClock *m_clock = nullptr;
    QElapsedTimer m_elapsed;
    BoundedReply *m_answer = nullptr;
};

} // namespace Http
