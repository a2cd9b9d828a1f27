// SPDX-License-Identifier: MIT
// The event log's context menu (right click, the Menu key or Shift+F10 on the table): replay the event to the
// forward target or a URL, re-signed or edited (Workbench::ReplayActions), copy it as body, curl or raw HTTP, and
// export the selected events. A request that was no delivery gets only what applies to it; one whose journal line is
// gone gets nothing that needs its request, disabled with why.
#pragma once

#include "events/eventrecord.h"

#include <QMenu>
#include <QUrl>

#include <optional>

namespace Events {
class EventLogModel;
}

namespace Workbench {
class ReplayActions;
}

namespace Gui {

class EventLogPanel;

class EventLogMenu : public QMenu
{
    Q_OBJECT

public:
    // None is owned; all must outlive the menu, which is the panel's child.
    EventLogMenu(EventLogPanel *panel, Events::EventLogModel *log, Workbench::ReplayActions *replays);

    // Opens at globalPos for the rows selected; nothing opens when none is.
    void openAt(const QPoint &globalPos);
    // Opens under the current row, as the Menu key and Shift+F10 do.
    void openAtCurrentRow();
    // Where "Replay to a URL…" sent the last time (this run only).
    QUrl lastUrl() const { return m_lastUrl; }

signals:
    // What happened, for the status bar: a replay started, its answer, an export written.
    void message(const QString &text);
    // "Save as test pack…": the selected deliveries, oldest first, to make a test pack of.
    void packRequested(const QList<Journal::Entry> &entries);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addNamedAction(const char *name, const QString &text, void (EventLogMenu::*slot)());
    void updateActions();
    void updateReplayActions(const Events::EventRecord &record);
    void updateSelectionActions(const QList<int> &rows, const std::optional<Events::EventRecord> &one);
    std::optional<Events::EventRecord> chosenRecord() const;
    QUrl resignTarget(const Events::EventRecord &record) const;
    void replayToForwardTarget();
    void replayToUrl();
    void replayResigned();
    void editAndReplay();
    void copyBody();
    void copyCurl();
    void copyRawRequest();
    void exportSelection();
    void requestPack();
    QList<Journal::Entry> selectedEntries() const;
    void report(bool started, const Events::EventRecord &record, const QUrl &to, const QString &error);

    EventLogPanel *m_panel;
    Events::EventLogModel *m_log;
    Workbench::ReplayActions *m_replays;
    QUrl m_lastUrl;
    QAction *m_forwardAction;
    QAction *m_urlAction;
    QAction *m_resignAction;
    QAction *m_editAction;
    QAction *m_replaySeparator;
    QAction *m_copyBodyAction;
    QAction *m_copyCurlAction;
    QAction *m_copyRawAction;
    QAction *m_exportAction;
    QAction *m_packAction;
};

} // namespace Gui
