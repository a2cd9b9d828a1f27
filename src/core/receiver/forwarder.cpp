// SPDX-License-Identifier: MIT
#include "receiver/forwarder.h"

#include "receiver/eventsummary.h"
#include "receiver/webhookhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace Receiver {

namespace {

// RFC 9110 §7.6.1: what belongs to one connection, not to the message, plus what the client computes anew for its
// own connection (the length of the body it sends, and Expect, whose 100-continue is a matter of each hop).
bool isHopByHop(const QByteArray &name, const QList<QByteArray> &namedByConnection)
{
    static const QList<QByteArray> hopByHop = {"connection", "proxy-connection",  "keep-alive",
                                               "te",         "transfer-encoding", "upgrade",
                                               "trailer",    "content-length",    "expect"};
    const QByteArray lower = name.toLower();
    return hopByHop.contains(lower) || namedByConnection.contains(lower);
}

QList<QByteArray> namedByConnection(const Http::HeaderList &headers)
{
    QList<QByteArray> names;
    for (const QByteArray &value : headers.values("Connection")) {
        for (const QByteArray &name : value.split(','))
            names.append(name.trimmed().toLower());
    }
    return names;
}

// In the order received, a repeated field joined into its first place.
Http::HeaderList endToEndHeaders(const Http::HeaderList &headers)
{
    const QList<QByteArray> connectionOnly = namedByConnection(headers);
    Http::HeaderList passedOn;
    for (const Http::Header &header : headers) {
        if (isHopByHop(header.name, connectionOnly))
            continue;
        const auto earlier = std::find_if(passedOn.begin(), passedOn.end(), [&header](const Http::Header &field) {
            return field.name.compare(header.name, Qt::CaseInsensitive) == 0;
        });
        if (earlier == passedOn.end())
            passedOn.append(header);
        else
            earlier->value += ", " + header.value;
    }
    return passedOn;
}

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
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const Http::Header &header : endToEndHeaders(entry.headers))
        request.setRawHeader(header.name, header.value);
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
