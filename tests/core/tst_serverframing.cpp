// SPDX-License-Identifier: MIT
// How the server frames its answers on one connection, against a raw socket: a client's half-close, HEAD,
// 100-continue and HTTP/1.0 keep-alive. Every answer is parsed exactly, so a stray byte breaks the next one.
#include "echohandler.h"
#include "http/server.h"
#include "rawhttpclient.h"

#include <QTest>

#include <memory>

class TestServerFraming : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void halfClosedRequestIsAnswered();
    void halfClosedPipelineIsAnsweredInOrder();
    void halfCloseInsideARequestIsRefused();
    void refusalSurvivesTheBodyStillComing();
    void headAnswerLeavesOutTheContent();
    void refusedHeadLeavesOutTheContent();
    void continueComesBeforeTheBody();
    void noContinueForABodyThatCameAlong();
    void bodyTooLargeIsRefusedAtOnce();
    void http10KeepAliveIsSaidAndKept();

private:
    EchoHandler m_handler;
    std::unique_ptr<Http::Server> m_server;
    RawHttpClient m_client;
};

void TestServerFraming::init()
{
    m_handler.calls = 0;
    m_server = std::make_unique<Http::Server>(&m_handler);
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestServerFraming::cleanup()
{
    m_client.socket().abort();
    m_server.reset();
}

// RFC 9112 §9.6: a request followed by the client's FIN (`nc -N`) is answered, then the connection closes.
void TestServerFraming::halfClosedRequestIsAnswered()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("GET /healthz|"));
    QCOMPARE(m_handler.calls, 1);
}

void TestServerFraming::halfClosedPipelineIsAnsweredInOrder()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send(post("/a", "1") + "GET /b HTTP/1.1\r\nHost: t\r\n\r\n" + post("/c", "333"));
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(3);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).body, QByteArray("POST /a|1"));
    QCOMPARE(answers.at(1).body, QByteArray("GET /b|"));
    QCOMPARE(answers.at(2).body, QByteArray("POST /c|333"));
}

void TestServerFraming::halfCloseInsideARequestIsRefused()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send(post("/a", "1") + "POST /cut HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).body, QByteArray("POST /a|1"));
    QCOMPARE(answers.at(1).status, 400);
    QCOMPARE(answers.at(1).header("Connection"), QByteArray("close"));
    QCOMPARE(m_handler.calls, 1);
}

// RFC 9112 §9.6: closing with unread bytes would reset the connection and could destroy the answer on its way; the
// server sends its FIN and drops what still comes instead, so a body refused by its length still gets the 413.
void TestServerFraming::refusalSurvivesTheBodyStillComing()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    const QByteArray body(4 * 1024 * 1024, 'x');
    m_client.send("POST /big HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 413);
    QCOMPARE(m_handler.calls, 0);
}

// RFC 9110 §9.3.2: the answer to HEAD has the header fields GET's would have, Content-Length included, and no
// content; a byte of it would be read as the start of the next answer on the connection.
void TestServerFraming::headAnswerLeavesOutTheContent()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("HEAD /a HTTP/1.1\r\nHost: t\r\n\r\nGET /b HTTP/1.1\r\nHost: t\r\n\r\n");
    const RawResponse head = m_client.readHeadResponse();
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(QByteArray("HEAD /a|").size()));
    QCOMPARE(head.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    const RawResponse get = m_client.readResponse();
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, QByteArray("GET /b|"));
    QCOMPARE(m_client.leftover(), QByteArray());
    QCOMPARE(m_client.socket().state(), QAbstractSocket::ConnectedState);
}

void TestServerFraming::refusedHeadLeavesOutTheContent()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("HEAD /a HTTP/1.1\r\nHost: t\r\nNo colon here\r\n\r\n");
    const RawResponse head = m_client.readHeadResponse();
    QCOMPARE(head.status, 400);
    QVERIFY(head.header("Content-Length").toInt() > 0);
    QVERIFY(m_client.waitForClose());
    QCOMPARE(m_client.readResponses(1, 0).size(), 0);
    QCOMPARE(m_client.leftover(), QByteArray());
}

// RFC 9110 §10.1.1: a client that sent "Expect: 100-continue" (curl does, for larger bodies) holds its body back
// until "100 Continue" comes; without it, curl waits a second on every request.
void TestServerFraming::continueComesBeforeTheBody()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("POST /a HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    const RawResponse goAhead = m_client.readResponse();
    QCOMPARE(goAhead.status, 100);
    QVERIFY(goAhead.headers.isEmpty());
    QCOMPARE(m_handler.calls, 0);
    m_client.send("hello");
    const RawResponse answer = m_client.readResponse();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("POST /a|hello"));
    m_client.send("POST /b HTTP/1.1\r\nHost: t\r\nExpect: 100-CONTINUE\r\nContent-Length: 1\r\n\r\n");
    QCOMPARE(m_client.readResponse().status, 100); // each request that waits gets its own go-ahead
    m_client.send("1");
    QCOMPARE(m_client.readResponse().body, QByteArray("POST /b|1"));
    QCOMPARE(m_client.leftover(), QByteArray());
}

// RFC 9110 §10.1.1 lets a server leave out "100 Continue" when the body is already there; this one does.
void TestServerFraming::noContinueForABodyThatCameAlong()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send(post("/a", "hello", "Expect: 100-continue\r\n") + post("/b", ""));
    const QList<RawResponse> answers = m_client.readResponses(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("POST /a|hello"));
    QCOMPARE(answers.at(1).body, QByteArray("POST /b|"));
}

// A body refused by its length gets the final answer instead of the go-ahead, and the connection closes.
void TestServerFraming::bodyTooLargeIsRefusedAtOnce()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: " +
                  QByteArray::number(m_server->limits().maxBodyBytes + 1) + "\r\n\r\n");
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 413);
}

// RFC 9112 §9.3, Appendix C.2.2: an HTTP/1.0 client that asked for keep-alive closes unless the answer says it too;
// one that did not ask gets its answer and the connection closes.
void TestServerFraming::http10KeepAliveIsSaidAndKept()
{
    QVERIFY(m_client.connectTo(m_server->serverPort()));
    m_client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const RawResponse kept = m_client.readResponse();
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.header("Connection"), QByteArray("keep-alive"));
    m_client.send("GET /b HTTP/1.0\r\n\r\n");
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).body, QByteArray("GET /b|"));
    QCOMPARE(answers.at(0).header("Connection"), QByteArray("close"));
}

QTEST_GUILESS_MAIN(TestServerFraming)
#include "tst_serverframing.moc"
