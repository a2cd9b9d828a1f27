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

private:
    QUrl hookUrl() const;
    QList<Journal::Entry> journal() const;
    // Every answer the receiver sent until it closed the connection; empty if bytes were left over.
    static QList<RawResponse> answersUntilClosed(RawHttpClient &client, int expected);

    QTemporaryDir m_dir;
    std::unique_ptr<Receiver::ReceiverHost> m_host;
    RawHttpClient m_client;
};

void TestReceiverFraming::init()
{
    QVERIFY(m_dir.isValid());
    Receiver::ReceiverSettings settings;
    settings.journalPath =
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QLatin1String(QTest::currentTestFunction())));
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

QList<RawResponse> TestReceiverFraming::answersUntilClosed(RawHttpClient &client, int expected)
{
    if (!client.waitForClose())
        return {};
    const QList<RawResponse> answers = client.readResponses(expected + 1, 0);
    return client.leftover().isEmpty() ? answers : QList<RawResponse>{};
}

// RFC 9112 §9.6: `nc -N` sends its request and a FIN; the answer still comes, then the receiver closes.
void TestReceiverFraming::halfClosedHealthCheckIsAnswered()
{
    m_client.send(kHealthz);
    m_client.finishSending();
    const QList<RawResponse> answers = answersUntilClosed(m_client, 1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("{\"status\":\"ok\"}"));
}

// A delivery that was journaled is answered, even when the sender stopped sending right after it.
void TestReceiverFraming::halfClosedDeliveryIsJournaledAndAnswered()
{
    m_client.send(signedDeliveryBytes(hookUrl(), kSecret, kBody) + kHealthz);
    m_client.finishSending();
    const QList<RawResponse> answers = answersUntilClosed(m_client, 2);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("{\"received\":true}"));
    QCOMPARE(answers.at(1).status, 200);
    const QList<Journal::Entry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, QStringLiteral("valid"));
    QCOMPARE(entries.at(0).status, 200);
}

QTEST_GUILESS_MAIN(TestReceiverFraming)
#include "tst_receiver_framing.moc"
