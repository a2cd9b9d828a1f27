// SPDX-License-Identifier: MIT
#include "gui/handlertools.h"

#include "gui/importwindow.h"
#include "gui/packdialog.h"
#include "workbench/workspace.h"

#include <QAction>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace Gui {

HandlerTools::HandlerTools(Workbench::Workspace *workspace, QMainWindow *window, QMenu *fileMenu, QMenu *helpMenu)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    auto *import = new QAction(tr("&Import events…"), this);
    import->setObjectName(QStringLiteral("importEventsAction"));
    import->setToolTip(tr("Open a HAR or JSON Lines file of webhook deliveries in a window of its own"));
    connect(import, &QAction::triggered, this, &HandlerTools::importEvents);
    QAction *last = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().constLast();
    fileMenu->insertAction(last, import);
    fileMenu->insertSeparator(last);

    auto *tools = new QMenu(tr("&Tools"), window);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *packs = tools->addAction(tr("&Test packs…"));
    packs->setObjectName(QStringLiteral("testPacksAction"));
    packs->setToolTip(tr("Run a test pack against your handler, or make one from events"));
    connect(packs, &QAction::triggered, this, &HandlerTools::showPacks);
    window->menuBar()->insertMenu(helpMenu->menuAction(), tools);
}

PackDialog *HandlerTools::packDialog()
{
    if (!m_packs) {
        Workbench::ProfileSession *session = &m_workspace->session();
        m_packs = new PackDialog([session] { return session->webhookSecrets(); }, m_window);
    }
    return m_packs;
}

void HandlerTools::showPacks()
{
    PackDialog *dialog = packDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void HandlerTools::newPackFrom(const QList<Journal::Entry> &entries)
{
    packDialog()->newPackFrom(entries);
    showPacks();
}

void HandlerTools::importEvents()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import events"), QString(),
                                                      tr("HAR or JSON Lines (*.har *.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

ImportWindow *HandlerTools::importFile(const QString &path)
{
    Workbench::Workspace *workspace = m_workspace;
    auto *window = new ImportWindow(
        path, [workspace](const Events::EventRecord &record) { return workspace->checkedAgain(record); }, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace Gui
