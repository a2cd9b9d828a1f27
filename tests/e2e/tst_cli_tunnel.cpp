// SPDX-License-Identifier: MIT
// `vipps-hooks tunnel` and `listen --public-url auto` against local fakes of the ngrok agent's API and cloudflared's
// metrics server: the tunnel serving the port is picked, a delivery signed for its public host verifies whether Host
// is that host or the local address, and no tunnel is a clear exit 2.
#include "cannedserver.h"
#include "clienvironment.h"
#include "hooksrun.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "signeddelivery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kSecret = "tunnel-test-secret";
const QByteArray kBody = R"({"msn":"123456","reference":"acme-1","name":"CAPTURED"})";

QByteArray ngrokList(quint16 hooksPort)
{
    return R"({"tunnels":[{"name":"web","public_url":"https://web.ngrok.app","proto":"https",
        "config":{"addr":"http://localhost:3000","inspect":true}},
       {"name":"hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",
        "config":{"addr":"http://localhost:)" +
           QByteArray::number(hooksPort) + R"(","inspect":true}}],"uri":"/api/tunnels"})";
}

QString url(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace

class TstCliTunnel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tunnelJsonNamesTheOneServingThePort();
    void tunnelWithoutAnyExits2();
    void autoPicksTheTunnelAndVerifiesForItsHost();
    void autoTakesTheQuickTunnelOfCloudflared();
    void autoWithoutATunnelExits2WithHowToStartOne();

private:
    HooksRun hooks(const QStringList &arguments);
    // listen --public-url auto on a port of its own; the banner read.
    bool startListening(ListenProcess &listen, quint16 port, const QStringList &sources);
    static int statusOf(quint16 port, const QByteArray &delivery);

    std::unique_ptr<QTemporaryDir> m_home;
    CannedServer m_ngrok;
    CannedServer m_cloudflared;
    quint16 m_hooksPort = 0;
};

void TstCliTunnel::initTestCase()
{
    QVERIFY(m_ngrok.start());
    QVERIFY(m_cloudflared.start());
}

void TstCliTunnel::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_hooksPort = closedPort();
    QVERIFY(m_hooksPort != 0);
    const QByteArray list = ngrokList(m_hooksPort);
    m_ngrok.setResponder("/api/tunnels", [list](const Http::Request &) { return Http::Response::json(200, list); });
    m_cloudflared.setResponder("/quicktunnel", [](const Http::Request &) {
        return Http::Response::json(200, R"({"hostname":"calm-river.trycloudflare.com"})");
    });
}

HooksRun TstCliTunnel::hooks(const QStringList &arguments)
{
    return runHooks(QStringLiteral(VIPPS_HOOKS_BIN), arguments, isolatedCliEnvironment(m_home->path()));
}

bool TstCliTunnel::startListening(ListenProcess &listen, quint16 port, const QStringList &sources)
{
    return listen.start(QStringList{QStringLiteral("--port"), QString::number(port), QStringLiteral("--public-url"),
                                    QStringLiteral("auto"), QStringLiteral("--no-journal"), QStringLiteral("--secret"),
                                    QString::fromLatin1(kSecret)} +
                            sources,
                        isolatedCliEnvironment(m_home->path()));
}

int TstCliTunnel::statusOf(quint16 port, const QByteArray &delivery)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return -1;
    client.send(delivery);
    return client.readResponse(10000).status;
}

void TstCliTunnel::tunnelJsonNamesTheOneServingThePort()
{
    const HooksRun run = hooks({QStringLiteral("tunnel"), QStringLiteral("--json"), QStringLiteral("--port"),
                                QString::number(m_hooksPort), QStringLiteral("--ngrok-api"), url(m_ngrok.port()),
                                QStringLiteral("--cloudflared-metrics"), url(m_cloudflared.port())});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(answer.value(QLatin1String("publicUrl")).toString(), QStringLiteral("https://a1b2c3.ngrok.app"));
    const QJsonArray tunnels = answer.value(QLatin1String("tunnels")).toArray();
    QCOMPARE(tunnels.size(), 3);
    QCOMPARE(tunnels.at(0).toObject().value(QLatin1String("servesPort")).toBool(), false);
    const QJsonObject hooks = tunnels.at(1).toObject();
    QCOMPARE(hooks.value(QLatin1String("source")).toString(), QStringLiteral("ngrok"));
    QCOMPARE(hooks.value(QLatin1String("localPort")).toInt(), int(m_hooksPort));
    QCOMPARE(hooks.value(QLatin1String("servesPort")).toBool(), true);
    const QJsonObject quick = tunnels.at(2).toObject();
    QCOMPARE(quick.value(QLatin1String("source")).toString(), QStringLiteral("cloudflared"));
    QVERIFY(quick.value(QLatin1String("localPort")).isNull());
    QCOMPARE(answer.value(QLatin1String("notes")).toArray().size(), 0);
}

void TstCliTunnel::tunnelWithoutAnyExits2()
{
    const HooksRun run = hooks({QStringLiteral("tunnel"), QStringLiteral("--ngrok-api"), url(closedPort()),
                                QStringLiteral("--cloudflared-metrics"), url(closedPort())});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No tunnel to port 8780 was found. Start one with 'ngrok http 8780'"), run.err);
    QVERIFY2(run.err.contains("note: No ngrok agent answered at"), run.err);
}

void TstCliTunnel::autoPicksTheTunnelAndVerifiesForItsHost()
{
    ListenProcess listen(QStringLiteral(VIPPS_HOOKS_BIN));
    QVERIFY2(startListening(listen, m_hooksPort,
                            {QStringLiteral("--ngrok-api"), url(m_ngrok.port()),
                             QStringLiteral("--cloudflared-metrics"), url(closedPort())}),
             listen.err());
    QVERIFY2(listen.err().contains("public URL: https://a1b2c3.ngrok.app (from ngrok, to http://localhost:"),
             listen.err());
    QCOMPARE(listen.port(), m_hooksPort);
    // Signed for the registered public URL; the tunnel passes the public Host on, or rewrites it to the local one.
    const QUrl registered(QStringLiteral("https://a1b2c3.ngrok.app/hooks/vipps"));
    const QByteArray asSent = signedDeliveryBytes(registered, kSecret, kBody);
    QCOMPARE(statusOf(m_hooksPort, asSent), 200);
    QByteArray rewritten = asSent;
    rewritten.replace("Host: a1b2c3.ngrok.app", "Host: 127.0.0.1:" + QByteArray::number(m_hooksPort));
    QVERIFY(rewritten != asSent);
    QCOMPARE(statusOf(m_hooksPort, rewritten), 200);
    // Signed for another host: not valid, whatever Host says.
    const QByteArray elsewhere =
        signedDeliveryBytes(QUrl(QStringLiteral("https://other.ngrok.app/hooks/vipps")), kSecret, kBody);
    QCOMPARE(statusOf(m_hooksPort, elsewhere), 401);
    QCOMPARE(listen.stop(), 0);
}

void TstCliTunnel::autoTakesTheQuickTunnelOfCloudflared()
{
    ListenProcess listen(QStringLiteral(VIPPS_HOOKS_BIN));
    QVERIFY2(startListening(listen, m_hooksPort,
                            {QStringLiteral("--ngrok-api"), url(closedPort()), QStringLiteral("--cloudflared-metrics"),
                             url(m_cloudflared.port())}),
             listen.err());
    QVERIFY2(listen.err().contains("public URL: https://calm-river.trycloudflare.com/ (from cloudflared)"),
             listen.err());
    QVERIFY2(listen.err().contains("note: cloudflared does not say where its quick tunnel forwards"), listen.err());
    const QByteArray delivery =
        signedDeliveryBytes(QUrl(QStringLiteral("https://calm-river.trycloudflare.com/hooks/vipps")), kSecret, kBody);
    QCOMPARE(statusOf(m_hooksPort, delivery), 200);
    QCOMPARE(listen.stop(), 0);
}

void TstCliTunnel::autoWithoutATunnelExits2WithHowToStartOne()
{
    const quint16 port = closedPort();
    const HooksRun run = hooks({QStringLiteral("listen"), QStringLiteral("--port"), QString::number(port),
                                QStringLiteral("--public-url"), QStringLiteral("auto"), QStringLiteral("--no-journal"),
                                QStringLiteral("--ngrok-api"), url(m_ngrok.port()),
                                QStringLiteral("--cloudflared-metrics"), url(closedPort())});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("vipps-hooks listen: ngrok runs, but forwards https://web.ngrok.app to "
                                             "http://localhost:3000, not to this receiver's port %1. Start one with "
                                             "'ngrok http %1'")
                                  .arg(port)
                                  .toUtf8()),
             run.err);
    QVERIFY2(!run.err.contains("Listening"), run.err);
}

QTEST_GUILESS_MAIN(TstCliTunnel)
#include "tst_cli_tunnel.moc"
