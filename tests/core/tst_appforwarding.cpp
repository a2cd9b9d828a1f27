// SPDX-License-Identifier: MIT
// The app's "Forward to" (Workbench::Forwarding in a Workspace), with real sockets: a delivery the receiver accepts
// goes on to a local handler that checks its signature on its own, and the handler's answer joins the event's row,
// whether it came before the event left the receiver's batch or after the row was shown; a handler that is not there
// shows as failed; new routes take effect while the receiver runs, on the same port; each profile has its own routes.
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "rawhttpclient.h"
#include "sim/deliveryheaders.h"
#include "sim/simulatorprofile.h"
#include "verifyinghandler.h"
#include "workbench/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Workbench::Forwarding;
using Workbench::Workspace;

namespace {

const QByteArray Secret = QByteArrayLiteral("app-forwarding-test-secret");
const QString WebhookId = QStringLiteral("0c5e2f7a-1b3d-4e6f-8a9b-0c1d2e3f4a5b");

} // namespace

class TstAppForwarding : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkReadsRoutesAsListenDoes();
    void deliveryReachesTheHandlerAndItsAnswerTheRow();
    void lateAnswerJoinsTheShownRow();
    void deadHandlerShowsAsFailed();
    void newRoutesApplyWithoutARestart();
    void eachProfileHasItsRoutes();

private:
    bool startAndWait();
    QUrl hookUrl() const { return m_workspace->receiverHookUrl(); }
    // Sends one delivery signed with Secret for the receiver's hook URL; true when it was answered 200.
    bool deliver(const QByteArray &reference);
    // The row of the delivery with this reference, once it is in the log; -1 when it did not come.
    int waitForRow(const QByteArray &reference);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
};

void TstAppForwarding::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
}

void TstAppForwarding::cleanup()
{
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

bool TstAppForwarding::startAndWait()
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.startSimulator = false;
    m_workspace->start(options);
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_workspace->session().state() == Workbench::ProfileSession::State::Ready &&
                   m_workspace->receiver().state() == Workbench::ReceiverService::State::Listening;
        },
        5000);
    if (ready)
        m_workspace->session().rememberWebhook(WebhookId, Secret);
    return ready;
}

bool TstAppForwarding::deliver(const QByteArray &reference)
{
    const QByteArray body = R"({"msn":"123456","reference":")" + reference + R"(","name":"CAPTURED"})";
    const Http::HeaderList headers =
        Sim::DeliveryHeaders::build(Secret, hookUrl(), WebhookId, body, QDateTime::currentDateTimeUtc());
    QByteArray request = "POST " + hookUrl().path().toUtf8() + " HTTP/1.1\r\n";
    for (const Http::Header &header : headers)
        request += header.name + ": " + header.value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttpClient client;
    if (!client.connectTo(m_workspace->receiver().port()))
        return false;
    client.send(request);
    return client.readResponse().status == 200;
}

int TstAppForwarding::waitForRow(const QByteArray &reference)
{
    const Events::EventLogModel &events = m_workspace->events();
    int row = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (int r = 0; r < events.rowCount() && row < 0; ++r) {
                if (events.record(r).summary.reference == QString::fromUtf8(reference))
                    row = r;
            }
            return row >= 0;
        },
        5000);
    return row;
}

void TstAppForwarding::checkReadsRoutesAsListenDoes()
{
    Receiver::ForwardRoutes routes;
    const QStringList problems = Forwarding::check(
        {QStringLiteral("localhost:3000/hooks"), QString(), QStringLiteral("captured=http://127.0.0.1:4000/c"),
         QStringLiteral("nosuch.event.v1=http://127.0.0.1:4000/x"), QStringLiteral("ftp://example.com/x"),
         QStringLiteral("http://user:pw@127.0.0.1:4000/x")},
        &routes);
    QCOMPARE(problems.size(), 6);
    QVERIFY(problems.at(0).isEmpty());
    QVERIFY(problems.at(1).isEmpty()); // a blank line is no route and no mistake
    QVERIFY(problems.at(2).isEmpty());
    QVERIFY2(problems.at(3).contains(QLatin1String("nosuch.event.v1")), qPrintable(problems.at(3)));
    QVERIFY2(problems.at(4).contains(QLatin1String("ftp://example.com/x")), qPrintable(problems.at(4)));
    QVERIFY2(problems.at(5).contains(QLatin1String("password")), qPrintable(problems.at(5)));
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0).toString(), QStringLiteral("http://localhost:3000/hooks"));
    QCOMPARE(routes.at(1).toString(), QStringLiteral("epayments.payment.captured.v1=http://127.0.0.1:4000/c"));
}

void TstAppForwarding::deliveryReachesTheHandlerAndItsAnswerTheRow()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.setSecret(Secret);
    QVERIFY(startAndWait());
    handler.setRegisteredUrl(hookUrl());
    const QString route = handler.url(QStringLiteral("/vipps")).toString();
    QSignalSpy changed(&m_workspace->forwarding(), &Forwarding::routesChanged);
    QVERIFY(m_workspace->forwarding().setRouteTexts({route}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_workspace->forwarding().statusText(), QStringLiteral("Forwarding to %1").arg(route));
    QCOMPARE(m_profiles->forwardTo(Sim::SimulatorProfile::name()), QStringList{route});

    QVERIFY(deliver("forwarded-1"));
    const int row = waitForRow("forwarded-1");
    QVERIFY(row >= 0);
    const Events::EventLogModel &events = m_workspace->events();
    QTRY_COMPARE(events.record(row).handlerAnswers.size(), 1);
    QCOMPARE(handler.seen().size(), 1);
    QCOMPARE(handler.seen().first().verification.result, Signature::Result::Valid);
    const Events::HandlerAnswer answer = events.record(row).handlerAnswers.first();
    QCOMPARE(answer.kind, Events::HandlerAnswer::Kind::Forwarded);
    QCOMPARE(answer.answer.forwardOf, events.record(row).entry.seq);
    QCOMPARE(answer.answer.to, route);
    QCOMPARE(answer.answer.status, 200);
    QCOMPARE(answer.answer.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(events.data(events.index(row, Events::EventLogModel::Handler), Events::EventLogModel::HandlerRole).toInt(),
             200);
}

// The handler answers only once the event's row is shown: the answer comes on its own and finds the row.
void TstAppForwarding::lateAnswerJoinsTheShownRow()
{
    QTcpServer late;
    QVERIFY(late.listen(QHostAddress::LocalHost, 0));
    QVERIFY(startAndWait());
    const QString route = QStringLiteral("http://127.0.0.1:%1/late").arg(late.serverPort());
    QVERIFY(m_workspace->forwarding().setRouteTexts({route}));
    QSignalSpy added(&m_workspace->events(), &Events::EventLogModel::handlerAnswerAdded);

    QVERIFY(deliver("late-1"));
    const int row = waitForRow("late-1");
    QVERIFY(row >= 0);
    QTRY_VERIFY(late.hasPendingConnections());
    QTcpSocket *socket = late.nextPendingConnection();
    QByteArray request;
    QTRY_VERIFY((request += socket->readAll()).contains("late-1"));
    QVERIFY(m_workspace->events().record(row).handlerAnswers.isEmpty());
    socket->write("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(added.wait(5000));
    QCOMPARE(added.first().first().toInt(), row);
    QCOMPARE(m_workspace->events().record(row).handlerAnswers.size(), 1);
    QCOMPARE(m_workspace->events().record(row).handlerAnswers.first().answer.status, 202);
}

void TstAppForwarding::deadHandlerShowsAsFailed()
{
    quint16 closedPort = 0;
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        closedPort = gone.serverPort();
    }
    QVERIFY(startAndWait());
    QVERIFY(m_workspace->forwarding().setRouteTexts({QStringLiteral("http://127.0.0.1:%1/hooks").arg(closedPort)}));
    QVERIFY(deliver("dead-1")); // the sender's answer does not wait for the handler
    const int row = waitForRow("dead-1");
    QVERIFY(row >= 0);
    const Events::EventLogModel &events = m_workspace->events();
    QTRY_COMPARE(events.record(row).handlerAnswers.size(), 1);
    const Journal::Forward answer = events.record(row).handlerAnswers.first().answer;
    QCOMPARE(answer.status, 0);
    QVERIFY(!answer.error.isEmpty());
    QCOMPARE(events.data(events.index(row, Events::EventLogModel::Handler)).toString(), QStringLiteral("failed"));
}

void TstAppForwarding::newRoutesApplyWithoutARestart()
{
    VerifyingHandler first;
    VerifyingHandler second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(startAndWait());
    const quint16 port = m_workspace->receiver().port();
    QSignalSpy receiverStates(&m_workspace->receiver(), &Workbench::ReceiverService::stateChanged);

    QVERIFY(m_workspace->forwarding().setRouteTexts({first.url(QStringLiteral("/a")).toString()}));
    QVERIFY(deliver("routes-1"));
    QTRY_COMPARE(first.seen().size(), 1);

    QVERIFY(m_workspace->forwarding().setRouteTexts({QString(), second.url(QStringLiteral("/b")).toString()}));
    QCOMPARE(m_workspace->forwarding().routeTexts(), QStringList{second.url(QStringLiteral("/b")).toString()});
    QVERIFY(deliver("routes-2"));
    QTRY_COMPARE(second.seen().size(), 1);
    QVERIFY(second.seen().first().request.body.contains("routes-2"));
    QCOMPARE(first.seen().size(), 1);
    QCOMPARE(m_workspace->receiver().port(), port);
    QCOMPARE(receiverStates.size(), 0); // never stopped nor started again

    QVERIFY(!m_workspace->forwarding().setRouteTexts({QStringLiteral("not a url")})); // nothing changes
    QCOMPARE(m_workspace->receiver().forwardRoutes().size(), 1);
    QVERIFY(m_workspace->forwarding().setRouteTexts({}));
    QVERIFY(m_workspace->forwarding().statusText().isEmpty());
    QVERIFY(m_workspace->receiver().forwardRoutes().isEmpty());
}

void TstAppForwarding::eachProfileHasItsRoutes()
{
    QVERIFY(startAndWait());
    const QString simulator = Sim::SimulatorProfile::name();
    Credentials::Profile other = *m_profiles->load(simulator);
    other.name = QStringLiteral("other");
    QVERIFY(m_profiles->save(other));
    const QStringList routes{QStringLiteral("http://127.0.0.1:3000/hooks"), QStringLiteral("http://127.0.0.1:3001/x")};
    QVERIFY(m_workspace->forwarding().setRouteTexts(routes));
    QCOMPARE(m_workspace->forwarding().statusText(), QStringLiteral("Forwarding to 2 handlers"));
    Events::EventRecord captured;
    captured.summary.name = QStringLiteral("CAPTURED");
    QCOMPARE(m_workspace->replays().forwardTarget(captured), QUrl(routes.first())); // the log's "Replay to" too

    QVERIFY(m_workspace->useProfile(other.name));
    QVERIFY(m_workspace->forwarding().routeTexts().isEmpty());
    QVERIFY(m_workspace->receiver().forwardRoutes().isEmpty());
    QVERIFY(m_workspace->replays().forwardTarget(captured).isEmpty());
    QVERIFY(m_workspace->useProfile(simulator));
    QCOMPARE(m_workspace->forwarding().routeTexts(), routes);
    QCOMPARE(m_workspace->receiver().forwardRoutes().size(), 2);
    QCOMPARE(m_workspace->replays().forwardTarget(captured), QUrl(routes.first()));
}

QTEST_GUILESS_MAIN(TstAppForwarding)
#include "tst_appforwarding.moc"
