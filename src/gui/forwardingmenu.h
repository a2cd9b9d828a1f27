// SPDX-License-Identifier: MIT
// The window's part in forwarding: Receiver → Forward to… and a click on the status bar's forwarding label open
// the ForwardDialog for the profile in use; what could not be journaled is said in the status bar.
#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QWidget;

namespace Workbench {
class Workspace;
}

namespace Gui {

class StatusBarLabels;

class ForwardingMenu : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; the window is the dialog's parent.
    ForwardingMenu(Workbench::Workspace *workspace, QAction *action, StatusBarLabels *labels, QStatusBar *bar,
                   QWidget *window);

    void openDialog();

private:
    Workbench::Workspace *m_workspace;
    QWidget *m_window;
};

} // namespace Gui
