// SPDX-License-Identifier: MIT
#include "receiver/forwarder.h"

#include "receiver/webhookhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Receiver {

namespace {
bool isHopByHop(const QByteArray &name)
{
    static const QList<QByteArray> skipped = {"host",       "content-length",  "connection", "transfer-encoding",
                                              "keep-alive", "accept-encoding", "te",         "upgrade"};
    return skipped.contains(name.toLower());
}
} // namespace

Forwarder::Forwarder(QNetworkAccessManager *network, const QUrl &target, QObject *parent)
    : QObject(parent), m_network(network), m_target(target)
{}

void Forwarder::forward(const Delivery &delivery)
{
    QNetworkRequest request(m_target);
    for (const Http::Header &header : delivery.entry.headers) {
        if (!isHopByHop(header.name))
            request.setRawHeader(header.name, header.value);
    }
    Http::BoundedReply::Bounds bounds;
    bounds.deadlineMs = m_timeoutMs;
    auto *answer = new Http::BoundedReply(
        m_network->sendCustomRequest(request, delivery.entry.method, delivery.entry.body), bounds, m_clock, this);
    ++m_pending;
    QElapsedTimer timer;
    timer.start();
    const qint64 seq = delivery.entry.seq;
    connect(answer, &Http::BoundedReply::finished, this, [this, answer, seq, timer] { finish(answer, seq, timer); });
}

void Forwarder::finish(Http::BoundedReply *answer, qint64 seq, const QElapsedTimer &timer)
{
    --m_pending;
    answer->deleteLater();
    const int status = answer->complete() ? answer->status() : 0;
    emit forwarded(seq, status, timer.elapsed(), answer->failure());
}

} // namespace Receiver
