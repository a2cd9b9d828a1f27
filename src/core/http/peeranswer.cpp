// SPDX-License-Identifier: MIT
#include "http/peeranswer.h"

#include "http/boundedreply.h"
#include "http/response.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Http {

namespace {
bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::UnknownNetworkError;
}
} // namespace

PeerAnswer PeerAnswer::of(const BoundedReply &reply, qint64 elapsedMs)
{
    PeerAnswer answer;
    answer.elapsedMs = elapsedMs;
    const QNetworkReply *network = reply.reply();
    if (!reply.complete() || !network) {
        answer.timedOut = reply.timedOut();
        answer.unfinishedStatus = reply.timedOut() ? reply.status() : 0;
        answer.error = reply.failure();
        answer.connectionFailed = !reply.timedOut() && network && isConnectionFailure(network->error());
        return answer;
    }
    answer.status = reply.status();
    answer.reason = network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    if (answer.reason.isEmpty())
        answer.reason = Response::reasonPhrase(answer.status);
    for (const QNetworkReply::RawHeaderPair &pair : network->rawHeaderPairs())
        answer.headers.append(Header{pair.first, pair.second});
    answer.body = reply.body();
    answer.bodyBytes = reply.bodyBytes();
    return answer;
}

} // namespace Http
