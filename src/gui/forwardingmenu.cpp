// SPDX-License-Identifier: MIT
#include "gui/forwardingmenu.h"

#include "base/visibletext.h"
#include "gui/forwarddialog.h"
#include "gui/statusbarlabels.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QStatusBar>

namespace Gui {

ForwardingMenu::ForwardingMenu(Workbench::Workspace *workspace, QAction *action, StatusBarLabels *labels,
                               QStatusBar *bar, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    connect(action, &QAction::triggered, this, &ForwardingMenu::openDialog);
    connect(labels, &StatusBarLabels::forwardingClicked, this, &ForwardingMenu::openDialog);
    // The delivery itself is answered as the journal allows (503 when it could not be written); this says why.
    connect(&workspace->receiver(), &Workbench::ReceiverService::journalFailed, bar,
            [bar](const QString &message) { bar->showMessage(Base::visibleText(message), 15000); });
}

void ForwardingMenu::openDialog()
{
    auto *dialog = new ForwardDialog(&m_workspace->forwarding(), m_workspace->session().profile().name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Gui
