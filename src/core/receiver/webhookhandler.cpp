// SPDX-License-Identifier: MIT
#include "receiver/webhookhandler.h"

#include "http/problembody.h"
#include "http/request.h"
#include "journal/writer.h"
#include "receiver/groupcommit.h"

#include <memory>

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
    : QObject(parent), m_commits(new GroupCommit(this)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Receiver::Delivery>();
}

void WebhookHandler::setJournal(Journal::Writer *journal)
{
    m_commits->setJournal(journal);
    m_journal = journal;
}

Http::Response WebhookHandler::handle(const Http::Request &request)
{
    if (request.path() == HealthPath)
        return handleHealth(request);
    Recorded pending = recorded(request);
    return record(pending);
}

// With --sync the answer waits for the group commit; otherwise it is given at once, as handle() gives it.
void WebhookHandler::handleAsync(const Http::Request &request, const Respond &respond)
{
    if (request.path() == HealthPath || !m_journal || !m_journal->options().sync) {
        respond(handle(request));
        return;
    }
    auto pending = std::make_shared<Recorded>(recorded(request));
    pending->delivery.entry.status = pending->response.status;
    m_commits->add(&pending->delivery.entry,
                   [this, pending, respond](bool stored, qint64 offset, const QString &error) {
                       pending->delivery.journalOffset = offset;
                       respond(finish(*pending, stored, error));
                   });
}

WebhookHandler::Recorded WebhookHandler::recorded(const Http::Request &request)
{
    return request.method == "POST" ? delivery(request) : wrongMethod(request);
}

// Only what is answered without the journal: a wrong method on /healthz. Every other request is journaled with its
// body (a refused method on a hook path too), so its body is read first.
std::optional<Http::Response> WebhookHandler::refuseBeforeBody(const Http::Request &head)
{
    if (head.path() == HealthPath && head.answeredMethod() != "GET")
        return handleHealth(head);
    return std::nullopt;
}

Http::Response WebhookHandler::handleHealth(const Http::Request &request)
{
    // A liveness probe, not a delivery: answered without touching the journal.
    if (request.answeredMethod() != "GET")
        return withAllow(Http::ProblemBody::response(405, tr("Use GET on /healthz.")), "GET, HEAD");
    return Http::Response::json(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
}

WebhookHandler::Recorded WebhookHandler::wrongMethod(const Http::Request &request)
{
    Recorded recorded;
    recorded.delivery.entry = entryFor(request);
    const QString detail = tr("Vipps delivers webhooks with POST; %1 is not accepted here.")
                               .arg(QString::fromLatin1(request.answeredMethod()));
    recorded.response = withAllow(Http::ProblemBody::response(405, detail), "POST");
    return recorded;
}

WebhookHandler::Recorded WebhookHandler::delivery(const Http::Request &request)
{
    Recorded recorded;
    Delivery &delivery = recorded.delivery;
    delivery.entry = entryFor(request);
    delivery.verification = m_verifier.verify(request, request.receivedAt.isValid() ? request.receivedAt : m_clock());
    const Signature::Verification &v = delivery.verification;
    delivery.entry.result = Signature::resultName(v.result);
    delivery.entry.reason = v.reason;
    delivery.entry.webhookId = v.webhookId;
    delivery.entry.duplicate = isDuplicate(v);
    recorded.response = answerFor(delivery);
    return recorded;
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

Http::Response WebhookHandler::record(Recorded &recorded)
{
    Delivery &delivery = recorded.delivery;
    delivery.entry.status = recorded.response.status;
    if (!m_journal) {
        delivery.entry.seq = ++m_unjournaledSeq;
        emit delivered(delivery);
        return recorded.response;
    }
    QString error;
    const bool stored = m_journal->append(&delivery.entry, &error);
    if (stored)
        delivery.journalOffset = m_journal->lastLineOffset();
    return finish(recorded, stored, error);
}

// docs/architecture.md §3 "Durability": a 2xx means "it is in the journal". Without that, ask the sender to retry.
Http::Response WebhookHandler::finish(Recorded &recorded, bool stored, const QString &error)
{
    Delivery &delivery = recorded.delivery;
    if (!stored) {
        emit journalFailed(error);
        delivery.entry.seq = 0;
        delivery.entry.status = 503;
        emit delivered(delivery);
        return Http::ProblemBody::response(503, tr("The delivery could not be stored; retry later."));
    }
    delivery.journaled = true;
    emit delivered(delivery);
    return recorded.response;
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
