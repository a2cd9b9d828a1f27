// SPDX-License-Identifier: MIT
#include "cli/sendclient.h"

#include "cli/sendrequest.h"
#include "http/requestsender.h"

#include <QEventLoop>

namespace Cli {

SendClient::SendClient(int timeoutSeconds, QObject *parent) : QObject(parent), m_timeoutMs(timeoutSeconds * 1000) {}

SendResult SendClient::exec(const QUrl &url, const SendRequest &request)
{
    Http::BoundedReply::Bounds bounds;
    bounds.keepBytes = SendResult::MaxBodyBytes;
    bounds.deadlineMs = m_timeoutMs;
    SendResult result;
    static_cast<Http::PeerAnswer &>(result) =
        exchange(Http::OutgoingRequest{QByteArrayLiteral("POST"), url, request.headers, request.body}, bounds);
    return result;
}

Http::PeerAnswer SendClient::exchange(const Http::OutgoingRequest &request, const Http::BoundedReply::Bounds &bounds)
{
    Http::RequestSender sender;
    sender.setBounds(bounds);
    Http::PeerAnswer answer;
    QEventLoop loop;
    connect(&sender, &Http::RequestSender::finished, &loop, [&](const Http::PeerAnswer &finished) {
        answer = finished;
        loop.quit();
    });
    sender.send(request);
    loop.exec();
    return answer;
}

} // namespace Cli
