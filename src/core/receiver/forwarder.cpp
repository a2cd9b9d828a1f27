// SPDX-License-Identifier: MIT
#include "receiver/forwarder.h"

#include "receiver/webhookhandler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    request.setTransferTimeout(m_timeoutMs);
    for (const Http::Header &header : delivery.entry.headers) {
        if (!isHopByHop(header.name))
            request.setRawHeader(header.name, header.value);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, delivery.entry.method, delivery.entry.body);
    ++m_pending;
    QElapsedTimer timer;
    timer.start();
    const qint64 seq = delivery.entry.seq;
    connect(reply, &QNetworkReply::finished, this, [this, reply, seq, timer] { finish(reply, seq, timer); });
}

void Forwarder::finish(QNetworkReply *reply, qint64 seq, const QElapsedTimer &timer)
{
    --m_pending;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = status == 0 ? reply->errorString() : QString();
    emit forwarded(seq, status, timer.elapsed(), error);
}

} // namespace Receiver
