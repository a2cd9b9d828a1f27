// SPDX-License-Identifier: MIT
#include "receiver/webhookhandler.h"

#include "http/problembody.h"
#include "http/request.h"
#include "journal/writer.h"

namespace Receiver {

namespace {
const QByteArray HealthPath = QByteArrayLiteral("/healthz");

Http::Response withAllow(Http::Response response, const QByteArray &allow)
{
    response.headers.append(Http::Header{"Allow", allow});
    return response;
}
} // namespace

WebhookHandler::WebhookHandler(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Receiver::Delivery>();
}

Http::Response WebhookHandler::handle(const Http::Request &request)
{
    if (request.path() == HealthPath)
        return handleHealth(request);
    if (request.method != "POST")
        return handleWrongMethod(request);
    return handleDelivery(request);
}

Http::Response WebhookHandler::handleHealth(const Http::Request &request)
{
    // A liveness probe, not a delivery: answered without touching the journal.
    if (request.method != "GET" && request.method != "HEAD")
        return withAllow(Http::ProblemBody::response(405, tr("Use GET on /healthz.")), "GET, HEAD");
    return Http::Response::json(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
}

Http::Response WebhookHandler::handleWrongMethod(const Http::Request &request)
{
    Delivery delivery;
    delivery.entry = entryFor(request);
    const Http::Response response = withAllow(
        Http::ProblemBody::response(
            405,
            tr("Vipps delivers webhooks with POST; %1 is not accepted here.").arg(QString::fromLatin1(request.method))),
        "POST");
    return record(delivery, response);
}

Http::Response WebhookHandler::handleDelivery(const Http::Request &request)
{
    Delivery delivery;
    delivery.entry = entryFor(request);
    delivery.verification = m_verifier.verify(request, request.receivedAt.isValid() ? request.receivedAt : m_clock());
    const Signature::Verification &v = delivery.verification;
    delivery.entry.result = Signature::resultName(v.result);
    delivery.entry.reason = v.reason;
    delivery.entry.webhookId = v.webhookId;
    delivery.entry.duplicate = isDuplicate(v);
    return record(delivery, answerFor(delivery));
}

bool WebhookHandler::isDuplicate(const Signature::Verification &verification)
{
    if (verification.result != Signature::Result::Valid)
        return false;
    const QString &registration =
        verification.webhookId.isEmpty() ? verification.secretLabel.english() : verification.webhookId;
    return m_duplicates.seen(verification.computedContentHash, registration);
}

Http::Response WebhookHandler::answerFor(const Delivery &delivery) const
{
    const Signature::Verification &v = delivery.verification;
    if (v.result == Signature::Result::Valid || m_acceptAll)
        return Http::Response::json(200, QByteArrayLiteral("{\"received\":true}"));
    return Http::ProblemBody::response(401, tr("Webhook signature %1").arg(Signature::resultName(v.result)), v.reason);
}

Http::Response WebhookHandler::record(Delivery &delivery, const Http::Response &response)
{
    delivery.entry.status = response.status;
    if (m_journal) {
        QString error;
        if (!m_journal->append(&delivery.entry, &error)) {
            // docs/architecture.md §3 "Durability": a 2xx means "it is in the journal". Without that, ask the sender to retry.
            emit journalFailed(error);
            delivery.entry.status = 503;
            emit delivered(delivery);
            return Http::ProblemBody::response(503, tr("The delivery could not be stored; retry later."));
        }
        delivery.journaled = true;
    } else {
        delivery.entry.seq = ++m_unjournaledSeq;
    }
    emit delivered(delivery);
    return response;
}

Journal::Entry WebhookHandler::entryFor(const Http::Request &request) const
{
    Journal::Entry entry;
    entry.receivedAt = request.receivedAt.isValid() ? request.receivedAt : m_clock();
    entry.remote = request.remote;
    entry.method = request.method;
    entry.target = request.target;
    entry.headers = request.headers;
    entry.body = request.body;
    return entry;
}

} // namespace Receiver
