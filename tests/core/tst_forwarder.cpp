// SPDX-License-Identifier: MIT
// Forwarding to the developer's own handler (`listen --forward-to`), over loopback (docs/architecture.md §3
// "Forwarding"): the handler gets the exact body and the headers as received (its own verification says valid, with
// the host Vipps signed), routes pick deliveries by event type, and its answer is reported whole (status, headers,
// the start of the body), refused, or failed once 10 s have passed since the forward went out (the deadline runs on
// a fake clock).
#include "cannedserver.h"
#include "endlesspeer.h"
#include "fakedeadlineclock.h"
#include "receiver/forwarder.h"
#include "receiver/webhookhandler.h"
#include "signature/signer.h"
#include "signature/verifier.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using Receiver::Forwarder;
using Receiver::ForwardRoute;

namespace {

const QByteArray kSecret = QByteArrayLiteral("forwarder-test-secret-Zt9=");
// The URL registered with Vipps: a tunnel's, so the host Vipps signs is not the handler's.
const QUrl kRegisteredUrl(QStringLiteral("https://abc123.tunnel.example/hooks/vipps"));

QByteArray paymentBody(const QByteArray &name)
{
    return R"({"msn":"123456","reference":"forward-1","name":")" + name +
           R"(","amount":{"currency":"NOK","value":1500},"success":true})";
}

Receiver::Delivery delivery(qint64 seq, const QByteArray &body = paymentBody("CAPTURED"))
{
    Receiver::Delivery delivery;
    delivery.entry.seq = seq;
    delivery.entry.method = "POST";
    delivery.entry.target = "/hooks/vipps";
    delivery.entry.headers = {{"Content-Type", "application/json"}, {"Webhook-Id", "hook-1"}};
    delivery.entry.body = body;
    return delivery;
}

// A delivery as the receiver journals it: signed for kRegisteredUrl, with the Host header the tunnel passed on
// (Host: abc123.tunnel.example), connection-level fields, and a field given twice.
Receiver::Delivery signedDelivery(qint64 seq)
{
    Receiver::Delivery signedOne = delivery(seq);
    Http::HeaderList headers =
        Signature::Signer::sign(kSecret, kRegisteredUrl, signedOne.entry.body, QDateTime::currentDateTimeUtc())
            .toHeaders();
    headers += Http::HeaderList{{"Content-Type", "application/json; charset=utf-8"},
                                {"User-Agent", "Vipps MobilePay/1.0 Webhooks/1.0"},
                                {"Webhook-Id", "hook-1"},
                                {"x-trace", "first"},
                                {"Accept-Encoding", "gzip"},
                                {"Connection", "keep-alive, X-Hop"},
                                {"X-Hop", "for this connection only"},
                                {"x-trace", "second"},
                                {"Keep-Alive", "timeout=5"},
                                {"TE", "trailers"},
                                {"Transfer-Encoding", "chunked"},
                                {"Expect", "100-continue"}};
    signedOne.entry.headers = headers;
    return signedOne;
}

// What the handler must get of signedDelivery()'s headers, in this order.
Http::HeaderList passedOnHeaders(const Http::HeaderList &received)
{
    Http::HeaderList expected;
    for (const Http::Header &header : received) {
        const QByteArray name = header.name.toLower();
        if (name == "connection" || name == "x-hop" || name == "keep-alive" || name == "te" ||
            name == "transfer-encoding" || name == "expect")
            continue;
        if (name == "x-trace" && expected.contains("x-trace"))
            continue;
        expected.append(name == "x-trace" ? Http::Header{"x-trace", "first, second"} : header);
    }
    return expected;
}

Journal::Forward forwardAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<Journal::Forward>();
}

Signature::Verification verifiedBy(const Http::Request &request, const QUrl &registeredUrl)
{
    Signature::Verifier verifier;
    verifier.setSecrets({Signature::Secret::numbered(1, kSecret)});
    if (registeredUrl.isValid())
        verifier.setRegisteredUrl(registeredUrl);
    return verifier.verify(request, QDateTime::currentDateTimeUtc());
}

} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeAnswerReported();
    void bytesAndHeadersReachTheHandler();
    void routesPickEventTypes();
    void refusedConnectionReported();
    void failingHandlerReported();
    void longAnswerKeepsItsStart();
    void forwardStartsAfterTheCurrentCall();
    void endlessAnswerFailsAtTheDeadline();

private:
    Forwarder *forwarderTo(const QList<ForwardRoute> &routes);

    FakeDeadlineClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Forwarder> m_forwarder;
};

void TestForwarder::init()
{
    m_forwarder.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

Forwarder *TestForwarder::forwarderTo(const QList<ForwardRoute> &routes)
{
    m_forwarder = std::make_unique<Forwarder>(m_network.get(), routes);
    m_forwarder->setDeadlineClock(&m_clock);
    return m_forwarder.get();
}

void TestForwarder::wholeAnswerReported()
{
    CannedServer target;
    QVERIFY(target.start());
    target.enqueueJson("/mine", 202, R"({"ok":true})", {{"X-Handler", "mine"}});
    const QUrl url = target.baseUrl(QStringLiteral("/mine"));
    Forwarder *forwarder = forwarderTo({{QString(), url}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(forwarder->forward(delivery(3)), 1);
    QVERIFY(forwarded.wait(10000));
    const Journal::Forward answer = forwardAt(forwarded, 0);
    QCOMPARE(answer.forwardOf, qint64(3));
    QCOMPARE(answer.to, url.toString());
    QVERIFY(answer.sentAt >= before.addMSecs(-1) && answer.sentAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(answer.status, 202);
    QVERIFY(answer.succeeded());
    QVERIFY(!answer.timedOut);
    QCOMPARE(answer.error, QString());
    QCOMPARE(answer.body, QByteArray(R"({"ok":true})"));
    QVERIFY(!answer.bodyTruncated);
    QCOMPARE(answer.headers.value("X-Handler"), QByteArray("mine"));
    QCOMPARE(answer.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(forwarder->pending(), 0);
}

// The handler verifies as it would behind the tunnel: with the Host header and its own path, and with the URL it
// knows it is registered under. Both need the signature headers, the Host header and the body exactly as received.
void TestForwarder::bytesAndHeadersReachTheHandler()
{
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/hooks/vipps", 200, "{}");
    const Receiver::Delivery signedOne = signedDelivery(5);
    Forwarder *forwarder = forwarderTo({{QString(), handler.baseUrl(QStringLiteral("/hooks/vipps?from=listen"))}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(signedOne);
    QVERIFY(forwarded.wait(10000));
    QCOMPARE(handler.requests().size(), 1);
    const Http::Request got = handler.requests().first();

    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.target, QByteArray("/hooks/vipps?from=listen")); // the route's path and query
    QCOMPARE(got.body, signedOne.entry.body);
    Http::HeaderList sent; // of the fields the delivery had, those that are not the connection's
    for (const Http::Header &header : got.headers) {
        const bool ownByQt = header.name == "Connection" || header.name == "Content-Length";
        if (signedOne.entry.headers.contains(header.name) && !ownByQt)
            sent.append(header);
    }
    QCOMPARE(sent, passedOnHeaders(signedOne.entry.headers));
    for (const QByteArray name : {"X-Hop", "Keep-Alive", "TE", "Transfer-Encoding", "Expect"})
        QVERIFY2(!got.headers.contains(name), name.constData());
    QCOMPARE(got.headers.value("Content-Length"), QByteArray::number(signedOne.entry.body.size()));
    for (const Http::Header &header : got.headers) {
        const bool added = !signedOne.entry.headers.contains(header.name);
        const bool qtsOwn = header.name == "Accept-Language" || header.name == "Content-Length";
        QVERIFY2(!added || qtsOwn, header.name.constData());
    }
    Http::Request atItsPath = got;
    atItsPath.target = "/hooks/vipps";
    QCOMPARE(verifiedBy(atItsPath, QUrl()).result, Signature::Result::Valid);
    QCOMPARE(verifiedBy(got, kRegisteredUrl).result, Signature::Result::Valid);
}

// A route for one event type gets only that type (by the body's "name", docs/vipps-wire.md §4); a plain URL every
// delivery; a URL named twice one request.
void TestForwarder::routesPickEventTypes()
{
    CannedServer captures;
    CannedServer authorizations;
    CannedServer everything;
    for (CannedServer *server : {&captures, &authorizations, &everything}) {
        QVERIFY(server->start());
        server->setResponder("/h", [](const Http::Request &) { return Http::Response::json(200, "{}"); });
    }
    Forwarder *forwarder = forwarderTo({
        {QStringLiteral("epayments.payment.captured.v1"), captures.baseUrl(QStringLiteral("/h"))},
        {QStringLiteral("epayments.payment.authorized.v1"), authorizations.baseUrl(QStringLiteral("/h"))},
        {QString(), everything.baseUrl(QStringLiteral("/h"))},
        {QStringLiteral("epayments.payment.captured.v1"), everything.baseUrl(QStringLiteral("/h"))},
    });
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    QCOMPARE(forwarder->forward(delivery(1, paymentBody("CAPTURED"))), 2);
    QCOMPARE(forwarder->forward(delivery(2, paymentBody("AUTHORIZED"))), 2);
    QCOMPARE(forwarder->forward(delivery(3, "not json")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(forwarded.size(), 5, 10000);
    QCOMPARE(captures.requests().size(), 1);
    QVERIFY(captures.requests().first().body.contains("CAPTURED"));
    QCOMPARE(authorizations.requests().size(), 1);
    QVERIFY(authorizations.requests().first().body.contains("AUTHORIZED"));
    QCOMPARE(everything.requests().size(), 3);
}

void TestForwarder::refusedConnectionReported()
{
    Forwarder *forwarder = forwarderTo({{QString(), QUrl(QStringLiteral("http://127.0.0.1:%1/h").arg(closedPort()))}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(delivery(4));
    QVERIFY(forwarded.wait(10000));
    const Journal::Forward answer = forwardAt(forwarded, 0);
    QCOMPARE(answer.status, 0);
    QVERIFY(!answer.timedOut);
    QVERIFY(!answer.succeeded());
    QVERIFY2(answer.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(answer.error));
}

void TestForwarder::failingHandlerReported()
{
    CannedServer target;
    QVERIFY(target.start());
    target.enqueueJson("/h", 503, R"({"title":"down"})");
    Forwarder *forwarder = forwarderTo({{QString(), target.baseUrl(QStringLiteral("/h"))}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(delivery(6));
    QVERIFY(forwarded.wait(10000));
    const Journal::Forward answer = forwardAt(forwarded, 0);
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.error, QString());
    QVERIFY(!answer.succeeded());
    QCOMPARE(answer.body, QByteArray(R"({"title":"down"})"));
}

// docs/architecture.md §3 "Answers read from others": 64 KiB of the body kept, the rest counted.
void TestForwarder::longAnswerKeepsItsStart()
{
    CannedServer target;
    QVERIFY(target.start());
    const QByteArray body(100 * 1024, 'a');
    target.enqueue("/h", Http::Response::json(200, body, "text/plain"));
    Forwarder *forwarder = forwarderTo({{QString(), target.baseUrl(QStringLiteral("/h"))}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(delivery(7));
    QVERIFY(forwarded.wait(10000));
    const Journal::Forward answer = forwardAt(forwarded, 0);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, body.left(Http::BoundedReply::ShownBytes));
    QVERIFY(answer.bodyTruncated);
}

// The receiver calls forward() before its answer to the sender is written: the request to the handler is made only
// once that call has returned to the event loop.
void TestForwarder::forwardStartsAfterTheCurrentCall()
{
    CannedServer target;
    QVERIFY(target.start());
    target.enqueueJson("/h", 200, "{}");
    Forwarder *forwarder = forwarderTo({{QString(), target.baseUrl(QStringLiteral("/h"))}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(delivery(8));
    QVERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
    QCOMPARE(forwarder->pending(), 1);
    QVERIFY(forwarded.wait(10000));
    QCOMPARE(forwarder->pending(), 0);
}

void TestForwarder::endlessAnswerFailsAtTheDeadline()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    Forwarder *forwarder = forwarderTo({{QString(), peer.url()}});
    QSignalSpy forwarded(forwarder, &Forwarder::forwarded);
    forwarder->forward(delivery(7));
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= 16 * EndlessPeer::MiB, 60000);
    QCOMPARE(forwarder->pending(), 1);

    m_clock.advance(9999);
    QCOMPARE(forwarded.size(), 0);
    m_clock.advance(1);
    QCOMPARE(forwarded.size(), 1);
    const Journal::Forward answer = forwardAt(forwarded, 0);
    QCOMPARE(answer.forwardOf, qint64(7));
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.timedOut);
    QCOMPARE(answer.error, QStringLiteral("no complete answer within 10 s (HTTP 200 came, its body did not end)"));
    QCOMPARE(answer.body.size(), Http::BoundedReply::ShownBytes);
    QVERIFY(answer.bodyTruncated);
    QCOMPARE(forwarder->pending(), 0);
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
