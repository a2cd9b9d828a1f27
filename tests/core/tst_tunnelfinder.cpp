// SPDX-License-Identifier: MIT
// Asking local fakes of the ngrok agent's API and cloudflared's metrics server for their tunnels: what is found,
// and what is said when an agent is not there, answers something else, is silent or sends too much.
#include "cannedserver.h"
#include "fakedeadlineclock.h"
#include "tunnel/tunnelfinder.h"

#include <QSignalSpy>
#include <QTest>

using Tunnel::TunnelFinder;

namespace {

const QByteArray kNgrokList = R"({"tunnels":[{"name":"hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",
 "config":{"addr":"http://localhost:8780","inspect":true}}],"uri":"/api/tunnels"})";

QUrl freedPort()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
}

struct Found
{
    Tunnel::PublicTunnels tunnels;
    QStringList notes;
};

Found waitFor(TunnelFinder &finder, QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return {{}, {QStringLiteral("finished() never came")}};
    const QList<QVariant> arguments = spy.takeFirst();
    Q_UNUSED(finder);
    return {arguments.at(0).value<Tunnel::PublicTunnels>(), arguments.at(1).toStringList()};
}

} // namespace

class TstTunnelFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsBothAgents();
    void anAgentThatIsNotThereIsNamedWhenAsked();
    void defaultAddressesAreQuiet();
    void anotherAnswerIsSaid();
    void aSilentAgentIsGivenUpOnAtTheDeadline();
    void anAnswerTooLongIsRefused();
};

void TstTunnelFinder::findsBothAgents()
{
    CannedServer ngrok;
    QVERIFY(ngrok.start());
    ngrok.enqueueJson("/api/tunnels", 200, kNgrokList);
    CannedServer cloudflared;
    QVERIFY(cloudflared.start());
    cloudflared.enqueueJson("/quicktunnel", 200, R"({"hostname":"calm-river.trycloudflare.com"})");
    TunnelFinder finder;
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({ngrok.baseUrl(), {cloudflared.baseUrl()}, true});
    QVERIFY(finder.busy());
    const Found found = waitFor(finder, spy);
    QCOMPARE(found.notes, QStringList());
    QCOMPARE(found.tunnels.size(), 2);
    QCOMPARE(found.tunnels.at(0).publicUrl, QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QCOMPARE(found.tunnels.at(0).localPort, 8780);
    QCOMPARE(found.tunnels.at(1).publicUrl, QUrl(QStringLiteral("https://calm-river.trycloudflare.com/")));
    QCOMPARE(ngrok.requests("/api/tunnels").size(), 1);
    QCOMPARE(ngrok.requests("/api/tunnels").at(0).method, QByteArray("GET"));
    QVERIFY(!finder.busy());
}

void TstTunnelFinder::anAgentThatIsNotThereIsNamedWhenAsked()
{
    const QUrl gone = freedPort();
    TunnelFinder finder;
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({gone, {freedPort()}, true});
    const Found found = waitFor(finder, spy);
    QVERIFY(found.tunnels.isEmpty());
    QCOMPARE(found.notes.size(), 2);
    QVERIFY2(found.notes.at(0).startsWith(
                 QStringLiteral("No ngrok agent answered at %1/api/tunnels (").arg(gone.toString())),
             qPrintable(found.notes.at(0)));
    QVERIFY2(found.notes.at(1).startsWith(QStringLiteral("No cloudflared agent answered at")),
             qPrintable(found.notes.at(1)));
}

void TstTunnelFinder::defaultAddressesAreQuiet()
{
    TunnelFinder finder;
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({freedPort(), {freedPort(), freedPort()}, false});
    const Found found = waitFor(finder, spy);
    // Where no cloudflared runs is normal; that ngrok is not there is worth a word, as the usual tunnel.
    QCOMPARE(found.notes.size(), 1);
    QVERIFY(found.notes.at(0).startsWith(QStringLiteral("No ngrok agent answered")));
}

void TstTunnelFinder::anotherAnswerIsSaid()
{
    CannedServer notAnAgent;
    QVERIFY(notAnAgent.start());
    notAnAgent.enqueue("/api/tunnels", Http::Response::text(200, "<html>hello\x1b[2K</html>"));
    TunnelFinder finder;
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({notAnAgent.baseUrl(), {notAnAgent.baseUrl()}, true}); // /quicktunnel: nothing queued, 404
    const Found found = waitFor(finder, spy);
    QVERIFY(found.tunnels.isEmpty());
    QCOMPARE(found.notes.size(), 2);
    QVERIFY2(found.notes.contains(QStringLiteral("%1/api/tunnels: not an ngrok agent's list of tunnels.")
                                      .arg(notAnAgent.baseUrl().toString())),
             qPrintable(found.notes.join(QLatin1Char('|'))));
    QVERIFY2(found.notes.contains(
                 QStringLiteral("cloudflared at %1/quicktunnel answered 404.").arg(notAnAgent.baseUrl().toString())),
             qPrintable(found.notes.join(QLatin1Char('|'))));
}

void TstTunnelFinder::aSilentAgentIsGivenUpOnAtTheDeadline()
{
    SilentServer silent;
    QVERIFY(silent.start());
    FakeDeadlineClock clock;
    TunnelFinder finder;
    finder.setDeadlineClock(&clock);
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({silent.baseUrl(), {}, true});
    QTRY_COMPARE(silent.accepted(), 1);
    clock.advance(TunnelFinder::DeadlineMs - 1);
    QCoreApplication::processEvents();
    QVERIFY(spy.isEmpty());
    clock.advance(1);
    const Found found = waitFor(finder, spy);
    QCOMPARE(found.notes.size(), 1);
    QVERIFY2(found.notes.at(0).startsWith(QStringLiteral("No ngrok agent answered at")), qPrintable(found.notes.at(0)));
}

void TstTunnelFinder::anAnswerTooLongIsRefused()
{
    CannedServer flood;
    QVERIFY(flood.start());
    QByteArray huge = R"({"tunnels":[)";
    huge += QByteArray(200 * 1024, ' ');
    huge += "]}";
    flood.enqueueJson("/api/tunnels", 200, huge);
    TunnelFinder finder;
    QSignalSpy spy(&finder, &TunnelFinder::finished);
    finder.find({flood.baseUrl(), {}, true});
    const Found found = waitFor(finder, spy);
    QVERIFY(found.tunnels.isEmpty());
    QCOMPARE(found.notes.size(), 1);
}

QTEST_GUILESS_MAIN(TstTunnelFinder)
#include "tst_tunnelfinder.moc"
