// SPDX-License-Identifier: MIT
// The app's in-process simulator on its own thread: it starts, answers the token call from there, and when
// the wished port is taken it either fails with the reason or moves to a free port, as asked.
#include "sim/simcredentials.h"
#include "workbench/simulatorservice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using Workbench::SimulatorService;

class TstSimulatorService : public QObject
{
    Q_OBJECT

private slots:
    void startsOnItsThreadAndAnswers();
    void takenPortFailsWhenAskedTo();
    void takenPortMovesWhenAllowed();

private:
    static Sim::SimulatorOptions onPort(quint16 port);
};

Sim::SimulatorOptions TstSimulatorService::onPort(quint16 port)
{
    Sim::SimulatorOptions options;
    options.port = port;
    return options;
}

void TstSimulatorService::startsOnItsThreadAndAnswers()
{
    SimulatorService service;
    QSignalSpy started(&service, &SimulatorService::started);
    QSignalSpy handled(&service, &SimulatorService::requestHandled);
    service.start(onPort(0), false);
    QVERIFY(started.wait(5000));
    const QUrl baseUrl = started.first().first().toUrl();
    QCOMPARE(service.baseUrl(), baseUrl);
    QCOMPARE(baseUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(baseUrl.port() > 0);

    const Sim::SimCredentials demo;
    QNetworkAccessManager network;
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/accesstoken/get"))));
    request.setRawHeader("client_id", demo.clientId.toUtf8());
    request.setRawHeader("client_secret", demo.clientSecret.toUtf8());
    request.setRawHeader("Ocp-Apim-Subscription-Key", demo.subscriptionKey.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE(handled.count(), 1);
    QCOMPARE(handled.first().at(1).toByteArray(), QByteArray("/accesstoken/get"));
}

void TstSimulatorService::takenPortFailsWhenAskedTo()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    SimulatorService service;
    QSignalSpy failed(&service, &SimulatorService::failed);
    service.start(onPort(occupier.serverPort()), false);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(QString::number(occupier.serverPort())));
    QVERIFY(!service.isRunning());
}

void TstSimulatorService::takenPortMovesWhenAllowed()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    SimulatorService service;
    QSignalSpy started(&service, &SimulatorService::started);
    service.start(onPort(occupier.serverPort()), true);
    QVERIFY(started.wait(5000));
    QVERIFY(service.baseUrl().port() > 0);
    QVERIFY(service.baseUrl().port() != occupier.serverPort());
}

QTEST_GUILESS_MAIN(TstSimulatorService)
#include "tst_simulatorservice.moc"
