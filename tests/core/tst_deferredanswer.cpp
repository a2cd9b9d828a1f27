// SPDX-License-Identifier: MIT
// A handler that answers later (IRequestHandler::handleAsync), as the receiver does with `listen --sync`: nothing
// is sent before the answer is given, pipelined requests wait for the one before them, and an answer given after
// the client left goes nowhere quietly.
#include "http/irequesthandler.h"
#include "http/request.h"
#include "http/server.h"
#include "rawhttpclient.h"

#include <QTest>

#include <memory>

namespace {

// Keeps every request's responder until the test answers.
class LaterHandler : public Http::IRequestHandler
{
public:
    Http::Response handle(const Http::Request &request) override { return Http::Response::text(200, request.target); }
    void handleAsync(const Http::Request &request, const Respond &respond) override
    {
        targets.append(request.target);
        waiting.append(respond);
    }
    void answerNext()
    {
        const Respond respond = waiting.takeFirst();
        respond(Http::Response::text(200, "answer to " + targets.at(answered++)));
    }

    QList<QByteArray> targets;
    QList<Respond> waiting;
    int answered = 0;
};

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

} // namespace

class TestDeferredAnswer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersWaitAndKeepTheirOrder();
    void answerAfterTheClientLeftIsDropped();

private:
    std::unique_ptr<LaterHandler> m_handler;
    std::unique_ptr<Http::Server> m_server;
};

void TestDeferredAnswer::init()
{
    m_server.reset();
    m_handler = std::make_unique<LaterHandler>();
    m_server = std::make_unique<Http::Server>(m_handler.get());
    QString error;
    QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestDeferredAnswer::answersWaitAndKeepTheirOrder()
{
    LaterHandler &handler = *m_handler;
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->serverPort()));
    client.send(get("/first") + get("/second"));

    QTRY_COMPARE(handler.waiting.size(), 1);
    QVERIFY(client.readResponses(1, 200).isEmpty());        // no answer before the handler gives it
    QCOMPARE(handler.targets, QList<QByteArray>{"/first"}); // and the second request waits its turn

    handler.answerNext();
    const RawResponse first = client.readResponse();
    QCOMPARE(first.body, QByteArray("answer to /first"));
    QTRY_COMPARE(handler.waiting.size(), 1);
    QCOMPARE(handler.targets, (QList<QByteArray>{"/first", "/second"}));
    handler.answerNext();
    QCOMPARE(client.readResponse().body, QByteArray("answer to /second"));

    client.send(get("/third")); // the connection is kept alive for more
    QTRY_COMPARE(handler.waiting.size(), 1);
    handler.answerNext();
    QCOMPARE(client.readResponse().body, QByteArray("answer to /third"));
}

void TestDeferredAnswer::answerAfterTheClientLeftIsDropped()
{
    LaterHandler &handler = *m_handler;
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_server->serverPort()));
        client.send(get("/gone"));
        QTRY_COMPARE(handler.waiting.size(), 1);
    }
    // The client's FIN may be a half-close (RFC 9112 §9.6), so the connection waits for the answer it owes, sends
    // it into the void and closes then.
    QCOMPARE(m_server->activeConnections(), 1);
    handler.answerNext(); // nothing takes it, and nothing breaks
    QTRY_COMPARE(m_server->activeConnections(), 0);

    RawHttpClient next;
    QVERIFY(next.connectTo(m_server->serverPort()));
    next.send(get("/next"));
    QTRY_COMPARE(handler.waiting.size(), 1);
    handler.answerNext();
    QCOMPARE(next.readResponse().body, QByteArray("answer to /next"));
}

QTEST_GUILESS_MAIN(TestDeferredAnswer)
#include "tst_deferredanswer.moc"
