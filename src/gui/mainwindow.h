// SPDX-License-Identifier: MIT
// The main window arranges the panels around the live event log: the quick start, credentials, webhooks and
// payments on the left, the inspector under the log, the outgoing requests and the simulator's deliveries at the
// bottom, the receiver, simulator and profile in the status bar. It holds no logic of its own: Workbench::Workspace
// does.
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace Workbench {
class AppSettings;
class Workspace;
} // namespace Workbench

namespace Gui {

class CredentialsPanel;
class EventLogPanel;
class HandlerTools;
class InspectorPanel;
class PaymentsPanel;
class QuickStartPanel;
class QuickStartSteps;
class RequestLogPanel;
class StatusBarLabels;
class WebhooksPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { QuickStart, Credentials, Webhooks, Payments };

    // Neither is owned; both must outlive the window. Without settings the layout is neither restored nor kept.
    MainWindow(Workbench::Workspace *workspace, Workbench::AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);

    CredentialsPanel *credentialsPanel() const { return m_credentials; }
    WebhooksPanel *webhooksPanel() const { return m_webhooks; }
    PaymentsPanel *paymentsPanel() const { return m_payments; }
    EventLogPanel *eventLogPanel() const { return m_eventLog; }
    InspectorPanel *inspectorPanel() const { return m_inspector; }
    QuickStartPanel *quickStartPanel() const { return m_quickStart; }
    // File → Import events, Tools → Test packs; newPackFrom() takes the event log's chosen events.
    HandlerTools *handlerTools() const { return m_tools; }

    // Says so in a banner above the log (e.g. no keychain); an empty text hides it.
    void showBanner(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildPanels();
    void buildDocks();
    QDockWidget *buildDeliveriesDock();
    void connectSecretOffer();
    void connectWorkspace();
    void showRecord(int sourceRow);
    void updateProfileLooks();
    void showStorageNotice();
    void changeReceiverPort();
    void showAbout();
    void buildHelpMenu();
    // The panels' dock gives way, down to its own minimum, when the event log and inspector would get too little.
    void fitDocks();
    void openReadme();
    void restoreLayout();
    void buildLanguageMenu();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workbench::Workspace *m_workspace;
    Workbench::AppSettings *m_settings;
    QTabWidget *m_tabs = nullptr;
    QuickStartPanel *m_quickStart = nullptr;
    QuickStartSteps *m_steps = nullptr;
    CredentialsPanel *m_credentials = nullptr;
    WebhooksPanel *m_webhooks = nullptr;
    PaymentsPanel *m_payments = nullptr;
    EventLogPanel *m_eventLog = nullptr;
    InspectorPanel *m_inspector = nullptr;
    RequestLogPanel *m_requests = nullptr;
    StatusBarLabels *m_status = nullptr;
    HandlerTools *m_tools = nullptr;
};

} // namespace Gui
