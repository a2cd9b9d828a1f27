// SPDX-License-Identifier: MIT
// The app's embedded receiver on its own thread: starting, a port that is taken, signed deliveries arriving
// as event records in batches, the journal, secrets handed over later, accept-all, restart, and moving to
// another port without stopping (a taken one leaves it where it was).
#include "cannedserver.h"
#include "rawhttpclient.h"
#include "journal/reader.h"
#include "sim/deliveryheaders.h"
#include "workbench/receiverservice.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Workbench::ReceiverService;

namespace {

const QByteArray kSecret = "receiver-service-test-secret";
const QString kWebhookId = QStringLiteral("11111111-2222-4333-8444-555555555555");

QByteArray signedDelivery(quint16 port, const QByteArray &body)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks").arg(port));
    const Http::HeaderList headers =
        Sim::DeliveryHeaders::build(kSecret, url, kWebhookId, body, QDateTime::currentDateTimeUtc());
    QByteArray request = "POST /hooks HTTP/1.1\r\n";
    for (const Http::Header &header : headers)
        request += header.name + ": " + header.value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

Signature::SecretList secrets()
{
    return {Signature::Secret{kWebhookId, kSecret, QStringLiteral("test")}};
}

} // namespace

class TstReceiverService : public QObject
{
    Q_OBJECT

private slots:
    void startsAndReportsItsPort();
    void takenPortFails();
    void takenPortMovesWhenAllowed();
    void deliveriesArriveAsRecords();
    void secretsCanComeLater();
    void acceptAllAnswers200();
    void restartMovesToANewPort();
    void moveReportsTheNewPort();
    void moveToATakenPortKeepsListening();

private:
    static bool startOn(ReceiverService &service, quint16 port, const QString &journal = {});
    static QList<Events::EventRecord> receive(ReceiverService &service, const QByteArray &request, int *status);
};

bool TstReceiverService::startOn(ReceiverService &service, quint16 port, const QString &journal)
{
    Workbench::ReceiverSettings settings;
    settings.port = port;
    settings.journalPath = journal;
    service.start(settings);
    return QTest::qWaitFor([&] {
        return service.state() == ReceiverService::State::Listening || service.state() == ReceiverService::State::Failed;
    }, 5000) && service.state() == ReceiverService::State::Listening;
}

QList<Events::EventRecord> TstReceiverService::receive(ReceiverService &service, const QByteArray &request,
                                                       int *status)
{
    QSignalSpy received(&service, &ReceiverService::eventsReceived);
    RawHttpClient client;
    if (!client.connectTo(service.port()))
        return {};
    client.send(request);
    *status = client.readResponse().status;
    if (!received.wait(5000))
        return {};
    return received.first().first().value<QList<Events::EventRecord>>();
}

void TstReceiverService::startsAndReportsItsPort()
{
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    QVERIFY(service.port() != 0);
    QCOMPARE(service.localUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(service.port())));
    RawHttpClient client;
    QVERIFY(client.connectTo(service.port()));
    client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(client.readResponse().status, 200);
}

void TstReceiverService::takenPortFails()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverService service;
    QVERIFY(!startOn(service, occupier.serverPort()));
    QCOMPARE(service.state(), ReceiverService::State::Failed);
    QVERIFY2(service.lastError().contains(QString::number(occupier.serverPort())), qPrintable(service.lastError()));
    QVERIFY(service.localUrl().isEmpty());
}

void TstReceiverService::takenPortMovesWhenAllowed()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverService service;
    Workbench::ReceiverSettings settings;
    settings.port = occupier.serverPort();
    settings.anyPortIfTaken = true;
    service.start(settings);
    QTRY_COMPARE(service.state(), ReceiverService::State::Listening);
    QVERIFY(service.port() != 0);
    QVERIFY(service.port() != occupier.serverPort());
}

void TstReceiverService::deliveriesArriveAsRecords()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("sub/journal.jsonl"));
    ReceiverService service;
    service.setSecrets(secrets());
    QVERIFY(startOn(service, 0, journal));
    int status = 0;
    const QByteArray body = R"({"msn":"123456","reference":"svc-order-1","name":"AUTHORIZED",)"
                            R"("amount":{"currency":"NOK","value":1500}})";
    const QList<Events::EventRecord> records = receive(service, signedDelivery(service.port(), body), &status);
    QCOMPARE(status, 200);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().verification.result, Signature::Result::Valid);
    QCOMPARE(records.first().summary.reference, QStringLiteral("svc-order-1"));
    QCOMPARE(records.first().entry.body, body);
    service.stop();
    QTRY_COMPARE(service.state(), ReceiverService::State::Stopped);
    const Journal::ReadResult read = Journal::Reader::readFile(journal);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.first().result, QStringLiteral("valid"));
}

void TstReceiverService::secretsCanComeLater()
{
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    int status = 0;
    const QByteArray body = R"({"reference":"svc-order-2","name":"CREATED"})";
    QList<Events::EventRecord> records = receive(service, signedDelivery(service.port(), body), &status);
    QCOMPARE(status, 401);
    QCOMPARE(records.value(0).verification.result, Signature::Result::NoSecret);
    service.setSecrets(secrets());
    records = receive(service, signedDelivery(service.port(), body), &status);
    QCOMPARE(status, 200);
    QCOMPARE(records.value(0).verification.result, Signature::Result::Valid);
}

void TstReceiverService::acceptAllAnswers200()
{
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    service.setAcceptAll(true);
    int status = 0;
    const QList<Events::EventRecord> records =
        receive(service, signedDelivery(service.port(), R"({"name":"CREATED"})"), &status);
    QCOMPARE(status, 200);
    QCOMPARE(records.value(0).verification.result, Signature::Result::NoSecret);
}

void TstReceiverService::restartMovesToANewPort()
{
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    const quint16 first = service.port();
    const quint16 wanted = closedPort();
    QVERIFY(startOn(service, wanted));
    QCOMPARE(service.port(), wanted);
    RawHttpClient old;
    QVERIFY(!old.connectTo(first) || old.waitForClose());
}

void TstReceiverService::moveReportsTheNewPort()
{
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    QList<ReceiverService::State> states;
    connect(&service, &ReceiverService::stateChanged, this,
            [&states](ReceiverService::State state) { states.append(state); });
    const quint16 wanted = closedPort();
    service.moveTo(wanted);
    QTRY_COMPARE(service.port(), wanted);
    QCOMPARE(states, QList<ReceiverService::State>{ReceiverService::State::Listening}); // never stopped or starting
    QCOMPARE(service.localUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(wanted)));
}

void TstReceiverService::moveToATakenPortKeepsListening()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    ReceiverService service;
    QVERIFY(startOn(service, 0));
    const quint16 first = service.port();
    QSignalSpy moveFailed(&service, &ReceiverService::moveFailed);
    QSignalSpy stateChanged(&service, &ReceiverService::stateChanged);
    service.moveTo(occupier.serverPort());
    QVERIFY(moveFailed.wait(5000));
    QCOMPARE(moveFailed.first().at(0).value<quint16>(), occupier.serverPort());
    QVERIFY(moveFailed.first().at(1).toString().contains(QString::number(occupier.serverPort())));
    QCOMPARE(service.state(), ReceiverService::State::Listening);
    QCOMPARE(service.port(), first);
    QCOMPARE(stateChanged.count(), 0);
    RawHttpClient client;
    QVERIFY(client.connectTo(first));
    client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(client.readResponse().status, 200);
}

QTEST_GUILESS_MAIN(TstReceiverService)
#include "tst_receiverservice.moc"
