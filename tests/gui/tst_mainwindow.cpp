// SPDX-License-Identifier: MIT
// The whole quick start through the real window against the in-process simulator: the token step ticks itself
// when the first call fetches one, the quick start's buttons register the embedded receiver, create and approve
// a payment, and the signed events show in the log as valid and in the inspector; plus the production look, a
// receiver that cannot start, the quick start's error, which belongs to the profile it happened with, a port
// change that offers to move the registrations to the receiver's new address, failed deliveries shown, no
// keychain said in plain words, and the secret of a webhook registered elsewhere added in the inspector.
#include "awaitcall.h"
#include "cannedserver.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "gui/credentialspanel.h"
#include "gui/eventlogpanel.h"
#include "gui/inspectorpanel.h"
#include "gui/mainwindow.h"
#include "gui/quickstartpanel.h"
#include "gui/webhookspanel.h"
#include "nokeychain.h"
#include "sim/simulatorprofile.h"
#include "workbench/webhooklistmodel.h"
#include "workbench/workspace.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Step = Workbench::QuickStart::Step;

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quickStartThroughTheWindow();
    void registerClickedWhileListingIsNotLost();
    void productionIsUnmistakable();
    void receiverThatCannotStartSaysWhy();
    void portChangeOffersToMoveTheWebhooks();
    void takenPortKeepsTheReceiverAndSaysSo();
    void quickStartErrorGoesWithItsProfile();
    void failedDeliveriesAreShown();
    void noKeychainSaidOnceInPlainWords();
    void addTheSecretOfAWebhookRegisteredElsewhere();

private:
    void startWorkspace(quint16 receiverPort = 0);
    void click(Step step);
    QString labelText(const char *objectName) const;
    static int columnNamed(const QAbstractItemModel *model, const QString &header);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workbench::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TstMainWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workbench::Workspace>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<Gui::MainWindow>(m_workspace.get(), nullptr);
    m_window->show();
}

void TstMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TstMainWindow::startWorkspace(quint16 receiverPort)
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = receiverPort;
    options.receiver.anyPortIfTaken = false;
    options.simulator.port = 0;
    m_workspace->start(options);
}

void TstMainWindow::click(Step step)
{
    QPushButton *button = m_window->quickStartPanel()->actionButton(step);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TstMainWindow::labelText(const char *objectName) const
{
    const auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

int TstMainWindow::columnNamed(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    qWarning("no column %s", qPrintable(header));
    return -1;
}

void TstMainWindow::quickStartThroughTheWindow()
{
    startWorkspace();
    Workbench::Workspace &workspace = *m_workspace;
    Workbench::QuickStart &quickStart = workspace.quickStart();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.simulator().isRunning() && quickStart.isDone(Step::Setup), 15000);
    QTRY_VERIFY(labelText("receiverStatus").contains(QLatin1String("/hooks/vipps")));
    QVERIFY(labelText("profileStatus").contains(QLatin1String("simulator")));

    // The webhooks panel lists the registrations as soon as the profile is ready, which fetches the token.
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Token), 15000);
    QVERIFY(!m_window->quickStartPanel()->actionButton(Step::Token)->isVisible());
    QTRY_VERIFY(!workspace.webhooks().isBusy());
    click(Step::Register);
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Register), 15000);
    QTRY_COMPARE(m_window->webhooksPanel()->model()->rowCount(), 1);
    click(Step::Trigger);
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Trigger), 15000);

    Events::EventLogModel &events = workspace.events();
    QTRY_COMPARE_WITH_TIMEOUT(events.rowCount(), 2, 15000);
    for (int row = 0; row < events.rowCount(); ++row)
        QCOMPARE(events.record(row).verification.result, Signature::Result::Valid);
    QCOMPARE(events.record(1).summary.name, QStringLiteral("AUTHORIZED"));
    QVERIFY(quickStart.isComplete());
    QVERIFY(labelText("eventsStatus").contains(QLatin1Char('2')));

    click(Step::View);
    QTRY_COMPARE(m_window->eventLogPanel()->currentSourceRow(), 1);
    const QString summary = labelText("summaryLabel");
    QVERIFY2(summary.contains(QLatin1String("AUTHORIZED")), qPrintable(summary));
}

void TstMainWindow::productionIsUnmistakable()
{
    Credentials::Profile production;
    production.name = QStringLiteral("acme-live");
    production.environment = Credentials::Environment::Production;
    production.clientId = QStringLiteral("live-client");
    production.merchantSerialNumber = QStringLiteral("654321");
    QVERIFY(m_profiles->save(production));
    m_profiles->setLastUsed(production.name);
    startWorkspace();
    QTRY_COMPARE(m_workspace->session().profile().name, production.name);
    QTRY_VERIFY(m_window->windowTitle().contains(QLatin1String("PRODUCTION")));
    const auto *profile = m_window->findChild<QLabel *>(QStringLiteral("profileStatus"));
    QVERIFY(profile->text().contains(QLatin1String("PRODUCTION")));
    QVERIFY(profile->autoFillBackground());
    QVERIFY(profile->font().bold());
}

void TstMainWindow::receiverThatCannotStartSaysWhy()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    startWorkspace(occupier.serverPort());
    const QString port = QString::number(occupier.serverPort());
    QTRY_VERIFY(labelText("receiverStatus").contains(QLatin1String("not running")));
    QVERIFY(labelText("receiverStatus").contains(port));
    QVERIFY(m_window->eventLogPanel()->emptyHint().contains(port));
}

// The webhooks workflow makes one call at a time: step 3's button pressed while the list is loading still registers.
void TstMainWindow::registerClickedWhileListingIsNotLost()
{
    startWorkspace();
    Workbench::QuickStart &quickStart = m_workspace->quickStart();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->simulator().isRunning() && quickStart.isDone(Step::Setup), 15000);
    QTRY_VERIFY(!m_workspace->receiverHookUrl().isEmpty() && !m_workspace->webhooks().isBusy());
    m_workspace->webhooks().refresh();
    QVERIFY(m_workspace->webhooks().isBusy());
    click(Step::Register);
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Register), 15000);
}

// Registered through the quick start, then the port changes: a question names the old address, step 3 is undone,
// and one click moves the registration to the new address.
void TstMainWindow::portChangeOffersToMoveTheWebhooks()
{
    startWorkspace();
    Workbench::QuickStart &quickStart = m_workspace->quickStart();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->simulator().isRunning() && quickStart.isDone(Step::Setup), 15000);
    QTRY_VERIFY(!m_workspace->receiverHookUrl().isEmpty());
    const QUrl oldUrl = m_workspace->receiverHookUrl();
    click(Step::Register);
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Register), 15000);
    QTRY_VERIFY(!m_window->webhooksPanel()->isBusy() && m_window->webhooksPanel()->model()->rowCount() == 1);

    m_workspace->moveReceiver(closedPort());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("moveWebhooksQuestion"))));
    QVERIFY(question->isVisible());
    const QUrl newUrl = m_workspace->receiverHookUrl();
    QVERIFY2(question->text().contains(oldUrl.toString()), qPrintable(question->text()));
    QVERIFY2(question->text().contains(newUrl.toString()), qPrintable(question->text()));
    QVERIFY(!quickStart.isDone(Step::Register));

    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("moveWebhooksButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(quickStart.isDone(Step::Register), 15000);
    QTRY_VERIFY(!m_window->webhooksPanel()->isBusy() && m_window->webhooksPanel()->model()->rowCount() == 1);
    QCOMPARE(m_window->webhooksPanel()->model()->webhookAt(0).url, newUrl);
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("moveWebhooksQuestion")));
}

// Receiver → Change port to a port in use: the receiver keeps running where it was, and a message box says so.
void TstMainWindow::takenPortKeepsTheReceiverAndSaysSo()
{
    startWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->receiverHookUrl().isEmpty(), 15000);
    const QUrl hookUrl = m_workspace->receiverHookUrl();
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString taken = QString::number(occupier.serverPort());

    m_workspace->moveReceiver(occupier.serverPort());
    QMessageBox *message = nullptr;
    QTRY_VERIFY((message = m_window->findChild<QMessageBox *>(QStringLiteral("receiverPortMessage"))));
    QVERIFY(message->isVisible());
    QCOMPARE(message->icon(), QMessageBox::Warning);
    QVERIFY2(message->text().contains(taken), qPrintable(message->text()));
    QVERIFY2(message->text().contains(hookUrl.toString()), qPrintable(message->text()));
    QVERIFY2(message->informativeText().contains(QLatin1String("in use")), qPrintable(message->informativeText()));
    QCOMPARE(m_workspace->receiver().state(), Workbench::ReceiverService::State::Listening);
    QCOMPARE(m_workspace->receiverHookUrl(), hookUrl);
    QVERIFY(labelText("receiverStatus").contains(hookUrl.toString()));
    message->accept();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("receiverPortMessage")));
}

// A token refused for one profile is not said under the steps of the next: both simulator profiles here are
// complete, so nothing but the switch itself changes.
void TstMainWindow::quickStartErrorGoesWithItsProfile()
{
    Credentials::Profile other = Sim::SimulatorProfile::defaultProfile();
    other.name = QStringLiteral("simulator-2");
    QVERIFY(m_profiles->save(other));
    QVERIFY(m_profiles->save(Sim::SimulatorProfile::defaultProfile()));
    m_profiles->setLastUsed(Sim::SimulatorProfile::name());
    startWorkspace();
    Workbench::Workspace &workspace = *m_workspace;
    QTRY_VERIFY_WITH_TIMEOUT(workspace.quickStart().isDone(Step::Setup), 15000);
    QCOMPARE(workspace.session().profile().name, Sim::SimulatorProfile::name());
    auto *error = m_window->quickStartPanel()->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    emit m_window->credentialsPanel()->errorShown(QStringLiteral("401 Unauthorized"));
    QVERIFY(error->isVisibleTo(m_window.get()));
    QVERIFY(error->text().contains(QLatin1String("401 Unauthorized")));

    workspace.profileEditing().open(other.name);
    workspace.profileEditing().useEdited();
    QTRY_VERIFY(workspace.session().profile().name == other.name &&
                workspace.session().state() == Workbench::ProfileSession::State::Ready);
    QVERIFY(workspace.quickStart().isDone(Step::Setup));
    QVERIFY(!error->isVisibleTo(m_window.get()));
}

// A webhook where nothing listens: the payment's delivery attempts show in the Deliveries tab beside the outgoing
// requests, failed, each with the time of its retry, and the retry follows.
void TstMainWindow::failedDeliveriesAreShown()
{
    startWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->simulator().isRunning() && m_workspace->quickStart().isDone(Step::Setup) &&
                                 !m_window->webhooksPanel()->isBusy(),
                             5000);
    const QUrl dead(QStringLiteral("http://127.0.0.1:9/dead"));
    m_window->webhooksPanel()->registerWebhook(dead, {QStringLiteral("epayments.payment.created.v1")});
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->webhooksPanel()->isBusy() && m_window->webhooksPanel()->model()->rowCount() == 1, 5000);
    click(Step::Trigger);

    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("deliveriesDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isHidden());
    QCOMPARE(m_window->tabifiedDockWidgets(dock).size(), 1); // beside the outgoing requests
    const auto *view = dock->findChild<QTableView *>(QStringLiteral("deliveryView"));
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 15000);
    const auto text = [model](int row, const QString &header) {
        return model->index(row, columnNamed(model, header)).data().toString();
    };
    QCOMPARE(text(0, QStringLiteral("URL")), dead.toString());
    QCOMPARE(text(0, QStringLiteral("Event")), QStringLiteral("epayments.payment.created.v1"));
    QCOMPARE(text(0, QStringLiteral("Attempt")), QStringLiteral("1"));
    const QString error = text(0, QStringLiteral("Status or error"));
    QVERIFY2(!error.isEmpty() && error != QLatin1String("200"), qPrintable(error));
    const QString retry = text(0, QStringLiteral("Next retry"));
    QVERIFY2(QTime::fromString(retry, QStringLiteral("HH:mm:ss")).isValid(), qPrintable(retry));
    QVERIFY2(dock->windowTitle().contains(QLatin1String("failed")), qPrintable(dock->windowTitle()));

    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2, 15000); // the first retry, a second later
    QCOMPARE(text(1, QStringLiteral("Attempt")), QStringLiteral("2"));
}

// Without a keychain the banner says what it means for the user, not QtKeychain's error text (that is in its
// tooltip for whoever looks closer).
void TstMainWindow::noKeychainSaidOnceInPlainWords()
{
    NoKeychain noKeychain;
    m_window.reset();
    m_workspace = std::make_unique<Workbench::Workspace>(m_profiles.get(), &noKeychain.store);
    m_window = std::make_unique<Gui::MainWindow>(m_workspace.get(), nullptr);
    m_window->show();
    auto *banner = m_window->centralWidget()->findChild<QLabel *>(QStringLiteral("bannerLabel")); // not the editor's
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(m_window.get()));
    startWorkspace();
    QTRY_COMPARE(m_workspace->session().state(), Workbench::ProfileSession::State::Ready);
    QVERIFY(banner->isVisibleTo(m_window.get()));
    QCOMPARE(banner->text(), QStringLiteral("No keychain was found on this computer, so the keys and webhook secrets "
                                            "you enter are kept in memory until the app quits."));
    QVERIFY(banner->toolTip().contains(QLatin1String("The test's keychain said no")));
    m_window.reset();
    m_workspace.reset(); // before the store it uses
}

// A webhook registered elsewhere (its secret not kept by the app): its delivery cannot be checked, the inspector
// says so in the app's words and takes the secret right there; the next delivery is valid.
void TstMainWindow::addTheSecretOfAWebhookRegisteredElsewhere()
{
    startWorkspace();
    Workbench::Workspace &workspace = *m_workspace;
    Workbench::ProfileSession &session = workspace.session();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.simulator().isRunning() &&
                                 session.state() == Workbench::ProfileSession::State::Ready &&
                                 !workspace.webhooks().isBusy(),
                             5000);
    const auto registered = AwaitCall::await<Api::RegisteredWebhook>([&](auto done) {
        session.webhooks()->registerWebhook(workspace.receiverHookUrl(),
                                            {QStringLiteral("epayments.payment.created.v1")}, done);
    });
    QVERIFY2(registered.error.ok(), qPrintable(registered.error.summary()));
    const auto createPayment = [&session](const QString &reference) {
        Api::CreatePaymentRequest request;
        request.amount = Api::Amount{4900, QStringLiteral("NOK")};
        request.reference = reference;
        request.returnUrl = QStringLiteral("https://example.com/return");
        return AwaitCall::await<Api::CreatedPayment>(
                   [&](auto done) { session.payments()->create(request, reference, done); })
            .error;
    };
    QVERIFY(createPayment(QStringLiteral("elsewhere-0001")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(workspace.events().rowCount(), 1, 5000);
    QCOMPARE(workspace.events().record(0).verification.result, Signature::Result::NoSecret);

    m_window->eventLogPanel()->selectLatest();
    const QString summary = labelText("summaryLabel");
    QVERIFY2(summary.contains(QLatin1String("this app holds no webhook secret")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("--secret")), qPrintable(summary));
    auto *offer = m_window->findChild<QWidget *>(QStringLiteral("webhookSecretOffer"));
    QVERIFY(offer);
    QVERIFY(offer->isVisibleTo(m_window.get()));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("webhookSecretEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QString::fromUtf8(registered.value.secret));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("addWebhookSecretButton")), Qt::LeftButton);
    QVERIFY(session.holdsSecretFor(registered.value.id));
    QVERIFY(labelText("webhookSecretOfferText").contains(registered.value.id));

    QVERIFY(createPayment(QStringLiteral("elsewhere-0002")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(workspace.events().rowCount(), 2, 5000);
    QCOMPARE(workspace.events().record(1).verification.result, Signature::Result::Valid);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
