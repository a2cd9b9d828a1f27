// SPDX-License-Identifier: MIT
// The quick start for a profile that calls Vipps: the steps speak of the portal's keys, a tunnel and the Vipps test
// app; step 3 looks for a tunnel to the receiver and, as soon as one appears at a local fake of the ngrok agent's
// API, keeps its address as the profile's public URL and offers to register it in one click.
#include "cannedserver.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow.h"
#include "gui/quickstartpanel.h"
#include "workbench/workspace.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Step = Workbench::QuickStart::Step;

class TstTunnelQuickStart : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheTunnelThatAppears();
};

void TstTunnelQuickStart::stepsFollowTheTunnelThatAppears()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    Credentials::ProfileStore profiles(&settings);
    Credentials::MemorySecretStore secrets;
    Workbench::Workspace workspace(&profiles, &secrets);
    Gui::MainWindow window(&workspace, nullptr);
    window.resize(1024, 700);
    window.show();
    CannedServer ngrok; // answers 404 until a tunnel runs
    QVERIFY(ngrok.start());
    Tunnel::TunnelFinder::Sources sources;
    sources.ngrokApi = ngrok.baseUrl();
    sources.cloudflaredMetrics.clear();
    workspace.publicAddress().setTunnelSources(sources);
    workspace.tunnelQuickStart().setIntervals(50, 60000);

    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.startSimulator = false;
    workspace.start(options);
    QTRY_COMPARE(workspace.receiver().state(), Workbench::ReceiverService::State::Listening);
    Credentials::Profile test;
    test.name = QStringLiteral("test");
    test.environment = Credentials::Environment::Test;
    test.clientId = QStringLiteral("client");
    test.merchantSerialNumber = QStringLiteral("123456");
    QVERIFY(profiles.save(test));
    QVERIFY(workspace.useProfile(test.name));
    QTRY_VERIFY(workspace.quickStart().throughTunnel());

    Gui::QuickStartPanel *panel = window.quickStartPanel();
    const auto explanation = [panel](Step step) {
        return panel->findChild<QLabel *>(QStringLiteral("quickStartExplanation%1").arg(int(step) + 1))->text();
    };
    const quint16 port = workspace.receiver().port();
    QVERIFY(explanation(Step::Setup).contains(QStringLiteral("Vipps MobilePay portal")));
    QVERIFY(explanation(Step::Trigger).contains(QStringLiteral("Vipps test app with a test user")));
    QVERIFY2(explanation(Step::Register)
                 .contains(QStringLiteral("Vipps cannot reach 127.0.0.1. Start a tunnel to the "
                                          "receiver, 'ngrok http %1'")
                               .arg(port)),
             qPrintable(explanation(Step::Register)));
    QCOMPARE(panel->actionButton(Step::Register)->text(), QStringLiteral("Look for a tunnel"));
    QTRY_VERIFY(ngrok.requests("/api/tunnels").size() >= 2); // it keeps looking

    const QByteArray list = R"({"tunnels":[{"name":"hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",)"
                            R"("config":{"addr":"http://localhost:)" +
                            QByteArray::number(port) + R"("}}]})";
    ngrok.setResponder("/api/tunnels", [list](const Http::Request &) { return Http::Response::json(200, list); });
    QTRY_COMPARE(workspace.publicAddress().url(), QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QCOMPARE(profiles.publicUrl(test.name), QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QTRY_COMPARE(workspace.receiver().publicUrl(), QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    QTRY_VERIFY(explanation(Step::Register).startsWith(QStringLiteral("Tunnel found: https://a1b2c3.ngrok.app.")));
    QCOMPARE(panel->actionButton(Step::Register)->text(), QStringLiteral("Register the tunnel's address"));
    QVERIFY(!workspace.tunnelQuickStart().looking());
    QCOMPARE(workspace.suggestedHookUrl(), QUrl(QStringLiteral("https://a1b2c3.ngrok.app/hooks/vipps")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("receiverStatus"))
                    ->text()
                    .endsWith(QStringLiteral(" via https://a1b2c3.ngrok.app")));

    if (const QByteArray shots = qgetenv("VWB_SHOT_DIR"); !shots.isEmpty())
        QVERIFY(
            window.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("quick-start-tunnel.png"))));
}

QTEST_MAIN(TstTunnelQuickStart)
#include "tst_tunnelquickstart.moc"
