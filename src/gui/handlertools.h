// SPDX-License-Identifier: MIT
// The main window's menu entries for your handler in the loop: File → Import events… (a window per file) and
// Tools → Test packs…, and the test packs window the event log hands events to.
#pragma once

#include "journal/entry.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace Workbench {
class Workspace;
}

namespace Gui {

class ImportWindow;
class PackDialog;

class HandlerTools : public QObject
{
    Q_OBJECT

public:
    // Adds "Import events…" to fileMenu above its last entry and a Tools menu before helpMenu. Nothing is owned;
    // workspace must outlive the window.
    HandlerTools(Workbench::Workspace *workspace, QMainWindow *window, QMenu *fileMenu, QMenu *helpMenu);

    // The test packs window, made on first use.
    PackDialog *packDialog();
    void showPacks();
    // The test packs window with these events to make a pack of.
    void newPackFrom(const QList<Journal::Entry> &entries);
    // Asks for a file, then importFile().
    void importEvents();
    // Opens a window with the events of the HAR or JSON Lines file at path.
    ImportWindow *importFile(const QString &path);

private:
    Workbench::Workspace *m_workspace;
    QMainWindow *m_window;
    QPointer<PackDialog> m_packs;
};

} // namespace Gui
