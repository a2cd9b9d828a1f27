// SPDX-License-Identifier: MIT
// Forwarding to the developer's own handler (`listen --forward-to`), over loopback: a whole answer reported with
// its status, an answer that never ends reported failed once 10 s have passed since the forward went out
// (docs/architecture.md §3 "Answers read from others"). The deadline runs on a fake clock.
#include "cannedserver.h"
#include "endlesspeer.h"
#include "fakedeadlineclock.h"
#include "receiver/forwarder.h"
#include "receiver/webhookhandler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Receiver::Forwarder;

namespace {

Receiver::Delivery delivery(qint64 seq)
{
    Receiver::Delivery delivery;
    delivery.entry.seq = seq;
    delivery.entry.method = "POST";
    delivery.entry.headers = {{"Content-Type", "application/json"}, {"Webhook-Id", "hook-1"}};
    delivery.entry.body = R"({"reference":"forward-1","name":"CAPTURED"})";
    return delivery;
}

} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeAnswerReported();
    void endlessAnswerFailsAtTheDeadline();

private:
    FakeDeadlineClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestForwarder::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestForwarder::wholeAnswerReported()
{
    CannedServer target;
    QVERIFY(target.start());
    target.enqueueJson("/mine", 202, "{}");
    Forwarder forwarder(m_network.get(), target.baseUrl(QStringLiteral("/mine")));
    forwarder.setDeadlineClock(&m_clock);
    QSignalSpy forwarded(&forwarder, &Forwarder::forwarded);
    forwarder.forward(delivery(3));
    QVERIFY(forwarded.wait(10000));
    QCOMPARE(forwarded.first().at(0).value<qint64>(), qint64(3));
    QCOMPARE(forwarded.first().at(1).toInt(), 202);
    QCOMPARE(forwarded.first().at(3).toString(), QString());
    QCOMPARE(forwarder.pending(), 0);
}

void TestForwarder::endlessAnswerFailsAtTheDeadline()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    Forwarder forwarder(m_network.get(), peer.url());
    forwarder.setDeadlineClock(&m_clock);
    QSignalSpy forwarded(&forwarder, &Forwarder::forwarded);
    forwarder.forward(delivery(7));
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= 16 * EndlessPeer::MiB, 60000);
    QCOMPARE(forwarder.pending(), 1);

    m_clock.advance(9999);
    QCOMPARE(forwarded.size(), 0);
    m_clock.advance(1);
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.first().at(0).value<qint64>(), qint64(7));
    QCOMPARE(forwarded.first().at(1).toInt(), 0);
    QCOMPARE(forwarded.first().at(3).toString(),
             QStringLiteral("no complete answer within 10 s (HTTP 200 came, its body did not end)"));
    QCOMPARE(forwarder.pending(), 0);
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
