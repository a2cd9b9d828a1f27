// SPDX-License-Identifier: MIT
// The receiver's HTTP server against a raw socket: keep-alive, pipelining, limits, timeouts, the connection cap.
// The deadlines run on a fake clock that only the tests move; no waiting for real time to pass.
#include "echohandler.h"
#include "fakedeadlineclock.h"
#include "http/server.h"
#include "http/streamsocket.h"
#include "rawhttpclient.h"

#include <QTest>

#include <memory>

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAnsweredInOrder();
    void pipelinedFloodWithoutReading();
    void connectionCloseIsHonoured();
    void http10ClosesByDefault();
    void malformedInputIsAnsweredAndClosed_data();
    void malformedInputIsAnsweredAndClosed();
    void serverKeepsServingAfterGarbage();
    void headerTimeoutAnswers408();
    void slowHeadersTrickleStillTimeOut();
    void idleConnectionIsClosedSilently();
    void stalledBodyAnswers408();
    void dribblingBodyIsCutAtTheBodyDeadline();
    void silentConnectionIsClosedAtTheHeaderDeadline();
    void activityKeepsConnectionOpen();
    void connectionCapRefusesExtra();
    void portInUseIsReported();
    void systemClockTimerFires();

private:
    void startServer(const Http::Limits &limits = {});
    bool connectClient(RawHttpClient &client);
    bool sendUnanswered(RawHttpClient &client, const QByteArray &bytes);
    int openServerSockets() const;
    bool closesAfter(int ms);

    EchoHandler m_handler;
    std::unique_ptr<FakeDeadlineClock> m_clock;
    std::unique_ptr<Http::Server> m_server;
};

void TestServer::init()
{
    m_handler.calls = 0;
    m_clock = std::make_unique<FakeDeadlineClock>();
}

void TestServer::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

void TestServer::startServer(const Http::Limits &limits)
{
    m_server = std::make_unique<Http::Server>(&m_handler, limits);
    m_server->setDeadlineClock(m_clock.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

// Connects and waits until the server has accepted, so the connection's deadlines count from the fake now.
bool TestServer::connectClient(RawHttpClient &client)
{
    const int accepted = m_server->activeConnections() + 1;
    return client.connectTo(m_server->serverPort()) &&
           QTest::qWaitFor([&] { return m_server->activeConnections() == accepted; });
}

// Sends bytes that get no answer yet and waits until the server has taken them in at the fake now.
bool TestServer::sendUnanswered(RawHttpClient &client, const QByteArray &bytes)
{
    const int queries = m_clock->queries();
    client.send(bytes);
    return QTest::qWaitFor([&] { return m_clock->queries() > queries; });
}

// The server's sockets that are connected and not closing. A deadline closes its socket within advance(), so
// this tells at once whether one has passed.
int TestServer::openServerSockets() const
{
    int open = 0;
    for (const Http::StreamSocket *socket : m_server->findChildren<Http::StreamSocket *>())
        open += socket->state() == Http::StreamSocket::State::Open ? 1 : 0;
    return open;
}

// Moves the fake time on by ms: true if the one connection is still open 1 ms before and closing at ms.
bool TestServer::closesAfter(int ms)
{
    m_clock->advance(ms - 1);
    if (openServerSockets() != 1) {
        qWarning("closed before the deadline");
        return false;
    }
    m_clock->advance(1);
    if (openServerSockets() != 0) {
        qWarning("still open at the deadline");
        return false;
    }
    return true;
}

void TestServer::keepAliveServesSeveralRequests()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    for (int i = 0; i < 3; ++i) {
        client.send(post("/hook/" + QByteArray::number(i), "body"));
        const RawResponse r = client.readResponse();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, "POST /hook/" + QByteArray::number(i) + "|body");
        QVERIFY(r.header("Connection").isEmpty());
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
}

void TestServer::pipelinedRequestsAnsweredInOrder()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(post("/a", "1") + post("/b?x=y", "22") + "GET /c HTTP/1.1\r\nHost: t\r\n\r\n" + post("/d", ""));
    const QList<RawResponse> responses = client.readResponses(4);
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).body, QByteArray("POST /a|1"));
    QCOMPARE(responses.at(1).body, QByteArray("POST /b?x=y|22"));
    QCOMPARE(responses.at(2).body, QByteArray("GET /c|"));
    QCOMPARE(responses.at(3).body, QByteArray("POST /d|"));
}

void TestServer::pipelinedFloodWithoutReading()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    QByteArray flood;
    const int count = 2000;
    for (int i = 0; i < count; ++i)
        flood += post("/n" + QByteArray::number(i), QByteArray(100, 'x'));
    client.send(flood);
    const QList<RawResponse> responses = client.readResponses(count, 30000);
    QCOMPARE(responses.size(), count);
    for (int i = 0; i < count; ++i)
        QVERIFY(responses.at(i).body.startsWith("POST /n" + QByteArray::number(i) + '|'));
}

void TestServer::connectionCloseIsHonoured()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(post("/a", "1", "Connection: close\r\n") + post("/never", "2"));
    const QList<RawResponse> responses = client.readResponses(2, 2000);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QCOMPARE(m_handler.calls, 1);
}

void TestServer::http10ClosesByDefault()
{
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send("POST /old HTTP/1.0\r\nContent-Length: 2\r\n\r\nhi");
    const RawResponse r = client.readResponse();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
}

void TestServer::malformedInputIsAnsweredAndClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    Http::Limits limits;
    QTest::newRow("request line too long")
        << ("GET /" + QByteArray(int(limits.maxRequestLineBytes) + 10, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QTest::newRow("header block too large")
        << ("POST / HTTP/1.1\r\nX-Big: " + QByteArray(int(limits.maxHeaderBytes) + 10, 'b') + "\r\n\r\n") << 431;
    QTest::newRow("body too large by Content-Length")
        << ("POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(limits.maxBodyBytes + 1) + "\r\n\r\n") << 413;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths") << QByteArray(
                                                "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
                                         << 400;
    QTest::newRow("garbage request line") << QByteArray("HELLO THERE\r\n\r\n") << 400;
    QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("gzip transfer coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
}

void TestServer::malformedInputIsAnsweredAndClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    startServer();
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(bytes);
    const RawResponse r = client.readResponse();
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QCOMPARE(m_handler.calls, 0);
}

void TestServer::serverKeepsServingAfterGarbage()
{
    startServer();
    for (int i = 0; i < 20; ++i) {
        RawHttpClient bad;
        QVERIFY(bad.connectTo(m_server->serverPort()));
        QByteArray noise(512, '\0');
        for (int j = 0; j < noise.size(); ++j)
            noise[j] = char((i * 131 + j * 7) & 0xff);
        bad.send(noise);
        const RawResponse r = bad.readResponse();
        QVERIFY2(r.status >= 400 && r.status < 600, qPrintable(QString::number(r.status)));
    }
    RawHttpClient good;
    QVERIFY(good.connectTo(m_server->serverPort()));
    good.send(post("/ok", "x"));
    QCOMPARE(good.readResponse().status, 200);
}

void TestServer::headerTimeoutAnswers408()
{
    startServer();
    const int deadline = m_server->limits().headerTimeoutMs;
    RawHttpClient client;
    QVERIFY(connectClient(client));
    m_clock->advance(2500); // the deadline counts from the request's first byte, not from the connect
    QVERIFY(sendUnanswered(client, "POST /slow HTTP/1.1\r\nHost: x\r\n"));
    QVERIFY(closesAfter(deadline));
    QCOMPARE(client.readResponse().status, 408);
    QVERIFY(client.waitForClose());
    QCOMPARE(m_handler.calls, 0);
}

void TestServer::slowHeadersTrickleStillTimeOut()
{
    // Sending a header line every second must not keep a request open past the header deadline, which counts
    // from the request's first byte.
    startServer();
    const int deadline = m_server->limits().headerTimeoutMs;
    const int step = 1000;
    RawHttpClient client;
    QVERIFY(connectClient(client));
    QVERIFY(sendUnanswered(client, "POST /slow HTTP/1.1\r\n"));
    int elapsed = 0;
    for (int sent = 0; elapsed + step < deadline; ++sent) {
        m_clock->advance(step);
        elapsed += step;
        QVERIFY(sendUnanswered(client, "X-" + QByteArray::number(sent) + ": y\r\n"));
    }
    QVERIFY(closesAfter(deadline - elapsed));
    QCOMPARE(client.readResponse().status, 408);
    QVERIFY(client.waitForClose());
}

void TestServer::idleConnectionIsClosedSilently()
{
    startServer();
    const int deadline = m_server->limits().idleTimeoutMs;
    RawHttpClient client;
    QVERIFY(connectClient(client));
    client.send(post("/a", "1"));
    QCOMPARE(client.readResponse().status, 200);
    QVERIFY(closesAfter(deadline));
    QVERIFY(client.waitForClose());
    QVERIFY(client.leftover().isEmpty());
    QCOMPARE(client.socket().readAll(), QByteArray()); // not even a 408
}

void TestServer::stalledBodyAnswers408()
{
    // Once the headers are complete the body deadline applies, even past the header deadline.
    startServer();
    const int deadline = m_server->limits().bodyTimeoutMs;
    QVERIFY(deadline > m_server->limits().headerTimeoutMs);
    RawHttpClient client;
    QVERIFY(connectClient(client));
    QVERIFY(sendUnanswered(client, "POST /a HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc"));
    QVERIFY(closesAfter(deadline));
    QCOMPARE(client.readResponse().status, 408);
    QVERIFY(client.waitForClose());
    QCOMPARE(m_handler.calls, 0);
}

void TestServer::dribblingBodyIsCutAtTheBodyDeadline()
{
    // A byte every second keeps the idle deadline away but not the body deadline, which counts from the end of the
    // header block: the whole body must be in by then.
    Http::Limits limits;
    limits.bodyTimeoutMs = 5000;
    startServer(limits);
    const int step = 1000;
    RawHttpClient client;
    QVERIFY(connectClient(client));
    QVERIFY(sendUnanswered(client, "POST /drip HTTP/1.1\r\nContent-Length: 100\r\n\r\n"));
    int elapsed = 0;
    for (; elapsed + step < limits.bodyTimeoutMs; elapsed += step) {
        m_clock->advance(step);
        QVERIFY(sendUnanswered(client, "x"));
    }
    QVERIFY(closesAfter(limits.bodyTimeoutMs - elapsed));
    const RawResponse r = client.readResponse();
    QCOMPARE(r.status, 408);
    QCOMPARE(r.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QCOMPARE(m_handler.calls, 0);
}

void TestServer::silentConnectionIsClosedAtTheHeaderDeadline()
{
    // A connection that never sends a byte is not given the idle time: its first request is due like any other's.
    startServer();
    RawHttpClient client;
    QVERIFY(connectClient(client));
    QVERIFY(closesAfter(m_server->limits().headerTimeoutMs));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.socket().readAll(), QByteArray()); // nothing to answer
}

void TestServer::activityKeepsConnectionOpen()
{
    // Each request, even one just before the idle deadline, gives the connection a full idle period again. (The
    // first comes at once: a connection that has sent nothing yet is due within the header deadline.)
    startServer();
    const int deadline = m_server->limits().idleTimeoutMs;
    RawHttpClient client;
    QVERIFY(connectClient(client));
    client.send(post("/tick", "first"));
    QCOMPARE(client.readResponse().status, 200);
    for (int i = 0; i < 4; ++i) {
        m_clock->advance(deadline - 1);
        QCOMPARE(openServerSockets(), 1);
        client.send(post("/tick", QByteArray::number(i)));
        QCOMPARE(client.readResponse().status, 200);
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QVERIFY(closesAfter(deadline)); // and once quiet, it is closed
    QVERIFY(client.waitForClose());
}

void TestServer::connectionCapRefusesExtra()
{
    Http::Limits limits;
    limits.maxConnections = 2;
    startServer(limits);
    RawHttpClient first;
    RawHttpClient second;
    QVERIFY(first.connectTo(m_server->serverPort()));
    QVERIFY(second.connectTo(m_server->serverPort()));
    first.send(post("/1", ""));
    second.send(post("/2", ""));
    QCOMPARE(first.readResponse().status, 200);
    QCOMPARE(second.readResponse().status, 200);
    QCOMPARE(m_server->activeConnections(), 2);

    RawHttpClient third;
    QVERIFY(third.connectTo(m_server->serverPort()));
    const RawResponse refused = third.readResponse();
    QCOMPARE(refused.status, 503);
    QVERIFY(third.waitForClose());

    first.socket().disconnectFromHost();
    QTRY_COMPARE(m_server->activeConnections(), 1);
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(m_server->serverPort()));
    fourth.send(post("/4", ""));
    QCOMPARE(fourth.readResponse().status, 200);
}

void TestServer::portInUseIsReported()
{
    startServer();
    Http::Server other(&m_handler);
    QString error;
    QVERIFY(!other.start(QHostAddress::LocalHost, m_server->serverPort(), &error));
    QVERIFY2(error.contains(QLatin1String("already in use")), qPrintable(error));
}

void TestServer::systemClockTimerFires()
{
    // What servers use unless given another clock: a real single-shot timer and a clock that never goes back.
    Http::DeadlineClock &clock = Http::DeadlineClock::system();
    int fired = 0;
    const std::unique_ptr<Http::DeadlineClock::Timer> timer = clock.createTimer([&fired] { ++fired; });
    QVERIFY(!timer->isActive());
    const qint64 before = clock.nowMs();
    timer->start(1);
    QVERIFY(timer->isActive());
    QTRY_COMPARE(fired, 1);
    QVERIFY(!timer->isActive());
    QVERIFY(clock.nowMs() >= before);
    timer->start(0);
    timer->stop();
    QVERIFY(!timer->isActive());
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
