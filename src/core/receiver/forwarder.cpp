// SPDX-License-Identifier: MIT
#include "receiver/forwarder.h"

#include "http/hopbyhop.h"
#include "http/requestsender.h"
#include "receiver/eventsummary.h"
#include "receiver/webhookhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Receiver {

namespace {

Http::HeaderList answerHeaders(const QNetworkReply *reply)
{
    Http::HeaderList headers;
    if (!reply)
        return headers;
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        headers.append(Http::Header{pair.first, pair.second});
    return headers;
}

} // namespace

Forwarder::Forwarder(QNetworkAccessManager *network, const ForwardRoutes &routes, QObject *parent)
    : QObject(parent), m_network(network), m_routes(routes), m_byType(routesByType(routes))
{
    qRegisterMetaType<Journal::Forward>();
}

void Forwarder::setRoutes(const ForwardRoutes &routes)
{
    m_routes = routes;
    m_byType = routesByType(routes);
}

int Forwarder::forward(const Delivery &delivery)
{
    const QString eventName = m_byType ? EventSummary::fromBody(delivery.entry.body).name : QString();
    const QList<QUrl> targets = forwardTargets(m_routes, eventName);
    for (const QUrl &url : targets) {
        ++m_pending;
        QMetaObject::invokeMethod(
            this, [this, url, entry = delivery.entry] { send(url, entry); }, Qt::QueuedConnection);
    }
    return int(targets.size());
}

// docs/architecture.md §3 "Forwarding": the bytes as received. Host stays the sender's, so a handler that builds
// the signed string from its request sees the host Vipps signed; Qt sends it as given over HTTP/1.1 (HTTP/2 would
// put the URL's authority in its place). Repeated fields are joined with ", " (RFC 9110 §5.3): Qt keeps one per name.
QNetworkRequest Forwarder::requestFor(const QUrl &url, const Journal::Entry &entry)
{
    QNetworkRequest request = Http::RequestSender::networkRequest(
        Http::OutgoingRequest{entry.method, url, Http::HopByHop::endToEnd(entry.headers), {}});
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

void Forwarder::send(const QUrl &url, const Journal::Entry &entry)
{
    Journal::Forward forward;
    forward.forwardOf = entry.seq;
    forward.sentAt = QDateTime::currentDateTimeUtc();
    forward.to = url.toString(QUrl::RemovePassword);
    Http::BoundedReply::Bounds bounds;
    bounds.deadlineMs = m_timeoutMs;
    QNetworkReply *reply = m_network->sendCustomRequest(requestFor(url, entry), entry.method, entry.body);
    auto *answer = new Http::BoundedReply(reply, bounds, m_clock, this);
    QElapsedTimer timer;
    timer.start();
    connect(answer, &Http::BoundedReply::finished, this,
            [this, answer, forward, timer] { finish(answer, forward, timer); });
}

void Forwarder::finish(Http::BoundedReply *answer, Journal::Forward forward, const QElapsedTimer &timer)
{
    --m_pending;
    answer->deleteLater();
    forward.elapsedMs = timer.elapsed();
    forward.status = answer->complete() ? answer->status() : 0;
    forward.timedOut = answer->timedOut();
    forward.headers = answerHeaders(answer->reply());
    forward.body = answer->body();
    forward.bodyTruncated = answer->cut();
    forward.error = answer->failure();
    emit forwarded(forward);
}

} // namespace Receiver
