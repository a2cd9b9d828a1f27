// SPDX-License-Identifier: MIT
// Checking a webhook URL before registering it: Vipps' rules without the network, and against local servers a
// reachable handler, one that refuses the signed test, a redirect, nothing listening and a name that does not resolve.
#include "cannedserver.h"
#include "tunnel/urlpreflight.h"
#include "tunnel/urlrules.h"

#include <QSignalSpy>
#include <QTest>

using Tunnel::PreflightCheck;
using Tunnel::PreflightReport;
using Tunnel::UrlPreflight;
using Verdict = PreflightCheck::Verdict;

Q_DECLARE_METATYPE(Verdict)

namespace {

PreflightReport run(const QUrl &url, bool plainAllowed)
{
    UrlPreflight preflight;
    QSignalSpy spy(&preflight, &UrlPreflight::finished);
    preflight.check(url, plainAllowed);
    if (!spy.wait(20000))
        return {};
    return spy.takeFirst().at(0).value<PreflightReport>();
}

QString described(const PreflightReport &report)
{
    QStringList lines;
    for (const PreflightCheck &check : report.checks)
        lines.append(PreflightCheck::mark(check.verdict) + QLatin1Char(' ') + check.text);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstUrlPreflight : public QObject
{
    Q_OBJECT

private slots:
    void scheme_data();
    void scheme();
    void port_data();
    void port();
    void addresses_data();
    void addresses();
    void reachableHandler();
    void handlerRefusingTheTestIsReachable();
    void redirectFails();
    void nothingListeningFails();
    void plainHttpIsRefusedForVippsWithoutSendingAnything();
    void thisMachineIsRefusedForVipps();
    void nameThatDoesNotResolveFails();
    void notAUrl();
};

void TstUrlPreflight::scheme_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("plainAllowed");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("https") << "https://a.example/h" << false << Verdict::Passed;
    QTest::newRow("http for Vipps") << "http://a.example/h" << false << Verdict::Failed;
    QTest::newRow("http for the simulator") << "http://127.0.0.1:8780/h" << true << Verdict::Passed;
    QTest::newRow("ftp for the simulator") << "ftp://a.example/h" << true << Verdict::Failed;
}

void TstUrlPreflight::scheme()
{
    QFETCH(QString, url);
    QFETCH(bool, plainAllowed);
    QFETCH(Verdict, verdict);
    QCOMPARE(Tunnel::UrlRules::scheme(QUrl(url), plainAllowed).verdict, verdict);
}

void TstUrlPreflight::port_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("443 by default") << "https://a.example/h" << Verdict::Passed;
    QTest::newRow("8080") << "https://a.example:8080/h" << Verdict::Passed;
    QTest::newRow("80") << "https://a.example:80/h" << Verdict::Passed;
    QTest::newRow("8780") << "https://a.example:8780/h" << Verdict::Warning;
}

void TstUrlPreflight::port()
{
    QFETCH(QString, url);
    QFETCH(Verdict, verdict);
    const PreflightCheck check = Tunnel::UrlRules::port(QUrl(url), false);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(Tunnel::UrlRules::port(QUrl(url), true).verdict, Verdict::Passed);
}

void TstUrlPreflight::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("public") << "3.120.1.7" << Verdict::Passed;
    QTest::newRow("loopback") << "127.0.0.1" << Verdict::Failed;
    QTest::newRow("ipv6 loopback") << "::1" << Verdict::Failed;
    QTest::newRow("private") << "192.168.1.20" << Verdict::Warning;
    QTest::newRow("private 172.16/12") << "172.20.0.5" << Verdict::Warning;
}

void TstUrlPreflight::addresses()
{
    QFETCH(QString, address);
    QFETCH(Verdict, verdict);
    const QList<QHostAddress> found{QHostAddress(address)};
    QCOMPARE(Tunnel::UrlRules::addresses(QStringLiteral("hooks.example"), found, false).verdict, verdict);
    QCOMPARE(Tunnel::UrlRules::addresses(QStringLiteral("hooks.example"), found, true).verdict, Verdict::Passed);
}

void TstUrlPreflight::reachableHandler()
{
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/hooks/vipps", 200, "{}");
    const PreflightReport report = run(handler.baseUrl(QStringLiteral("/hooks/vipps")), true);
    QVERIFY2(report.passed(), qPrintable(described(report)));
    QCOMPARE(report.checks.size(), 4);
    QVERIFY2(report.checks.last().text.startsWith(QStringLiteral("reachable: answered 200 in")),
             qPrintable(described(report)));
    // The test is signed as Vipps signs, with a secret nobody has, and says what it is.
    const QList<Http::Request> received = handler.requests("/hooks/vipps");
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).method, QByteArray("POST"));
    QVERIFY(received.at(0).headers.value("Authorization").startsWith("HMAC-SHA256 SignedHeaders="));
    QVERIFY(received.at(0).headers.contains("x-ms-date"));
    QVERIFY(received.at(0).body.contains(R"("name":"PREFLIGHT")"));
}

void TstUrlPreflight::handlerRefusingTheTestIsReachable()
{
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/hooks/vipps", 401, R"({"title":"Webhook signature no-secret"})");
    const PreflightReport report = run(handler.baseUrl(QStringLiteral("/hooks/vipps")), true);
    QVERIFY2(report.passed(), qPrintable(described(report)));
    QCOMPARE(report.checks.last().verdict, Verdict::Passed);
    QVERIFY2(report.checks.last().text.contains(QStringLiteral("as a handler that checks signatures should")),
             qPrintable(described(report)));
}

void TstUrlPreflight::redirectFails()
{
    CannedServer handler;
    QVERIFY(handler.start());
    Http::Response moved = Http::Response::text(301, "moved");
    moved.headers.append(Http::Header{"Location", "https://elsewhere.example/hooks\x1b[2K"});
    handler.enqueue("/hooks/vipps", moved);
    const PreflightReport report = run(handler.baseUrl(QStringLiteral("/hooks/vipps")), true);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.last().verdict, Verdict::Failed);
    QVERIFY2(report.checks.last().text.contains(
                 QStringLiteral("a redirect to https://elsewhere.example/hooks\\x1b[2K: Vipps does not follow")),
             qPrintable(described(report)));
    QCOMPARE(handler.requests().size(), 1); // not followed
}

void TstUrlPreflight::nothingListeningFails()
{
    const PreflightReport report = run(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(closedPort())), true);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.last().verdict, Verdict::Failed);
    QVERIFY2(report.checks.last().text.startsWith(QStringLiteral("not reachable: ")), qPrintable(described(report)));
}

void TstUrlPreflight::plainHttpIsRefusedForVippsWithoutSendingAnything()
{
    CannedServer handler;
    QVERIFY(handler.start());
    const PreflightReport report = run(handler.baseUrl(QStringLiteral("/hooks/vipps")), false);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.first().verdict, Verdict::Failed);
    QVERIFY2(report.checks.first().text.contains(QStringLiteral("Vipps calls only HTTPS URLs")),
             qPrintable(described(report)));
    QCOMPARE(report.checks.last().verdict, Verdict::Skipped);
    QCOMPARE(handler.requests().size(), 0);
}

void TstUrlPreflight::thisMachineIsRefusedForVipps()
{
    const PreflightReport report = run(QUrl(QStringLiteral("https://localhost/hooks/vipps")), false);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.size(), 4);
    QCOMPARE(report.checks.at(2).verdict, Verdict::Failed);
    QVERIFY2(report.checks.at(2).text.contains(QStringLiteral("this machine, which Vipps cannot reach")),
             qPrintable(described(report)));
    QCOMPARE(report.checks.at(3).verdict, Verdict::Skipped);
}

void TstUrlPreflight::nameThatDoesNotResolveFails()
{
    // .invalid never resolves (RFC 6761 §6.4); without a name server it fails at once or at the deadline.
    const PreflightReport report = run(QUrl(QStringLiteral("https://hooks.does-not-exist.invalid/vipps")), false);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.size(), 4);
    QCOMPARE(report.checks.at(2).verdict, Verdict::Failed);
    QVERIFY2(report.checks.at(2).text.startsWith(QStringLiteral("hooks.does-not-exist.invalid did")) ||
                 report.checks.at(2).text.startsWith(QStringLiteral("hooks.does-not-exist.invalid does not resolve")),
             qPrintable(described(report)));
}

void TstUrlPreflight::notAUrl()
{
    const PreflightReport report = run(QUrl(QStringLiteral("/hooks/vipps")), true);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.size(), 1);
}

QTEST_GUILESS_MAIN(TstUrlPreflight)
#include "tst_urlpreflight.moc"
