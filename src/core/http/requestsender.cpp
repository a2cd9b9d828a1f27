// SPDX-License-Identifier: MIT
#include "http/requestsender.h"

#include <QNetworkProxy>
#include <QNetworkRequest>

namespace Http {

RequestSender::RequestSender(QObject *parent) : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // a webhook goes straight to the handler
}

QNetworkRequest RequestSender::networkRequest(const OutgoingRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const Header &header : request.headers) {
        const QByteArray earlier = networkRequest.rawHeader(header.name);
        networkRequest.setRawHeader(
            header.name, networkRequest.hasRawHeader(header.name) ? earlier + ", " + header.value : header.value);
    }
    return networkRequest;
}

void RequestSender::cancel()
{
    delete m_answer; // aborts the reply, whose end then reaches no one
    m_answer = nullptr;
}

void RequestSender::send(const OutgoingRequest &request)
{
    cancel();
    m_elapsed.start();
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest(request), request.method, request.body);
    m_answer = new BoundedReply(reply, m_bounds, m_clock, this);
    connect(m_answer, &BoundedReply::finished, this, &RequestSender::onFinished);
}

void RequestSender::onFinished()
{
    const PeerAnswer answer = PeerAnswer::of(*m_answer, m_elapsed.elapsed());
    m_answer->deleteLater();
    m_answer = nullptr;
    emit finished(answer);
}

} // namespace Http
