// SPDX-License-Identifier: MIT
// Tools → Test packs: run a test pack against your handler with a pass/fail line per step, or make a new pack from
// events of the log (the rules and the file are those of `vipps-hooks pack run` and `pack new`).
#pragma once

#include "gui/packrunpage.h"
#include "journal/entry.h"

#include <QDialog>
#include <QList>

class QTabWidget;

namespace Workbench {
class PackSession;
}

namespace Gui {

class PackNewPage;

class PackDialog : public QDialog
{
    Q_OBJECT

public:
    // secrets: the active profile's webhook secrets, offered to sign with.
    explicit PackDialog(PackRunPage::Secrets secrets, QWidget *parent = nullptr);

    // Shows the run page with the pack at path (or why it cannot be read).
    bool openPack(const QString &path);
    // Shows the new-pack page with these events to make steps of (e.g. the event log's selection).
    void newPackFrom(const QList<Journal::Entry> &entries);

    Workbench::PackSession *session() const { return m_session; }
    PackRunPage *runPage() const { return m_run; }
    PackNewPage *newPage() const { return m_new; }

private:
    Workbench::PackSession *m_session;
    QTabWidget *m_tabs;
    PackRunPage *m_run;
    PackNewPage *m_new;
};

} // namespace Gui
