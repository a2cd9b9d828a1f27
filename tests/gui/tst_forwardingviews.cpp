// SPDX-License-Identifier: MIT
// The app's forwarding seen through its widgets: the inspector's Handler tab (the answers oldest first, the one
// picked with its status, headers and body or its failure, the wire's control characters escaped, an empty state
// that says how to get answers, refreshed when an answer joins the event shown), and Receiver → Forward to…
// (each line checked as typed, the routes kept for the profile and named in the status bar, stopping).
#include "cannedserver.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "events/eventlogmodel.h"
#include "gui/forwarddialog.h"
#include "gui/handleranswersview.h"
#include "gui/inspectorpanel.h"
#include "gui/mainwindow.h"
#include "gui/publicurldialog.h"
#include "gui/receivertlsdialog.h"
#include "sim/simulatorprofile.h"
#include "testcertificates.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Events::HandlerAnswer;

namespace {

Events::EventRecord receivedEvent(qint64 seq)
{
    Journal::Entry entry;
    entry.seq = seq;
    entry.receivedAt = QDateTime(QDate(2026, 12, 6), QTime(10, 0, 0), Qt::UTC);
    entry.method = "POST";
    entry.target = "/hooks/vipps";
    entry.status = 200;
    entry.result = QStringLiteral("valid");
    entry.body = R"({"reference":"order-1","name":"CAPTURED"})";
    return Events::EventRecord::fromJournal(entry);
}

HandlerAnswer answered(qint64 seq, HandlerAnswer::Kind kind, int status, const QByteArray &body)
{
    Journal::Forward forward;
    forward.forwardOf = seq;
    forward.sentAt = QDateTime(QDate(2026, 12, 6), QTime(10, 0, 1), Qt::UTC);
    forward.to = QStringLiteral("http://127.0.0.1:3000/vipps");
    forward.status = status;
    forward.elapsedMs = 12;
    forward.headers = {{"Content-Type", "application/json"}, {"X-Note", "bell\x07here"}};
    forward.body = body;
    return {kind, forward};
}

HandlerAnswer failed(qint64 seq)
{
    HandlerAnswer answer = answered(seq, HandlerAnswer::Kind::Replayed, 0, {});
    answer.answer.headers.clear();
    answer.answer.elapsedMs = 3;
    answer.answer.error = QStringLiteral("Connection refused\x1b[31m");
    return answer;
}

} // namespace

namespace {

// The window on a workspace of its own (receiver on a free port, no simulator), started.
struct StartedWindow
{
    explicit StartedWindow(Workbench::AppSettings *appSettings = nullptr) : window(&workspace, appSettings)
    {
        window.show();
        Workbench::WorkspaceOptions options;
        options.receiver.port = 0;
        options.startSimulator = false;
        workspace.start(options);
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat};
    Credentials::ProfileStore profiles{&settings};
    Credentials::MemorySecretStore secrets;
    Workbench::Workspace workspace{&profiles, &secrets};
    Gui::MainWindow window;
};

} // namespace

class TstForwardingViews : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void handlerTabShowsTheAnswers();
    void handlerTabExplainsWhenEmpty();
    void handlerTabFollowsNewAnswers();
    void forwardDialogChecksAndKeepsTheRoutes();
    void publicUrlDialogDetectsAndKeepsTheAddress();
    void receiverSpeaksHttpsFromTheDialog();

private:
    QTreeWidget *list() const { return m_inspector->findChild<QTreeWidget *>(QStringLiteral("handlerAnswerList")); }
    QString text(const char *objectName) const
    {
        return m_inspector->findChild<QLabel *>(QString::fromLatin1(objectName))->text();
    }
    QString body() const
    {
        return m_inspector->findChild<QPlainTextEdit *>(QStringLiteral("handlerBodyText"))->toPlainText();
    }
    QTabWidget *tabs() const { return m_inspector->findChild<QTabWidget *>(QStringLiteral("tabs")); }

    std::unique_ptr<Gui::InspectorPanel> m_inspector;
};

void TstForwardingViews::cleanup()
{
    m_inspector.reset();
}

void TstForwardingViews::handlerTabShowsTheAnswers()
{
    m_inspector = std::make_unique<Gui::InspectorPanel>();
    m_inspector->show();
    Events::EventRecord record = receivedEvent(7);
    HandlerAnswer truncated = answered(7, HandlerAnswer::Kind::Edited, 500, "oops, a long page");
    truncated.answer.bodyTruncated = true;
    record.handlerAnswers = {answered(7, HandlerAnswer::Kind::Forwarded, 200, R"({"ok":true,"n":[1,2]})"), failed(7),
                             truncated};
    m_inspector->setRecord(record);

    const int tab = tabs()->indexOf(m_inspector->handlerAnswers());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs()->tabText(tab), QStringLiteral("Handler (3)"));
    QCOMPARE(list()->topLevelItemCount(), 3);
    QCOMPARE(list()->topLevelItem(0)->text(1), QStringLiteral("forwarded"));
    QCOMPARE(list()->topLevelItem(1)->text(1), QStringLiteral("replayed"));
    QCOMPARE(list()->topLevelItem(2)->text(1), QStringLiteral("edited and replayed"));
    QCOMPARE(list()->topLevelItem(0)->text(3), QStringLiteral("200 · 12 ms"));
    QCOMPARE(list()->topLevelItem(1)->text(3), QStringLiteral("failed"));

    // The newest is picked first.
    QCOMPARE(list()->currentItem(), list()->topLevelItem(2));
    QVERIFY2(text("handlerStatusLabel").startsWith(QLatin1String("HTTP 500 in 12 ms.")),
             qPrintable(text("handlerStatusLabel")));
    QVERIFY2(body().startsWith(QLatin1String("oops, a long page\n")), qPrintable(body()));
    QVERIFY2(body().endsWith(QStringLiteral("… more not kept")), qPrintable(body()));

    list()->setCurrentItem(list()->topLevelItem(0));
    QVERIFY2(text("handlerStatusLabel").startsWith(QLatin1String("HTTP 200 in 12 ms. Sent ")),
             qPrintable(text("handlerStatusLabel")));
    QVERIFY(text("handlerStatusLabel").contains(QLatin1String("http://127.0.0.1:3000/vipps")));
    const auto *headers = m_inspector->findChild<QTableWidget *>(QStringLiteral("handlerHeadersTable"));
    QCOMPARE(headers->rowCount(), 2);
    QCOMPARE(headers->item(1, 0)->text(), QStringLiteral("X-Note"));
    QCOMPARE(headers->item(1, 1)->text(), QStringLiteral("bell\\x07here"));
    QVERIFY2(body().contains(QLatin1String("\"ok\": true")), qPrintable(body())); // pretty JSON
    QVERIFY(text("handlerBodyLabel").contains(QLatin1String("JSON")));

    list()->setCurrentItem(list()->topLevelItem(1));
    const QString status = text("handlerStatusLabel");
    QVERIFY2(status.startsWith(QLatin1String("No answer (after 3 ms): Connection refused\\x1b[31m.")),
             qPrintable(status));
    QCOMPARE(headers->rowCount(), 0);
    QCOMPARE(text("handlerBodyLabel"), QStringLiteral("No body."));
}

void TstForwardingViews::handlerTabExplainsWhenEmpty()
{
    m_inspector = std::make_unique<Gui::InspectorPanel>();
    m_inspector->show();
    const auto *stack = m_inspector->findChild<QStackedWidget *>();
    QVERIFY(text("handlerEmptyLabel").contains(QLatin1String("Select an event")));
    m_inspector->setRecord(receivedEvent(3));
    QVERIFY2(text("handlerEmptyLabel").contains(QStringLiteral("Receiver → Forward to…")),
             qPrintable(text("handlerEmptyLabel")));
    QVERIFY(text("handlerEmptyLabel").contains(QLatin1String("context menu")));
    QCOMPARE(tabs()->tabText(tabs()->indexOf(m_inspector->handlerAnswers())), QStringLiteral("Handler"));
    QVERIFY(stack != nullptr);
    QCOMPARE(list()->topLevelItemCount(), 0);
    QVERIFY(!list()->isVisible());
}

// An answer joining the event shown is shown at once; the older answer picked stays picked; another event's answer
// changes nothing.
void TstForwardingViews::handlerTabFollowsNewAnswers()
{
    Events::EventLogModel model;
    model.append({receivedEvent(1), receivedEvent(2)});
    m_inspector = std::make_unique<Gui::InspectorPanel>();
    m_inspector->followAnswersOf(&model);
    m_inspector->show();
    m_inspector->setRecord(model.record(1));
    QVERIFY(model.addHandlerAnswer(answered(2, HandlerAnswer::Kind::Forwarded, 200, "{}")));
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(tabs()->tabText(tabs()->indexOf(m_inspector->handlerAnswers())), QStringLiteral("Handler (1)"));
    QVERIFY(model.addHandlerAnswer(answered(2, HandlerAnswer::Kind::Resigned, 401, "{}")));
    QCOMPARE(list()->topLevelItemCount(), 2);
    QCOMPARE(list()->currentItem(), list()->topLevelItem(1)); // the newest, as nothing older was picked

    list()->setCurrentItem(list()->topLevelItem(0));
    QVERIFY(model.addHandlerAnswer(answered(2, HandlerAnswer::Kind::Replayed, 204, {})));
    QCOMPARE(list()->topLevelItemCount(), 3);
    QCOMPARE(list()->currentItem(), list()->topLevelItem(0));
    QVERIFY(model.addHandlerAnswer(answered(1, HandlerAnswer::Kind::Forwarded, 500, {})));
    QCOMPARE(list()->topLevelItemCount(), 3);
}

void TstForwardingViews::forwardDialogChecksAndKeepsTheRoutes()
{
    StartedWindow started;
    Credentials::ProfileStore &profiles = started.profiles;
    Workbench::Workspace &workspace = started.workspace;
    Gui::MainWindow &window = started.window;
    QTRY_COMPARE(workspace.session().profile().name, Sim::SimulatorProfile::name());
    auto *status = window.findChild<QLabel *>(QStringLiteral("forwardingStatus"));
    QVERIFY(status && !status->isVisible());

    window.findChild<QAction *>(QStringLiteral("forwardToAction"))->trigger();
    auto *dialog = window.findChild<Gui::ForwardDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->stopButton()->isEnabled()); // nothing to stop
    dialog->routesEdit()->setPlainText(QStringLiteral("http://localhost:3000/vipps\nnosuch.type=http://x.example/"));
    QTest::mouseClick(dialog->forwardButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused, with the reason
    QVERIFY(dialog->messageLabel()->isVisible());
    QVERIFY2(dialog->messageLabel()->text().startsWith(QLatin1String("Line 2: 'nosuch.type'")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(profiles.forwardTo(Sim::SimulatorProfile::name()).isEmpty());
    dialog->routesEdit()->setPlainText(QStringLiteral("localhost:3000/vipps\n\ncaptured=http://127.0.0.1:4000/c"));
    QVERIFY(!dialog->messageLabel()->isVisible());
    QTest::mouseClick(dialog->forwardButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<Gui::ForwardDialog *>());

    const QStringList kept{QStringLiteral("http://localhost:3000/vipps"),
                           QStringLiteral("epayments.payment.captured.v1=http://127.0.0.1:4000/c")};
    QCOMPARE(profiles.forwardTo(Sim::SimulatorProfile::name()), kept);
    QCOMPARE(workspace.receiver().forwardRoutes().size(), 2);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Forwarding to 2 handlers"));

    QTest::mouseClick(status, Qt::LeftButton);
    dialog = window.findChild<Gui::ForwardDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->routesEdit()->toPlainText(), kept.join(u'\n'));
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<Gui::ForwardDialog *>());
    QVERIFY(profiles.forwardTo(Sim::SimulatorProfile::name()).isEmpty());
    QVERIFY(workspace.receiver().forwardRoutes().isEmpty());
    QVERIFY(!status->isVisible());
}

// Receiver → Public URL…: nothing found says how to start a tunnel; a tunnel to the receiver's port fills the field;
// saved, it is the profile's and the status bar names it.
void TstForwardingViews::publicUrlDialogDetectsAndKeepsTheAddress()
{
    StartedWindow started;
    Credentials::ProfileStore &profiles = started.profiles;
    Workbench::Workspace &workspace = started.workspace;
    Gui::MainWindow &window = started.window;
    QTRY_COMPARE(workspace.receiver().state(), Workbench::ReceiverService::State::Listening);
    QTRY_COMPARE(workspace.session().profile().name, Sim::SimulatorProfile::name());
    CannedServer ngrok;
    QVERIFY(ngrok.start());
    Tunnel::TunnelFinder::Sources sources;
    sources.ngrokApi = ngrok.baseUrl();
    sources.cloudflaredMetrics.clear();
    workspace.publicAddress().setTunnelSources(sources);

    window.findChild<QAction *>(QStringLiteral("publicUrlAction"))->trigger();
    auto *dialog = window.findChild<Gui::PublicUrlDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->detectButton(), Qt::LeftButton); // the agent answers 404: no tunnel
    QTRY_VERIFY2(dialog->messageText().contains(QStringLiteral("No tunnel to port %1 was found. Start one with 'ngrok "
                                                               "http %1'")
                                                    .arg(workspace.receiver().port())),
                 qPrintable(dialog->messageText()));
    QVERIFY(dialog->urlEdit()->text().isEmpty());

    ngrok.enqueueJson("/api/tunnels", 200,
                      R"({"tunnels":[{"name":"hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",)"
                      R"("config":{"addr":"http://localhost:)" +
                          QByteArray::number(workspace.receiver().port()) + R"("}}]})");
    QTest::mouseClick(dialog->detectButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog->urlEdit()->text(), QStringLiteral("https://a1b2c3.ngrok.app"));
    QVERIFY(dialog->messageText().startsWith(QStringLiteral("Found ngrok's tunnel")));
    dialog->urlEdit()->setText(QStringLiteral("ftp://nope"));
    QVERIFY(!dialog->messageText().isEmpty());
    dialog->urlEdit()->setText(QStringLiteral("https://a1b2c3.ngrok.app"));
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<Gui::PublicUrlDialog *>());
    QCOMPARE(profiles.publicUrl(Sim::SimulatorProfile::name()), QUrl(QStringLiteral("https://a1b2c3.ngrok.app")));
    // The simulator delivers to this machine: its deliveries are still checked for the Host they come with.
    QVERIFY(workspace.receiver().publicUrl().isEmpty());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("receiverStatus"))->text().contains(QStringLiteral(" via ")));
}

// Receiver → HTTPS…: files that cannot be used are said and change nothing; a certificate and key restart the
// receiver on its port speaking TLS, kept in the settings (the passphrase never); Plain HTTP turns it off again.
void TstForwardingViews::receiverSpeaksHttpsFromTheDialog()
{
    TestCertificates certificates;
    const QByteArray made = certificates.make();
    QVERIFY2(made.isEmpty(), made.constData());
    QTemporaryDir dir;
    Workbench::AppSettings appSettings(dir.filePath(QStringLiteral("workbench.ini")));
    StartedWindow started(&appSettings);
    Workbench::Workspace &workspace = started.workspace;
    Gui::MainWindow &window = started.window;
    QTRY_COMPARE(workspace.receiver().state(), Workbench::ReceiverService::State::Listening);
    const quint16 port = workspace.receiver().port();

    window.findChild<QAction *>(QStringLiteral("receiverTlsAction"))->trigger();
    auto *dialog = window.findChild<Gui::ReceiverTlsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->certEdit()->setText(certificates.path("receiver-cert.pem"));
    dialog->keyEdit()->setText(certificates.path("receiver-key-encrypted.pem"));
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useTlsButton"));
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("is encrypted: give its passphrase")),
             qPrintable(dialog->messageText()));
    QVERIFY(!workspace.receiver().usesTls());
    dialog->passphraseEdit()->setText(QString::fromLatin1(TestCertificates::Passphrase));
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<Gui::ReceiverTlsDialog *>());
    QTRY_COMPARE(workspace.receiver().state(), Workbench::ReceiverService::State::Listening);
    QCOMPARE(workspace.receiver().port(), port);
    QCOMPARE(workspace.receiverHookUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(appSettings.receiverTlsKeyPath(), certificates.path("receiver-key-encrypted.pem"));
    const QSettings kept(dir.filePath(QStringLiteral("workbench.ini")), QSettings::IniFormat);
    for (const QString &key : kept.allKeys())
        QVERIFY(!kept.value(key).toString().contains(QLatin1String(TestCertificates::Passphrase)));

    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY(QTest::qWaitFor([&] { return client.isEncrypted(); }, 10000));
    client.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QVERIFY(QTest::qWaitFor([&] { return (answer += client.readAll()).contains("\r\n\r\n"); }, 10000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());

    window.findChild<QAction *>(QStringLiteral("receiverTlsAction"))->trigger();
    dialog = window.findChild<Gui::ReceiverTlsDialog *>();
    QCOMPARE(dialog->certEdit()->text(), certificates.path("receiver-cert.pem"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("plainHttpButton")), Qt::LeftButton);
    QTRY_COMPARE(workspace.receiverHookUrl().scheme(), QStringLiteral("http"));
    QVERIFY(appSettings.receiverTlsCertPath().isEmpty());
}

QTEST_MAIN(TstForwardingViews)
#include "tst_forwardingviews.moc"
