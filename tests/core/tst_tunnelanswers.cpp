// SPDX-License-Identifier: MIT
// What the tunnel agents answer, read: ngrok's list of tunnels, cloudflared's quick tunnel, and which tunnel serves
// a port, or why none does.
#include "tunnel/ngrokanswer.h"
#include "tunnel/quicktunnelanswer.h"
#include "tunnel/tunnelchoice.h"

#include <QTest>

using Tunnel::PublicTunnel;
using Tunnel::TunnelChoice;

namespace {

// The shape of the agent's answer (its documentation's example), two tunnels.
const QByteArray kNgrokList = R"({"tunnels":[
 {"name":"web","uri":"/api/tunnels/web","public_url":"https://d95211d2.ngrok.app","proto":"https",
  "config":{"addr":"http://localhost:3000","inspect":true},"metrics":{}},
 {"name":"hooks","uri":"/api/tunnels/hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",
  "config":{"addr":"http://localhost:8780","inspect":true},"metrics":{}}],"uri":"/api/tunnels"})";

PublicTunnel ngrok(const QString &url, const QString &addr)
{
    PublicTunnel tunnel;
    tunnel.publicUrl = QUrl(url);
    tunnel.localAddress = addr;
    const auto local = Tunnel::NgrokAnswer::localAddress(addr);
    tunnel.localPort = local.port;
    tunnel.localHost = local.localHost;
    return tunnel;
}

PublicTunnel quick(const QString &host)
{
    QString error;
    return *Tunnel::QuickTunnelAnswer::parse(QByteArray(R"({"hostname":")") + host.toUtf8() + "\"}", &error);
}

} // namespace

class TstTunnelAnswers : public QObject
{
    Q_OBJECT

private slots:
    void ngrokList();
    void ngrokNotAList_data();
    void ngrokNotAList();
    void localAddress_data();
    void localAddress();
    void quickTunnel();
    void quickTunnelNone();
    void choosesTheTunnelToThePort();
    void choosesTheOneQuickTunnelWithACaveat();
    void saysWhyNone_data();
    void saysWhyNone();
};

void TstTunnelAnswers::ngrokList()
{
    QString error;
    const Tunnel::PublicTunnels tunnels = Tunnel::NgrokAnswer::parse(kNgrokList, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(tunnels.size(), 2);
    QCOMPARE(tunnels.at(1).publicUrl, QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QCOMPARE(tunnels.at(1).name, QStringLiteral("hooks"));
    QCOMPARE(tunnels.at(1).localAddress, QStringLiteral("http://localhost:8780"));
    QCOMPARE(tunnels.at(1).localPort, 8780);
    QVERIFY(tunnels.at(1).localHost);
    QVERIFY(tunnels.at(1).isHttps());
    QCOMPARE(tunnels.at(1).source, PublicTunnel::Source::Ngrok);
}

void TstTunnelAnswers::ngrokNotAList_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("html") << QByteArray("<html>ngrok</html>");
    QTest::newRow("object without tunnels") << QByteArray(R"({"uri":"/api"})");
    QTest::newRow("tunnels not a list") << QByteArray(R"({"tunnels":{}})");
    QTest::newRow("empty") << QByteArray();
}

void TstTunnelAnswers::ngrokNotAList()
{
    QFETCH(QByteArray, answer);
    QString error;
    QVERIFY(Tunnel::NgrokAnswer::parse(answer, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TstTunnelAnswers::localAddress_data()
{
    QTest::addColumn<QString>("addr");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("local");
    QTest::newRow("port") << "8780" << 8780 << true;
    QTest::newRow("host:port") << "localhost:8780" << 8780 << true;
    QTest::newRow("url") << "http://localhost:8780" << 8780 << true;
    QTest::newRow("https default port") << "https://localhost" << 443 << true;
    QTest::newRow("http default port") << "http://127.0.0.1" << 80 << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:8780" << 8780 << true;
    QTest::newRow("any address") << "0.0.0.0:8780" << 8780 << true;
    QTest::newRow("another machine") << "http://10.0.0.7:8780" << 8780 << false;
    QTest::newRow("port out of range") << "70000" << -1 << true;
    QTest::newRow("nonsense") << "http://[:8780" << -1 << false;
}

void TstTunnelAnswers::localAddress()
{
    QFETCH(QString, addr);
    QFETCH(int, port);
    QFETCH(bool, local);
    const auto address = Tunnel::NgrokAnswer::localAddress(addr);
    QCOMPARE(address.port, port);
    QCOMPARE(address.localHost, local);
}

void TstTunnelAnswers::quickTunnel()
{
    QString error;
    const auto tunnel =
        Tunnel::QuickTunnelAnswer::parse(R"({"hostname":"calm-river-words.trycloudflare.com"})", &error);
    QVERIFY(tunnel.has_value());
    QCOMPARE(tunnel->publicUrl, QUrl(QStringLiteral("https://calm-river-words.trycloudflare.com/")));
    QCOMPARE(tunnel->source, PublicTunnel::Source::Cloudflared);
    QCOMPARE(tunnel->localPort, -1);
}

void TstTunnelAnswers::quickTunnelNone()
{
    QString error;
    QVERIFY(!Tunnel::QuickTunnelAnswer::parse(R"({"hostname":""})", &error));
    QVERIFY(error.isEmpty()); // cloudflared runs a named tunnel: nothing to say
    QVERIFY(!Tunnel::QuickTunnelAnswer::parse("OK\n", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Tunnel::QuickTunnelAnswer::parse(R"({"hostname":"a b/c"})", &error));
    QVERIFY(!error.isEmpty());
}

void TstTunnelAnswers::choosesTheTunnelToThePort()
{
    QString error;
    const Tunnel::PublicTunnels tunnels =
        QList{quick(QStringLiteral("x.trycloudflare.com"))} + Tunnel::NgrokAnswer::parse(kNgrokList, &error);
    const TunnelChoice choice = TunnelChoice::forPort(tunnels, 8780);
    QVERIFY(choice.tunnel.has_value());
    QCOMPARE(choice.tunnel->publicUrl, QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QVERIFY(choice.note.isEmpty());
    QCOMPARE(TunnelChoice::forPort(tunnels, 3000).tunnel->name, QStringLiteral("web"));
}

void TstTunnelAnswers::choosesTheOneQuickTunnelWithACaveat()
{
    const TunnelChoice choice = TunnelChoice::forPort(
        {ngrok(QStringLiteral("https://other.ngrok.app"), QStringLiteral("http://localhost:3000")),
         quick(QStringLiteral("x.trycloudflare.com"))},
        8780);
    QVERIFY(choice.tunnel.has_value());
    QCOMPARE(choice.tunnel->source, PublicTunnel::Source::Cloudflared);
    QVERIFY2(choice.note.contains(QStringLiteral("cloudflared tunnel --url http://localhost:8780")),
             qPrintable(choice.note));
}

void TstTunnelAnswers::saysWhyNone_data()
{
    QTest::addColumn<Tunnel::PublicTunnels>("tunnels");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing runs") << Tunnel::PublicTunnels{}
                                  << "No tunnel to port 8780 was found. Start one with "
                                     "'ngrok http 8780' or 'cloudflared tunnel --url "
                                     "http://localhost:8780'.";
    QTest::newRow("ngrok elsewhere")
        << Tunnel::PublicTunnels{ngrok(QStringLiteral("https://other.ngrok.app"),
                                       QStringLiteral("http://localhost:3000\x1b[2K"))}
        << "ngrok runs, but forwards https://other.ngrok.app to http://localhost:3000\\x1b[2K, not to this "
           "receiver's port 8780.";
    QTest::newRow("ngrok to another machine")
        << Tunnel::PublicTunnels{ngrok(QStringLiteral("https://other.ngrok.app"), QStringLiteral("10.0.0.7:8780"))}
        << "not to this receiver's port 8780";
    QTest::newRow("plain http") << Tunnel::PublicTunnels{ngrok(QStringLiteral("http://plain.ngrok.app"),
                                                               QStringLiteral("8780"))}
                                << "ngrok's tunnel to port 8780 is http://plain.ngrok.app, not HTTPS";
    QTest::newRow("two quick tunnels") << Tunnel::PublicTunnels{quick(QStringLiteral("a.trycloudflare.com")),
                                                                quick(QStringLiteral("b.trycloudflare.com"))}
                                       << "2 cloudflared quick tunnels run";
}

void TstTunnelAnswers::saysWhyNone()
{
    QFETCH(Tunnel::PublicTunnels, tunnels);
    QFETCH(QString, expected);
    const TunnelChoice choice = TunnelChoice::forPort(tunnels, 8780);
    QVERIFY(!choice.tunnel.has_value());
    QVERIFY2(choice.note.contains(expected), qPrintable(choice.note));
}

QTEST_GUILESS_MAIN(TstTunnelAnswers)
#include "tst_tunnelanswers.moc"
