// SPDX-License-Identifier: MIT
#include "http/requestsender.h"

#include <QNetworkProxy>
#include <QNetworkRequest>

#include <algorithm>

namespace Http {

namespace {
// A repeated field joined into its first place (QNetworkRequest::setRawHeader would move it to the end).
HeaderList joinedRepeats(const HeaderList &headers)
{
    HeaderList joined;
    for (const Header &header : headers) {
        const auto earlier = std::find_if(joined.begin(), joined.end(), [&header](const Header &field) {
            return field.name.compare(header.name, Qt::CaseInsensitive) == 0;
        });
        if (earlier == joined.end())
            joined.append(header);
        else
            earlier->value += ", " + header.value;
    }
    return joined;
}
} // namespace

RequestSender::RequestSender(QObject *parent) : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // a webhook goes straight to the handler
}

QNetworkRequest RequestSender::networkRequest(const OutgoingRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const Header &header : joinedRepeats(request.headers))
        networkRequest.setRawHeader(header.name, header.value);
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
