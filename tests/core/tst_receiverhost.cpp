// SPDX-License-Identifier: MIT
// The one receiver host behind `vipps-hooks listen` and the app, over loopback: binding (and moving off a taken
// port), moving to another port (the new one bound before the old one closes), the journal written before the
// answer and closed by stop(), the journal's folder, the limits and clock skew it is given, accept-all, the
// public URL and forwarding (an endless answer to a forward costs no memory and delays no delivery).
#include "cannedserver.h"
#include "endlesspeer.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "rawhttpclient.h"
#include "receiver/receiverhost.h"
#include "signeddelivery.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Receiver::ReceiverHost;
using Receiver::ReceiverSettings;

namespace {

const QByteArray kSecret = QByteArrayLiteral("receiver-host-test-secret-3Kq=");
const QByteArray kBody = QByteArrayLiteral(
    R"({"msn":"123456","reference":"host-order-1","name":"AUTHORIZED","amount":{"currency":"NOK","value":1500}})");

QUrl hookUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(port));
}

// Sends bytes on a fresh connection and returns the answer's status (0: none).
int send(quint16 port, const QByteArray &bytes)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return 0;
    client.send(bytes);
    return client.readResponse().status;
}

int sendSigned(const ReceiverHost &host, const QByteArray &secret = kSecret, const QByteArray &body = kBody)
{
    return send(host.port(), signedDeliveryBytes(hookUrl(host.port()), secret, body));
}

Receiver::Delivery deliveryAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<Receiver::Delivery>();
}

} // namespace

class TstReceiverHost : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsAreTheContract();
    void bindsAFreePortAndReportsIt();
    void journalIsWrittenBeforeTheAnswer();
    void limitsApply_data();
    void limitsApply();
    void clockSkewApplies_data();
    void clockSkewApplies();
    void takenPortFailsWithAMessage();
    void takenPortMovesWhenAllowed();
    void journalFolderIsCreated();
    void unopenableJournalFails();
    void acceptAllAnswers200();
    void publicUrlHostIsSigned();
    void acceptedDeliveriesAreForwarded();
    void endlessForwardAnswerCostsNoMemory();
    void stopClosesTheJournal();
    void moveKeepsTheJournalAndClosesTheOldPort();
    void moveToATakenPortKeepsTheOldOne();
    void moveWhenNotListeningStarts();

private:
    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    static bool start(ReceiverHost &host, const ReceiverSettings &settings);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstReceiverHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TstReceiverHost::start(ReceiverHost &host, const ReceiverSettings &settings)
{
    host.setSecrets({Signature::Secret{QString(), kSecret, QStringLiteral("test")}});
    return host.start(settings) == ReceiverHost::StartResult::Started;
}

// docs/architecture.md §3: loopback only unless asked, a 300 s clock skew, the limits of "Limits"; §4: the journal's.
void TstReceiverHost::defaultsAreTheContract()
{
    const ReceiverSettings settings;
    QCOMPARE(settings.host, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(settings.maxClockSkew, 300);
    QCOMPARE(settings.limits.maxBodyBytes, qint64(1024 * 1024));
    QCOMPARE(settings.limits.maxConnections, 256);
    QCOMPARE(settings.limits.headerTimeoutMs, 10 * 1000);
    QCOMPARE(settings.limits.bodyTimeoutMs, 30 * 1000);
    QCOMPARE(settings.limits.idleTimeoutMs, 60 * 1000);
    QVERIFY(settings.journalPath.isEmpty());
    // §4 "Rotation", "Durability": the app's receiver bounds its journal as `listen` does, and answers unsynced.
    QCOMPARE(settings.journalOptions.maxFileBytes, qint64(256) * 1024 * 1024);
    QCOMPARE(settings.journalOptions.keepFiles, 4);
    QVERIFY(!settings.journalOptions.sync);
    QVERIFY(!settings.acceptAll);
    QVERIFY(settings.forwardTo.isEmpty());
}

void TstReceiverHost::bindsAFreePortAndReportsIt()
{
    ReceiverHost host;
    QSignalSpy started(&host, &ReceiverHost::started);
    QVERIFY2(start(host, {}), qPrintable(host.errorString()));
    QVERIFY(host.isListening());
    QVERIFY(host.port() != 0);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().value<quint16>(), host.port());
    QVERIFY(host.journalPath().isEmpty());
    QCOMPARE(send(host.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
}

void TstReceiverHost::journalIsWrittenBeforeTheAnswer()
{
    ReceiverHost host;
    ReceiverSettings settings;
    settings.journalPath = journalPath();
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QCOMPARE(host.journalPath(), journalPath());
    QSignalSpy delivered(&host, &ReceiverHost::delivered);
    QCOMPARE(sendSigned(host), 200);
    // Still running: the line is in the file because it was written before the 200 went out.
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.first().result, QStringLiteral("valid"));
    QCOMPARE(read.entries.first().status, 200);
    QCOMPARE(read.entries.first().body, kBody);
    QCOMPARE(delivered.size(), 1);
    QVERIFY(deliveryAt(delivered, 0).journaled);
}

void TstReceiverHost::limitsApply_data()
{
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<int>("status");
    QTest::newRow("default limit") << Http::Limits{}.maxBodyBytes << 200;
    QTest::newRow("body over the set limit") << qint64(kBody.size() - 1) << 413;
    QTest::newRow("body at the set limit") << qint64(kBody.size()) << 200;
}

void TstReceiverHost::limitsApply()
{
    QFETCH(qint64, maxBodyBytes);
    QFETCH(int, status);
    ReceiverHost host;
    ReceiverSettings settings;
    settings.limits.maxBodyBytes = maxBodyBytes;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QCOMPARE(sendSigned(host), status);
}

void TstReceiverHost::clockSkewApplies_data()
{
    QTest::addColumn<int>("maxClockSkew");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("result");
    QTest::newRow("default skew") << ReceiverSettings{}.maxClockSkew << 401 << QStringLiteral("stale");
    QTest::newRow("skew wider than the age") << 7200 << 200 << QStringLiteral("valid");
    QTest::newRow("no check") << 0 << 200 << QStringLiteral("valid");
}

// A correctly signed delivery dated an hour ago.
void TstReceiverHost::clockSkewApplies()
{
    QFETCH(int, maxClockSkew);
    QFETCH(int, status);
    QFETCH(QString, result);
    ReceiverHost host;
    ReceiverSettings settings;
    settings.maxClockSkew = maxClockSkew;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QSignalSpy delivered(&host, &ReceiverHost::delivered);
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(send(host.port(), signedDeliveryBytes(hookUrl(host.port()), kSecret, kBody, {}, anHourAgo)), status);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(deliveryAt(delivered, 0).entry.result, result);
}

void TstReceiverHost::takenPortFailsWithAMessage()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverHost host;
    QSignalSpy failed(&host, &ReceiverHost::failed);
    ReceiverSettings settings;
    settings.port = occupier.serverPort();
    settings.journalPath = journalPath();
    QCOMPARE(host.start(settings), ReceiverHost::StartResult::ListenFailed);
    QVERIFY(!host.isListening());
    QCOMPARE(host.port(), quint16(0));
    QVERIFY2(host.errorString().contains(QString::number(occupier.serverPort())), qPrintable(host.errorString()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), host.errorString());
    QVERIFY(host.journalPath().isEmpty()); // nothing is left open
}

void TstReceiverHost::takenPortMovesWhenAllowed()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverHost host;
    ReceiverSettings settings;
    settings.port = occupier.serverPort();
    settings.anyPortIfTaken = true;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QVERIFY(host.port() != 0);
    QVERIFY(host.port() != occupier.serverPort());
    QCOMPARE(sendSigned(host), 200);
}

void TstReceiverHost::journalFolderIsCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("not/there/yet/journal.jsonl"));
    ReceiverHost host;
    ReceiverSettings settings;
    settings.journalPath = path;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QCOMPARE(sendSigned(host), 200);
    QCOMPARE(Journal::Reader::readFile(path).entries.size(), 1);
}

void TstReceiverHost::unopenableJournalFails()
{
    QFile blocker(m_dir->filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ReceiverHost host;
    QSignalSpy failed(&host, &ReceiverHost::failed);
    ReceiverSettings settings;
    settings.journalPath = blocker.fileName() + QStringLiteral("/journal.jsonl");
    QCOMPARE(host.start(settings), ReceiverHost::StartResult::JournalFailed);
    QVERIFY(!host.isListening());
    QVERIFY(!host.errorString().isEmpty());
    QCOMPARE(failed.size(), 1);
}

void TstReceiverHost::acceptAllAnswers200()
{
    ReceiverHost host;
    ReceiverSettings settings;
    settings.acceptAll = true;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QSignalSpy delivered(&host, &ReceiverHost::delivered);
    QCOMPARE(sendSigned(host, "not-the-secret"), 200);
    host.setAcceptAll(false);
    QCOMPARE(sendSigned(host, "not-the-secret"), 401);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(deliveryAt(delivered, 0).verification.result, Signature::Result::Invalid);
    QCOMPARE(deliveryAt(delivered, 1).verification.result, Signature::Result::Invalid);
}

// Behind a tunnel Vipps signs the public host, while the Host header names the tunnel's target.
void TstReceiverHost::publicUrlHostIsSigned()
{
    const QUrl publicUrl(QStringLiteral("https://abc123.tunnel.example/hooks/vipps"));
    ReceiverHost host;
    ReceiverSettings settings;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    const QByteArray bytes =
        signedDeliveryBytes(publicUrl, kSecret, kBody).replace("Host: abc123.tunnel.example", "Host: 127.0.0.1");
    QCOMPARE(send(host.port(), bytes), 401);
    settings.publicUrl = publicUrl;
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QCOMPARE(send(host.port(), bytes), 200);
}

void TstReceiverHost::acceptedDeliveriesAreForwarded()
{
    CannedServer target;
    QVERIFY(target.start());
    target.enqueueJson("/mine", 202, "{}");
    ReceiverHost host;
    ReceiverSettings settings;
    settings.forwardTo = {Receiver::ForwardRoute{QString(), target.baseUrl(QStringLiteral("/mine"))}};
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    QSignalSpy forwarded(&host, &ReceiverHost::forwarded);
    QCOMPARE(sendSigned(host, "not-the-secret"), 401); // seq 1: refused, so not passed on
    QCOMPARE(sendSigned(host), 200);                   // seq 2
    QVERIFY(forwarded.wait(5000));
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.first().at(0).value<Journal::Forward>().forwardOf, qint64(2));
    QCOMPARE(forwarded.first().at(0).value<Journal::Forward>().status, 202);
    QCOMPARE(target.requests().size(), 1);
    const Http::Request passedOn = target.requests().first();
    QCOMPARE(passedOn.body, kBody);
    QVERIFY(passedOn.headers.value("Authorization").startsWith("HMAC-SHA256 "));
}

// docs/architecture.md §3 "Answers read from others": the handler forwarded to answers 200 and streams forever;
// memory stays flat and the next delivery is still answered at once.
void TstReceiverHost::endlessForwardAnswerCostsNoMemory()
{
    EndlessPeer peer;
    QVERIFY(peer.start());
    ReceiverHost host;
    ReceiverSettings settings;
    settings.forwardTo = {Receiver::ForwardRoute{QString(), peer.url()}};
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    const qint64 before = residentBytes();
    QCOMPARE(sendSigned(host), 200);
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesSent() >= EndlessPeer::EnoughBytes, 120000);
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < EndlessPeer::AllowedGrowth, growthText("grew by", growth));
    QCOMPARE(sendSigned(host), 200); // while the first forward's answer streams on
}

void TstReceiverHost::stopClosesTheJournal()
{
    ReceiverHost host;
    ReceiverSettings settings;
    settings.journalPath = journalPath();
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    const quint16 port = host.port();
    const QList<QByteArray> references = {"host-stop-1", "host-stop-2", "host-stop-3"};
    for (const QByteArray &reference : references)
        QCOMPARE(sendSigned(host, kSecret, R"({"reference":")" + reference + R"(","name":"CREATED"})"), 200);
    QSignalSpy stopped(&host, &ReceiverHost::stopped);
    host.stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!host.isListening());
    QVERIFY(host.journalPath().isEmpty());
    RawHttpClient late;
    QVERIFY(!late.connectTo(port) || late.waitForClose());

    Journal::Writer reopened;
    QString error;
    QVERIFY2(reopened.open(journalPath(), &error), qPrintable(error));
    QCOMPARE(reopened.nextSeq(), qint64(references.size() + 1));
    reopened.close();
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.entries.size(), references.size());
    for (qsizetype i = 0; i < references.size(); ++i)
        QVERIFY(read.entries.at(i).body.contains(references.at(i)));
}

void TstReceiverHost::moveKeepsTheJournalAndClosesTheOldPort()
{
    ReceiverHost host;
    ReceiverSettings settings;
    settings.journalPath = journalPath();
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    const quint16 first = host.port();
    QCOMPARE(sendSigned(host), 200);
    QSignalSpy started(&host, &ReceiverHost::started);
    QSignalSpy stopped(&host, &ReceiverHost::stopped);
    const quint16 wanted = closedPort();

    QVERIFY2(host.moveTo(wanted), qPrintable(host.errorString()));
    QCOMPARE(host.port(), wanted);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().value<quint16>(), wanted);
    QCOMPARE(stopped.size(), 0); // it never stopped listening
    QCOMPARE(host.journalPath(), journalPath());
    QCOMPARE(sendSigned(host), 200);
    RawHttpClient old;
    QVERIFY(!old.connectTo(first) || old.waitForClose());

    host.stop();
    const Journal::ReadResult read = Journal::Reader::readFile(journalPath());
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.entries.size(), 2);
    QCOMPARE(read.entries.last().seq, qint64(2));
}

// The new port is tried before the old one is given up: taken, the receiver goes on where it was.
void TstReceiverHost::moveToATakenPortKeepsTheOldOne()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverHost host;
    ReceiverSettings settings;
    settings.journalPath = journalPath();
    QVERIFY2(start(host, settings), qPrintable(host.errorString()));
    const quint16 first = host.port();
    QSignalSpy moveFailed(&host, &ReceiverHost::moveFailed);
    QSignalSpy failed(&host, &ReceiverHost::failed);
    QSignalSpy stopped(&host, &ReceiverHost::stopped);
    QSignalSpy started(&host, &ReceiverHost::started);

    QVERIFY(host.moveTo(first)); // where it is already: nothing to do, and not "in use" by itself
    QCOMPARE(host.port(), first);
    QCOMPARE(started.size() + moveFailed.size(), 0);

    QVERIFY(!host.moveTo(occupier.serverPort()));
    QVERIFY(host.isListening());
    QCOMPARE(host.port(), first);
    QCOMPARE(host.journalPath(), journalPath());
    QCOMPARE(moveFailed.size(), 1);
    QCOMPARE(moveFailed.first().at(0).value<quint16>(), occupier.serverPort());
    const QString message = moveFailed.first().at(1).toString();
    QVERIFY2(message.contains(QString::number(occupier.serverPort())), qPrintable(message));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(stopped.size(), 0);
    QCOMPARE(sendSigned(host), 200);
}

// Nothing to keep: a move is a start on that port with the settings of the last start().
void TstReceiverHost::moveWhenNotListeningStarts()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverHost host;
    ReceiverSettings settings;
    settings.port = occupier.serverPort();
    settings.journalPath = journalPath();
    QCOMPARE(host.start(settings), ReceiverHost::StartResult::ListenFailed);
    QSignalSpy moveFailed(&host, &ReceiverHost::moveFailed);
    QVERIFY(!host.moveTo(occupier.serverPort()));
    QCOMPARE(moveFailed.size(), 1);
    QVERIFY(!host.isListening());

    const quint16 wanted = closedPort();
    QVERIFY2(host.moveTo(wanted), qPrintable(host.errorString()));
    QCOMPARE(host.port(), wanted);
    QCOMPARE(host.journalPath(), journalPath());
}

QTEST_GUILESS_MAIN(TstReceiverHost)
#include "tst_receiverhost.moc"
