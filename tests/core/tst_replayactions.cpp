// SPDX-License-Identifier: MIT
// The app's replays (Workbench::ReplayActions) over loopback, checked by a handler that verifies signatures on its own
// (VerifyingHandler): as received with the original signature, re-signed for another URL, an edited body re-signed,
// a dead URL recorded as a failed answer, several at once, re-signing refused without the webhook's secret, and the
// forward target by event type. Every answer joins its event in the log.
#include "cannedserver.h"
#include "deliveryrecord.h"
#include "events/eventlogmodel.h"
#include "verifyinghandler.h"
#include "workbench/replayactions.h"

#include <QSignalSpy>
#include <QTest>

using Events::HandlerAnswer;
using Workbench::ReplayActions;

namespace {

const QByteArray Secret = QByteArrayLiteral("registration-secret-5d2c");
const QUrl OriginalUrl(QStringLiteral("https://shop.example/hooks/vipps"));
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"app-replay-1","pspReference":"p-1","name":"CAPTURED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

// A verified delivery of body from webhook hook-1, signed a moment ago, as the log holds it.
Events::EventRecord delivery(qint64 seq, const QByteArray &body = Body)
{
    return verifiedDelivery(seq, Secret, OriginalUrl, body);
}

} // namespace

class TstReplayActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void asReceivedKeepsTheOriginalSignature();
    void resignedIsValidForAnotherUrl();
    void editedBodyIsResigned();
    void deadUrlIsRecordedAsFailed();
    void severalRunAtOnceWithoutWaiting();
    void resignWithoutTheSecretIsRefused();
    void onlyDeliveriesToHttpUrls();
    void forwardTargetByEventType();

private:
    HandlerAnswer awaitAnswer();

    std::unique_ptr<Events::EventLogModel> m_log;
    std::unique_ptr<ReplayActions> m_replays;
    std::unique_ptr<VerifyingHandler> m_handler;
};

void TstReplayActions::init()
{
    m_log = std::make_unique<Events::EventLogModel>();
    m_log->append(delivery(1));
    m_replays = std::make_unique<ReplayActions>(m_log.get());
    m_replays->setWebhookSecrets({Signature::Secret::ofWebhook(QStringLiteral("hook-1"), Secret)});
    m_handler = std::make_unique<VerifyingHandler>();
    m_handler->setSecret(Secret);
    QVERIFY(m_handler->start());
}

HandlerAnswer TstReplayActions::awaitAnswer()
{
    QSignalSpy answered(m_replays.get(), &ReplayActions::answered);
    if (!answered.wait(15000))
        return {};
    return answered.constFirst().constFirst().value<HandlerAnswer>();
}

void TstReplayActions::asReceivedKeepsTheOriginalSignature()
{
    m_handler->setRegisteredUrl(OriginalUrl);
    QString error;
    QVERIFY(m_replays->replayAsReceived(m_log->record(0), m_handler->url(QStringLiteral("/hooks/vipps")), &error));
    const HandlerAnswer answer = awaitAnswer();
    QCOMPARE(answer.kind, HandlerAnswer::Kind::Replayed);
    QCOMPARE(answer.answer.status, 200);
    QCOMPARE(answer.answer.forwardOf, qint64(1));
    QCOMPARE(answer.answer.to, m_handler->url(QStringLiteral("/hooks/vipps")).toString());
    QCOMPARE(m_handler->seen().size(), 1);
    const VerifyingHandler::Seen &seen = m_handler->seen().constFirst();
    QCOMPARE(seen.verification.result, Signature::Result::Valid);
    QCOMPARE(seen.request.headers.value("Authorization"), m_log->record(0).entry.headers.value("Authorization"));
    QCOMPARE(seen.request.body, Body);
    QCOMPARE(m_log->record(0).handlerAnswers.size(), 1);
    QCOMPARE(m_log->record(0).handlerAnswers.constFirst().answer, answer.answer);
}

void TstReplayActions::resignedIsValidForAnotherUrl()
{
    QString error;
    QVERIFY(m_replays->replayResigned(m_log->record(0), m_handler->url(QStringLiteral("/mine")), &error));
    const HandlerAnswer answer = awaitAnswer();
    QCOMPARE(answer.kind, HandlerAnswer::Kind::Resigned);
    QCOMPARE(answer.answer.status, 200);
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
    QVERIFY(m_handler->seen().constFirst().request.headers.value("Authorization") !=
            m_log->record(0).entry.headers.value("Authorization"));
    QCOMPARE(m_log->record(0).handlerAnswers.constLast().kind, HandlerAnswer::Kind::Resigned);
}

void TstReplayActions::editedBodyIsResigned()
{
    const QByteArray edited = QByteArray(Body).replace("49900", "100");
    QString error;
    QVERIFY(m_replays->replayEdited(m_log->record(0), edited, m_handler->url(QStringLiteral("/mine")), &error));
    const HandlerAnswer answer = awaitAnswer();
    QCOMPARE(answer.kind, HandlerAnswer::Kind::Edited);
    QCOMPARE(answer.answer.status, 200);
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
    QCOMPARE(m_handler->seen().constFirst().request.body, edited);
    QCOMPARE(m_log->record(0).entry.body, Body); // the event itself is what arrived
}

void TstReplayActions::deadUrlIsRecordedAsFailed()
{
    QString error;
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1/hooks").arg(closedPort()));
    QVERIFY(m_replays->replayAsReceived(m_log->record(0), dead, &error));
    const HandlerAnswer answer = awaitAnswer();
    QCOMPARE(answer.answer.status, 0);
    QVERIFY(!answer.answer.error.isEmpty());
    QCOMPARE(m_log->record(0).handlerAnswers.size(), 1);
    QCOMPARE(m_log->record(0).handlerAnswers.constFirst().shortText(), QStringLiteral("failed"));
    QCOMPARE(m_log->data(m_log->index(0, Events::EventLogModel::Handler), Events::EventLogModel::HandlerRole).toInt(),
             0);
}

void TstReplayActions::severalRunAtOnceWithoutWaiting()
{
    m_log->append(delivery(2));
    QSignalSpy answered(m_replays.get(), &ReplayActions::answered);
    QString error;
    const QUrl to = m_handler->url(QStringLiteral("/mine"));
    QVERIFY(m_replays->replayResigned(m_log->record(0), to, &error));
    QVERIFY(m_replays->replayResigned(m_log->record(1), to, &error));
    QVERIFY(m_replays->replayAsReceived(m_log->record(1), to, &error));
    QCOMPARE(m_replays->running(), 3);
    QVERIFY(m_handler->seen().isEmpty()); // nothing was waited for
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 3, 15000);
    QCOMPARE(m_replays->running(), 0);
    QCOMPARE(m_log->record(0).handlerAnswers.size(), 1);
    QCOMPARE(m_log->record(1).handlerAnswers.size(), 2);
}

void TstReplayActions::resignWithoutTheSecretIsRefused()
{
    m_replays->setWebhookSecrets({Signature::Secret::ofWebhook(QStringLiteral("another-hook"), Secret)});
    QString error;
    QVERIFY(!m_replays->replayResigned(m_log->record(0), m_handler->url(), &error));
    QCOMPARE(error, QStringLiteral("The app holds no secret for webhook hook-1 to sign it with."));
    QVERIFY(!m_replays->replayEdited(m_log->record(0), Body, m_handler->url(), &error));
    QCOMPARE(m_replays->running(), 0);

    Events::EventRecord anonymous = delivery(3);
    anonymous.verification.webhookId.clear();
    QString why;
    QVERIFY(!m_replays->signingSecret(anonymous, &why));
    QCOMPARE(why, QStringLiteral("The delivery names no webhook, so there is no secret to sign it with."));
    // As received needs no secret.
    QVERIFY(m_replays->replayAsReceived(m_log->record(0), m_handler->url(), &error));
    QCOMPARE(awaitAnswer().kind, HandlerAnswer::Kind::Replayed);
}

void TstReplayActions::onlyDeliveriesToHttpUrls()
{
    Events::EventRecord refused = delivery(4);
    refused.verified = false; // a 405: no delivery
    QString error;
    QVERIFY(!ReplayActions::canReplay(refused));
    QVERIFY(!m_replays->replayAsReceived(refused, m_handler->url(), &error));
    QCOMPARE(error, QStringLiteral("Only webhook deliveries can be replayed."));
    QVERIFY(!m_replays->replayAsReceived(m_log->record(0), QUrl(QStringLiteral("ftp://127.0.0.1/x")), &error));
    QCOMPARE(error, QStringLiteral("ftp://127.0.0.1/x is not an http or https URL."));
    QCOMPARE(m_replays->running(), 0);
}

void TstReplayActions::forwardTargetByEventType()
{
    const Events::EventRecord captured = m_log->record(0);
    const Events::EventRecord authorized = delivery(5, QByteArray(Body).replace("CAPTURED", "AUTHORIZED"));
    QVERIFY(m_replays->forwardTarget(captured).isEmpty());

    const QUrl capturedUrl(QStringLiteral("http://localhost:3000/captured"));
    const QUrl everyUrl(QStringLiteral("http://localhost:3000/all"));
    m_replays->setForwardRoutes(
        {{QStringLiteral("epayments.payment.captured.v1"), capturedUrl}, {QString(), everyUrl}});
    QCOMPARE(m_replays->forwardTarget(captured), capturedUrl);
    QCOMPARE(m_replays->forwardTarget(authorized), everyUrl);
    m_replays->setForwardRoutes({{QStringLiteral("epayments.payment.captured.v1"), capturedUrl}});
    QVERIFY(m_replays->forwardTarget(authorized).isEmpty());
}

QTEST_GUILESS_MAIN(TstReplayActions)
#include "tst_replayactions.moc"
