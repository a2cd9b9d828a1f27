// SPDX-License-Identifier: MIT
// The receiver as `vipps-hooks listen` runs it, over real sockets, for how its answers are framed: a client that
// half-closes after its requests, HEAD, absolute-form targets and 100-continue (docs/architecture.md §3).
#include "journal/reader.h"
#include "rawhttpclient.h"
#include "receiver/receiverhost.h"
#include "signeddelivery.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kSecret = QByteArrayLiteral("receiver-framing-test-secret-7Hw=");
const QByteArray kBody = QByteArrayLiteral(
    R"({"msn":"123456","reference":"framing-order-1","name":"AUTHORIZED","amount":{"currency":"NOK","value":900}})");
const QByteArray kHealthz = QByteArrayLiteral("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
} // namespace

class TestReceiverFraming : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void halfClosedHealthCheckIsAnswered();
    void halfClosedDeliveryIsJournaledAndAnswered();
    void halfClosedDeliveryIsAnsweredOnceSynced();
    void deliveryOfAClientGoneKeepsItsAddress();
    void headGetsTheHeaderFieldsOfGet();
    void absoluteFormDeliveryVerifies_data();
    void absoluteFormDeliveryVerifies();
    void deliveryWaitingForContinueGetsIt();
    void healthCheckWithTheWrongMethodIsRefusedAtOnce();
    void http10KeepAliveIsSaid();

private:
    QUrl hookUrl() const;
    QList<Journal::Entry> journal() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Receiver::ReceiverHost> m_host;
    RawHttpClient m_client;
};

void TestReceiverFraming::init()
{
    QVERIFY(m_dir.isValid());
    Receiver::ReceiverSettings settings;
    static int run = 0;
    settings.journalPath = m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(++run));
    m_host = std::make_unique<Receiver::ReceiverHost>();
    m_host->setSecrets({{QString(), kSecret, QStringLiteral("secret #1")}});
    QCOMPARE(m_host->start(settings), Receiver::ReceiverHost::StartResult::Started);
    QVERIFY(m_client.connectTo(m_host->port()));
}

void TestReceiverFraming::cleanup()
{
    m_client.socket().abort();
    m_host.reset();
}

QUrl TestReceiverFraming::hookUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(m_host->port()));
}

QList<Journal::Entry> TestReceiverFraming::journal() const
{
    return Journal::Reader::readFile(m_host->journalPath()).entries;
}

// RFC 9112 §9.6: `nc -N` sends its request and a FIN; the answer still comes, then the receiver closes.
void TestReceiverFraming::halfClosedHealthCheckIsAnswered()
{
    m_client.send(kHealthz);
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("{\"status\":\"ok\"}"));
}

// A delivery that was journaled is answered, even when the sender stopped sending right after it.
void TestReceiverFraming::halfClosedDeliveryIsJournaledAndAnswered()
{
    m_client.send(signedDeliveryBytes(hookUrl(), kSecret, kBody) + kHealthz);
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("{\"received\":true}"));
    QCOMPARE(answers.at(1).status, 200);
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, QStringLiteral("valid"));
    QCOMPARE(entries.at(0).status, 200);
}

// With --sync the answer waits for the entry's fdatasync; the client's FIN in the meantime does not lose it.
void TestReceiverFraming::halfClosedDeliveryIsAnsweredOnceSynced()
{
    m_client.socket().abort();
    Receiver::ReceiverSettings settings;
    settings.journalPath = m_host->journalPath();
    settings.journalOptions.sync = true;
    QCOMPARE(m_host->start(settings), Receiver::ReceiverHost::StartResult::Started);
    QVERIFY(m_client.connectTo(m_host->port()));
    m_client.send(signedDeliveryBytes(hookUrl(), kSecret, kBody) + signedDeliveryBytes(hookUrl(), kSecret, kBody));
    m_client.finishSending();
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(journal().size(), 2);
}

// A client that sends its delivery and closes at once is gone by the time it is answered: the journal still names
// the address it came from (taken when the connection was accepted), not ":0".
void TestReceiverFraming::deliveryOfAClientGoneKeepsItsAddress()
{
    const QString from = QStringLiteral("127.0.0.1:%1").arg(m_client.socket().localPort());
    m_client.send(signedDeliveryBytes(hookUrl(), kSecret, kBody));
    m_client.socket().disconnectFromHost();
    QTRY_COMPARE(journal().size(), 1);
    QCOMPARE(journal().at(0).remote, from);
    QCOMPARE(journal().at(0).result, QStringLiteral("valid"));
}

// RFC 9110 §9.3.2: HEAD gets the header fields GET gets and no content, so the answer after it on the same
// connection is read exactly: the health check, and the 405 problem of the hook path.
void TestReceiverFraming::headGetsTheHeaderFieldsOfGet()
{
    m_client.send(bareRequest("HEAD", "/healthz") + kHealthz + bareRequest("HEAD", "/hooks/vipps") +
                  bareRequest("GET", "/hooks/vipps"));
    const RawResponse headHealth = m_client.readHeadResponse();
    const RawResponse getHealth = m_client.readResponse();
    const RawResponse headHook = m_client.readHeadResponse();
    const RawResponse getHook = m_client.readResponse();
    QCOMPARE(getHealth.status, 200);
    QCOMPARE(getHealth.body, QByteArray("{\"status\":\"ok\"}"));
    QCOMPARE(headHealth.headersButDate(), getHealth.headersButDate());
    QCOMPARE(getHook.status, 405);
    QVERIFY(getHook.body.contains("POST"));
    QCOMPARE(headHook.headersButDate(), getHook.headersButDate());
    QCOMPARE(headHook.header("Content-Length"), QByteArray::number(getHook.body.size()));
    QCOMPARE(m_client.leftover(), QByteArray());
    const QList<Journal::Entry> entries = journal(); // a refused method is journaled as it came
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).method, QByteArray("HEAD"));
    QCOMPARE(entries.at(0).status, 405);
    QCOMPARE(entries.at(1).method, QByteArray("GET"));
}

void TestReceiverFraming::absoluteFormDeliveryVerifies_data()
{
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<QByteArray>("hostHeader");
    QTest::newRow("path") << QByteArray("/hooks/vipps") << QByteArray();
    QTest::newRow("path and query") << QByteArray("/hooks/vipps?shop=7") << QByteArray();
    QTest::newRow("another Host header") << QByteArray("/hooks/vipps") << QByteArray("proxy.example:3128");
}

// RFC 9112 §3.2.2: "POST http://host/hooks/vipps HTTP/1.1" (as a client sends it to a proxy) is signed for that host
// and path; the host comes from the target, whatever the Host header says.
void TestReceiverFraming::absoluteFormDeliveryVerifies()
{
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(QByteArray, hostHeader);
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_host->port());
    QByteArray bytes = signedDeliveryBytes(QUrl(QString::fromLatin1(origin + pathAndQuery)), kSecret, kBody);
    bytes.replace("POST " + pathAndQuery + ' ', "POST " + origin + pathAndQuery + ' ');
    if (!hostHeader.isEmpty())
        bytes.replace("Host: 127.0.0.1:" + QByteArray::number(m_host->port()), "Host: " + hostHeader);
    QVERIFY(bytes.startsWith("POST http://127.0.0.1:"));
    m_client.send(bytes);
    const RawResponse answer = m_client.readResponse();
    QCOMPARE(answer.status, 200);
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, QStringLiteral("valid"));
    QCOMPARE(entries.at(0).target, origin + pathAndQuery); // journaled as it came
}

// RFC 9110 §10.1.1: curl sends "Expect: 100-continue" and holds the body back (a second, unless told to go on).
void TestReceiverFraming::deliveryWaitingForContinueGetsIt()
{
    const QByteArray bytes = signedDeliveryBytes(hookUrl(), kSecret, kBody, "Expect: 100-continue\r\n");
    const qsizetype bodyStart = bytes.indexOf("\r\n\r\n") + 4;
    m_client.send(bytes.left(bodyStart));
    const RawResponse goAhead = m_client.readResponse();
    QCOMPARE(goAhead.status, 100);
    QVERIFY(journal().isEmpty());
    m_client.send(bytes.mid(bodyStart));
    const RawResponse answer = m_client.readResponse();
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_client.leftover(), QByteArray());
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, QStringLiteral("valid"));
    QCOMPARE(entries.at(0).body, kBody);
}

// What the request line alone refuses is answered at once, without asking for the body, and the connection closes:
// the body it holds back will not follow.
void TestReceiverFraming::healthCheckWithTheWrongMethodIsRefusedAtOnce()
{
    m_client.send("POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 9\r\n\r\n");
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 405);
    QCOMPARE(answers.at(0).header("Allow"), QByteArray("GET, HEAD"));
    QCOMPARE(answers.at(0).header("Connection"), QByteArray("close"));
    QVERIFY(journal().isEmpty());
}

// RFC 9112 §9.3, Appendix C.2.2: an HTTP/1.0 probe that asks for keep-alive is told it is kept; one that does not
// ask is answered and the connection closes.
void TestReceiverFraming::http10KeepAliveIsSaid()
{
    m_client.send("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const RawResponse kept = m_client.readResponse();
    QCOMPARE(kept.statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(kept.header("Connection"), QByteArray("keep-alive"));
    m_client.send("GET /healthz HTTP/1.0\r\n\r\n");
    const QList<RawResponse> answers = m_client.readAnswersUntilClosed(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).header("Connection"), QByteArray("close"));
}

QTEST_GUILESS_MAIN(TestReceiverFraming)
#include "tst_receiver_framing.moc"
