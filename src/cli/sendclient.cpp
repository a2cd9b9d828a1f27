// SPDX-License-Identifier: MIT
#include "cli/sendclient.h"

#include "cli/sendrequest.h"
#include "http/response.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Cli {

SendClient::SendClient(int timeoutSeconds, QObject *parent) : QObject(parent), m_timeoutMs(timeoutSeconds * 1000)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // a webhook goes straight to the handler
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
    Http::BoundedReply::Bounds bounds;
    bounds.keepBytes = SendResult::MaxBodyBytes;
    bounds.deadlineMs = m_timeoutMs;
    m_clock.start();
    m_answer = new Http::BoundedReply(m_network.post(networkRequest, request.body), bounds, nullptr, this);
    connect(m_answer, &Http::BoundedReply::finished, this, &SendClient::onFinished);
}

void SendClient::onFinished()
{
    m_result.elapsedMs = m_clock.elapsed();
    const QNetworkReply *reply = m_answer->reply();
    if (m_answer->complete()) {
        m_result.status = m_answer->status();
        m_result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        if (m_result.reason.isEmpty())
            m_result.reason = Http::Response::reasonPhrase(m_result.status);
        m_result.location = reply->rawHeader("Location");
        m_result.bodySize = m_answer->bodyBytes();
        m_result.bodyStart = m_answer->body();
    } else {
        m_result.timedOut = m_answer->timedOut();
        m_result.unfinishedStatus = m_answer->timedOut() ? m_answer->status() : 0;
        m_result.error = m_answer->timedOut() ? tr("no answer within the timeout") : m_answer->failure();
    }
    m_answer->deleteLater();
    m_answer = nullptr;
    QCoreApplication::quit();
}

} // namespace Cli
