// SPDX-License-Identifier: MIT
// The status bar's permanent labels: the receiver's address and state, where it forwards to (while it does), events
// received, the simulator's address, and the active profile with its environment (a production profile in an alarm
// colour).
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace Workbench {
class Workspace;
}

namespace Gui {

class StatusBarLabels : public QObject
{
    Q_OBJECT

public:
    StatusBarLabels(Workbench::Workspace *workspace, QStatusBar *bar);

    void refresh();

signals:
    // The receiver label was clicked (to change the port).
    void receiverClicked();
    // The forwarding label was clicked (to change the routes).
    void forwardingClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // shrinking: the label gives way in a narrow window, its text cut short with "…".
    QLabel *addLabel(QStatusBar *bar, const QString &objectName, const QString &accessibleName, bool shrinking = false);
    void showReceiver();
    void showForwarding();
    void showEvents();
    void showSimulator();
    void showProfile();

    Workbench::Workspace *m_workspace;
    QLabel *m_receiver;
    QLabel *m_forwarding;
    QLabel *m_events;
    QLabel *m_simulator;
    QLabel *m_profile;
};

} // namespace Gui
