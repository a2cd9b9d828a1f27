// SPDX-License-Identifier: MIT
// Reading an HTTP answer bounded (docs/architecture.md §3 "Answers read from others"), over loopback: a whole answer
// kept, a long body cut and counted or refused, an endless body that costs no memory and ends at the deadline counted
// from the request (not from the last byte), a silent peer, a refused connection. The deadline runs on a fake
// clock.
#include "cannedserver.h"
#include "endlesspeer.h"
#include "fakedeadlineclock.h"
#include "http/boundedreply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Http::BoundedReply;

namespace {

constexpr int kWaitMs = 10000;

} // namespace

class TestBoundedReply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholeAnswerKept();
    void longBodyCutAndCounted();
    void longBodyRefused();
    void endlessBodyCostsNoMemoryAndEndsAtTheDeadline();
    void silentPeerTimesOut();
    void refusedConnection();

private:
    BoundedReply *post(const QUrl &url, const BoundedReply::Bounds &bounds = {});

    FakeDeadlineClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CannedServer> m_server;
};

void TestBoundedReply::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<CannedServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestBoundedReply::cleanup()
{
    m_server.reset();
    m_network.reset();
}

// A POST with a body, as every caller sends: Qt starts such a request later than a GET.
BoundedReply *TestBoundedReply::post(const QUrl &url, const BoundedReply::Bounds &bounds)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return new BoundedReply(m_network->post(request, QByteArrayLiteral("{}")), bounds, &m_clock, m_network.get());
}

void TestBoundedReply::wholeAnswerKept()
{
    m_server->enqueueJson("/a", 404, R"({"title":"Not Found"})");
    BoundedReply *answer = post(m_server->baseUrl(QStringLiteral("/a")));
    QSignalSpy finished(answer, &BoundedReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(answer->complete());
    QCOMPARE(answer->status(), 404);
    QCOMPARE(answer->body(), QByteArray(R"({"title":"Not Found"})"));
    QCOMPARE(answer->bodyBytes(), qint64(answer->body().size()));
    QVERIFY(!answer->cut());
    QVERIFY(answer->failure().isEmpty());
    QCOMPARE(finished.size(), 1);
}

void TestBoundedReply::longBodyCutAndCounted()
{
    const QByteArray body = QByteArray(100 * 1000, 'a') + 'z';
    m_server->enqueue("/long", Http::Response::json(200, body, "text/plain"));
    BoundedReply::Bounds bounds;
    bounds.keepBytes = 1000;
    BoundedReply *answer = post(m_server->baseUrl(QStringLiteral("/long")), bounds);
    QSignalSpy finished(answer, &BoundedReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(answer->complete()); // read to its end, only its start kept
    QCOMPARE(answer->body(), QByteArray(1000, 'a'));
    QCOMPARE(answer->bodyBytes(), qint64(body.size()));
    QVERIFY(answer->cut());
}

void TestBoundedReply::longBodyRefused()
{
    m_server->enqueue("/long", Http::Response::json(200, QByteArray(5000, 'a'), "text/plain"));
    BoundedReply::Bounds bounds;
    bounds.keepBytes = 1000;
    bounds.refuseLonger = true;
    BoundedReply *answer = post(m_server->baseUrl(QStringLiteral("/long")), bounds);
    QSignalSpy finished(answer, &BoundedReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!answer->complete());
    QVERIFY(answer->tooLarge());
    QVERIFY(!answer->timedOut());
    QCOMPARE(answer->failure(), QStringLiteral("the answer was longer than 1000 bytes and was not read to its end"));
}

// The status line says 200, the body never ends: memory stays flat however much comes, and the answer fails when
// the deadline, counted from the request, has passed, bytes arriving all the while.
void TestBoundedReply::endlessBodyCostsNoMemoryAndEndsAtTheDeadline()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    const qint64 before = residentBytes();
    BoundedReply *answer = post(peer.url());
    QSignalSpy finished(answer, &BoundedReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= EndlessPeer::EnoughBytes, 120000);
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < EndlessPeer::AllowedGrowth, growthText("grew by", growth));
    QCOMPARE(answer->body().size(), BoundedReply::ShownBytes);
    QVERIFY(answer->bodyBytes() > 100 * EndlessPeer::MiB);
    QVERIFY(answer->cut());

    m_clock.advance(BoundedReply::DefaultDeadlineMs - 1);
    QCOMPARE(finished.size(), 0);
    m_clock.advance(1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(answer->timedOut());
    QVERIFY(!answer->complete());
    QCOMPARE(answer->status(), 200);
    QCOMPARE(answer->failure(), QStringLiteral("no complete answer within 10 s (HTTP 200 came, its body did not end)"));
}

void TestBoundedReply::silentPeerTimesOut()
{
    SilentServer silent;
    QVERIFY(silent.start());
    BoundedReply::Bounds bounds;
    bounds.deadlineMs = 2500;
    BoundedReply *answer = post(silent.baseUrl(), bounds);
    QSignalSpy finished(answer, &BoundedReply::finished);
    QTRY_COMPARE(silent.accepted(), 1);
    m_clock.advance(2500);
    QCOMPARE(finished.size(), 1);
    QVERIFY(answer->timedOut());
    QCOMPARE(answer->status(), 0);
    QCOMPARE(answer->failure(), QStringLiteral("no answer within 2500 ms"));
}

void TestBoundedReply::refusedConnection()
{
    BoundedReply *answer = post(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())));
    QSignalSpy finished(answer, &BoundedReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!answer->complete());
    QCOMPARE(answer->status(), 0);
    QVERIFY(!answer->failure().isEmpty());
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestBoundedReply)
#include "tst_boundedreply.moc"
