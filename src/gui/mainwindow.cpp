// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "gui/credentialspanel.h"
#include "gui/deliverylogpanel.h"
#include "gui/environmentlooks.h"
#include "gui/eventlogmenu.h"
#include "gui/eventlogpanel.h"
#include "gui/focusring.h"
#include "gui/forwardingmenu.h"
#include "gui/handlertools.h"
#include "gui/inspectorpanel.h"
#include "gui/paymentspanel.h"
#include "gui/quickstartpanel.h"
#include "gui/quickstartsteps.h"
#include "gui/readme.h"
#include "gui/receiverquestions.h"
#include "gui/receivertlsdialog.h"
#include "gui/requestlogpanel.h"
#include "gui/shortcutsdialog.h"
#include "gui/statusbarlabels.h"
#include "gui/webhooksecretoffer.h"
#include "gui/webhookspanel.h"
#include "ui_mainwindow.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>

namespace Gui {

MainWindow::MainWindow(Workbench::Workspace *workspace, Workbench::AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace), m_settings(settings)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vipps-workbench.svg")));
    buildPanels();
    buildDocks();
    m_status = new StatusBarLabels(workspace, m_ui->statusBar);
    m_steps = new QuickStartSteps(workspace, {m_quickStart, m_credentials, m_webhooks, m_payments, m_eventLog}, this);
    connect(m_steps, &QuickStartSteps::credentialsWanted, this, [this] { showTab(Tab::Credentials); });
    connect(m_steps, &QuickStartSteps::paymentsWanted, this, [this] { showTab(Tab::Payments); });
    connectWorkspace();
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->changePortAction, &QAction::triggered, this, &MainWindow::changeReceiverPort);
    connect(m_status, &StatusBarLabels::receiverClicked, this, &MainWindow::changeReceiverPort);
    auto *forwarding = new ForwardingMenu(workspace, m_ui->forwardToAction, m_status, m_ui->statusBar, this);
    forwarding->addPublicUrl(m_ui->publicUrlAction);
    connect(m_ui->receiverTlsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ReceiverTlsDialog(m_workspace, m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->acceptAllAction, &QAction::toggled, &workspace->receiver(),
            &Workbench::ReceiverService::setAcceptAll);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    buildLanguageMenu();
    buildHelpMenu();
    m_tools = new HandlerTools(workspace, this, m_ui->fileMenu, m_ui->helpMenu);
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        FocusRing::applyTo(view);
    restoreLayout();
    updateProfileLooks();
}

// The language is chosen at start (system locale, or this choice); a change applies at the next start.
void MainWindow::buildLanguageMenu()
{
    QMenu *menu = m_ui->viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QList<std::pair<QString, QString>> languages{{QString(), tr("System default")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
                                                       {QStringLiteral("da"), QStringLiteral("Dansk")},
                                                       {QStringLiteral("fi"), QStringLiteral("Suomi")}};
    const QString current = m_settings ? m_settings->language() : QString();
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (m_settings)
                m_settings->setLanguage(code);
            statusBar()->showMessage(tr("The language changes the next time the app starts."), 8000);
        });
    }
    menu->setEnabled(m_settings != nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    Workbench::Workspace *workspace = m_workspace;
    m_eventLog = new EventLogPanel(&workspace->events(), this);
    m_inspector = new InspectorPanel(this);
    m_ui->logSplitter->addWidget(m_eventLog);
    m_ui->logSplitter->addWidget(m_inspector);
    m_ui->logSplitter->setStretchFactor(0, 1);
    m_ui->logSplitter->setStretchFactor(1, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_tabs->setAccessibleName(tr("Workbench panels"));
    m_quickStart = new QuickStartPanel(&workspace->quickStart(), m_tabs);
    m_credentials = new CredentialsPanel(&workspace->profileEditing(), m_tabs);
    m_webhooks = new WebhooksPanel(
        &workspace->webhooks(), [workspace] { return workspace->suggestedHookUrl(); }, m_tabs);
    m_payments = new PaymentsPanel(&workspace->payments(), m_tabs);
    // Each page scrolls when the window is small, rather than clip its text or hold the dock wide.
    const auto scrolling = [](QWidget *panel) {
        auto *area = new QScrollArea;
        area->setWidget(panel);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolling(m_quickStart), tr("&Quick start"));
    m_tabs->addTab(scrolling(m_credentials), tr("&Credentials"));
    m_tabs->addTab(scrolling(m_webhooks), tr("&Webhooks"));
    m_tabs->addTab(scrolling(m_payments), tr("&Payments"));
    connect(m_eventLog, &EventLogPanel::currentRecordChanged, this, &MainWindow::showRecord);
    m_inspector->followAnswersOf(&workspace->events());
    auto *menu = new EventLogMenu(m_eventLog, &workspace->events(), &workspace->replays());
    connect(menu, &EventLogMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(menu, &EventLogMenu::packRequested, this,
            [this](const QList<Journal::Entry> &entries) { m_tools->newPackFrom(entries); });
    connectSecretOffer();
}

// The inspector offers to add the secret of a webhook a delivery named; the session keeps it like the others.
void MainWindow::connectSecretOffer()
{
    Workbench::ProfileSession *session = &m_workspace->session();
    WebhookSecretOffer *offer = m_inspector->secretOffer();
    offer->setCheck(
        [session](const Signature::Verification &verification) { return session->canTakeSecretFor(verification); });
    connect(offer, &WebhookSecretOffer::secretEntered, session, &Workbench::ProfileSession::rememberWebhook);
    connect(session, &Workbench::ProfileSession::webhookSecretsChanged, offer, &WebhookSecretOffer::recheck);
    connect(session, &Workbench::ProfileSession::stateChanged, offer, &WebhookSecretOffer::recheck);
}

void MainWindow::buildDocks()
{
    auto *panels = new QDockWidget(tr("Workbench"), this);
    panels->setObjectName(QStringLiteral("panelsDock"));
    panels->setWidget(m_tabs);
    panels->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, panels);

    m_requests = new RequestLogPanel(&m_workspace->requests(), this);
    auto *requests = new QDockWidget(tr("Outgoing requests"), this);
    requests->setObjectName(QStringLiteral("requestsDock"));
    requests->setWidget(m_requests);
    addDockWidget(Qt::BottomDockWidgetArea, requests);
    QDockWidget *deliveries = buildDeliveriesDock();
    tabifyDockWidget(requests, deliveries);
    requests->raise();
    m_ui->viewMenu->addAction(panels->toggleViewAction());
    m_ui->viewMenu->addAction(requests->toggleViewAction());
    m_ui->viewMenu->addAction(deliveries->toggleViewAction());
    resizeDocks({panels}, {600}, Qt::Horizontal);
    resizeDocks({requests}, {180}, Qt::Vertical);
}

// Beside the outgoing requests, titled with the failures so far, which the tab shows even when not in front.
QDockWidget *MainWindow::buildDeliveriesDock()
{
    Workbench::DeliveryLogModel *model = &m_workspace->deliveries();
    auto *dock = new QDockWidget(DeliveryLogPanel::title(model->failedCount()), this);
    dock->setObjectName(QStringLiteral("deliveriesDock"));
    dock->setWidget(new DeliveryLogPanel(model, dock));
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(model, &Workbench::DeliveryLogModel::failedCountChanged, dock,
            [dock](int failed) { dock->setWindowTitle(DeliveryLogPanel::title(failed)); });
    return dock;
}

void MainWindow::connectWorkspace()
{
    connect(&m_workspace->session(), &Workbench::ProfileSession::stateChanged, this, &MainWindow::updateProfileLooks);
    connect(m_workspace, &Workbench::Workspace::registrationsOutdated, this,
            [this](const QList<Api::Webhook> &webhooks, const QUrl &from, const QUrl &to) {
                ReceiverQuestions::moveRegistrations(this, int(webhooks.size()), from, to,
                                                     [this] { m_workspace->moveRegistrations(); });
            });
    connect(&m_workspace->receiver(), &Workbench::ReceiverService::moveFailed, this,
            [this](quint16 port, const QString &message) {
                ReceiverQuestions::portRefused(this, port, message, m_workspace->receiverHookUrl());
            });
    connect(&m_workspace->session(), &Workbench::ProfileSession::stateChanged, this, &MainWindow::showStorageNotice);
    connect(&m_workspace->receiver(), &Workbench::ReceiverService::stateChanged, this, [this] {
        const QUrl hook = m_workspace->receiverHookUrl();
        m_eventLog->setEmptyHint(hook.isEmpty()
                                     ? tr("The receiver is not running: %1").arg(m_workspace->receiver().lastError())
                                     : tr("No events yet. Deliveries to %1 appear here.").arg(hook.toString()));
    });
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::showRecord(int sourceRow)
{
    if (sourceRow < 0) {
        m_inspector->clear();
        return;
    }
    m_inspector->setRecord(m_workspace->inspected(sourceRow));
}

void MainWindow::showBanner(const QString &text)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
}

// Without a keychain: said once, in plain words; the keychain's own words are in the tooltip for whoever looks.
void MainWindow::showStorageNotice()
{
    const Workbench::ProfileSession &session = m_workspace->session();
    showBanner(session.storageNotice());
    m_ui->bannerLabel->setToolTip(session.secretStore()->fallbackReason());
}

void MainWindow::updateProfileLooks()
{
    const Credentials::Profile &profile = m_workspace->session().profile();
    const QString environment = EnvironmentLooks::name(profile.environment);
    setWindowTitle(tr("%1 (%2) – Vipps Webhook Workbench").arg(profile.name, environment));
    m_quickStart->setIntro(profile.environment == Credentials::Environment::Simulator
                               ? tr("Profile \"%1\" talks to the simulator inside this app: nothing leaves this "
                                    "machine and no keys are needed.")
                                     .arg(profile.name)
                               : tr("Profile \"%1\" talks to Vipps MobilePay (%2).").arg(profile.name, environment));
}

void MainWindow::changeReceiverPort()
{
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Receiver port"),
                                          tr("Port for the embedded receiver on 127.0.0.1 (0 picks a free one):"),
                                          m_workspace->receiver().port(), 0, 65535, 1, &ok);
    if (ok)
        m_workspace->moveReceiver(quint16(port));
}

void MainWindow::buildHelpMenu()
{
    QAction *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *readme = new QAction(tr("&README"), this);
    readme->setObjectName(QStringLiteral("readmeAction"));
    connect(readme, &QAction::triggered, this, &MainWindow::openReadme);
    m_ui->helpMenu->insertActions(m_ui->aboutAction, {shortcuts, readme});
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);
}

// Opened where something can show it; otherwise its place is said, so it can be opened by hand.
void MainWindow::openReadme()
{
    const QString path = Readme::path();
    if (!path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    QMessageBox::information(this, tr("README"),
                             path.isEmpty() ? tr("The README is not installed on this machine; it is README.md in the "
                                                 "project's sources.")
                                            : tr("Nothing on this machine opens it; the README is %1.").arg(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vipps Webhook Workbench"),
                       tr("<p><b>Vipps Webhook Workbench %1</b></p><p>Register Vipps MobilePay webhooks, create test "
                          "payments, and see every delivery arrive with its signature explained. Everything stays "
                          "on this machine.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings ? m_settings->windowState(QStringLiteral("geometry")) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: the designed size, or what the screen has room for.
        const QRect room = screen()->availableGeometry();
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    }
    if (!m_settings)
        return;
    restoreState(m_settings->windowState(QStringLiteral("docks")));
    m_ui->logSplitter->restoreState(m_settings->windowState(QStringLiteral("logSplitter")));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // After the dock layout has taken the new size in.
    QMetaObject::invokeMethod(this, &MainWindow::fitDocks, Qt::QueuedConnection);
}

void MainWindow::fitDocks()
{
    constexpr int CentralWidth = 540;  // the event log's columns and the inspector's steps, readable
    constexpr int CentralHeight = 520; // a few rows of the log and the inspector's first steps
    const auto giveWay = [this](const char *name, int excess, Qt::Orientation orientation) {
        auto *dock = findChild<QDockWidget *>(QLatin1String(name));
        if (!dock || dock->isFloating() || !dock->isVisible() || excess <= 0)
            return;
        const bool across = orientation == Qt::Horizontal;
        const int now = across ? dock->width() : dock->height();
        const int least = across ? dock->minimumSizeHint().width() : dock->minimumSizeHint().height();
        if (now > least)
            resizeDocks({dock}, {std::max(least, now - excess)}, orientation);
    };
    giveWay("panelsDock", CentralWidth - centralWidget()->width(), Qt::Horizontal);
    giveWay("requestsDock", CentralHeight - centralWidget()->height(), Qt::Vertical);
    giveWay("deliveriesDock", CentralHeight - centralWidget()->height(), Qt::Vertical); // the tab beside it
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setWindowState(QStringLiteral("geometry"), saveGeometry());
        m_settings->setWindowState(QStringLiteral("docks"), saveState());
        m_settings->setWindowState(QStringLiteral("logSplitter"), m_ui->logSplitter->saveState());
        if (m_workspace->receiver().port() != 0)
            m_settings->setReceiverPort(m_workspace->receiver().port());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Gui
