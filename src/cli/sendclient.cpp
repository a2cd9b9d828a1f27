// SPDX-License-Identifier: MIT
#include "cli/sendclient.h"

#include "cli/sendrequest.h"
#include "http/response.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Cli {

SendClient::SendClient(int timeoutSeconds, QObject *parent) : QObject(parent)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // a webhook goes straight to the handler
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SendClient::onTimeout);
}

SendResult SendClient::exec(const QUrl &url, const SendRequest &request)
{
    QMetaObject::invokeMethod(
        this, [this, url, request] { post(url, request); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return m_result;
}

void SendClient::post(const QUrl &url, const SendRequest &request)
{
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const Http::Header &header : request.headers)
        networkRequest.setRawHeader(header.name, header.value);
    m_clock.start();
    m_timer.start();
    m_reply = m_network.post(networkRequest, request.body);
    connect(m_reply, &QNetworkReply::finished, this, &SendClient::onFinished);
}

void SendClient::onTimeout()
{
    m_result.timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows
}

void SendClient::onFinished()
{
    m_timer.stop();
    m_result.elapsedMs = m_clock.elapsed();
    m_result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_result.status != 0 && !m_result.timedOut) {
        m_result.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        if (m_result.reason.isEmpty())
            m_result.reason = Http::Response::reasonPhrase(m_result.status);
        m_result.location = m_reply->rawHeader("Location");
        const QByteArray body = m_reply->readAll();
        m_result.bodySize = body.size();
        m_result.bodyStart = body.left(SendResult::MaxBodyBytes);
    } else {
        m_result.status = 0;
        m_result.error = m_result.timedOut ? tr("no answer within the timeout") : m_reply->errorString();
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    QCoreApplication::quit();
}

} // namespace Cli
