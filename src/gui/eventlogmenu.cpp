// SPDX-License-Identifier: MIT
#include "gui/eventlogmenu.h"

#include "events/eventlogmodel.h"
#include "events/requestexport.h"
#include "gui/editreplaydialog.h"
#include "gui/eventlogpanel.h"
#include "gui/exportselectiondialog.h"
#include "receiver/forwardroute.h"
#include "workbench/replayactions.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

#include <algorithm>

namespace Gui {

namespace {

// Text for pasting, and the exact bytes alongside for applications that take them.
void copyBytes(const QByteArray &bytes)
{
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(bytes));
    data->setData(QStringLiteral("application/octet-stream"), bytes);
    QGuiApplication::clipboard()->setMimeData(data);
}

// Enabled with what it does in its tip, or disabled with why not.
void offer(QAction *action, bool available, const QString &whatItDoes, const QString &whyNot)
{
    action->setEnabled(available);
    action->setToolTip(available ? whatItDoes : whyNot);
    action->setStatusTip(action->toolTip());
}

} // namespace

EventLogMenu::EventLogMenu(EventLogPanel *panel, Events::EventLogModel *log, Workbench::ReplayActions *replays)
    : QMenu(panel), m_panel(panel), m_log(log), m_replays(replays)
{
    setObjectName(QStringLiteral("eventLogMenu"));
    setToolTipsVisible(true); // a disabled action says why in its tooltip
    m_forwardAction = addNamedAction("replayForwardAction", tr("Replay to the &forward target"),
                                     &EventLogMenu::replayToForwardTarget);
    m_urlAction = addNamedAction("replayUrlAction", tr("Replay to a &URL…"), &EventLogMenu::replayToUrl);
    m_resignAction = addNamedAction("replayResignedAction", tr("Replay &re-signed"), &EventLogMenu::replayResigned);
    m_editAction = addNamedAction("editReplayAction", tr("&Edit and replay…"), &EventLogMenu::editAndReplay);
    m_replaySeparator = addSeparator();
    m_copyBodyAction = addNamedAction("copyBodyAction", tr("Copy &body"), &EventLogMenu::copyBody);
    m_copyCurlAction = addNamedAction("copyCurlAction", tr("Copy as &curl"), &EventLogMenu::copyCurl);
    m_copyRawAction = addNamedAction("copyRawAction", tr("Copy r&aw request"), &EventLogMenu::copyRawRequest);
    addSeparator();
    m_exportAction = addNamedAction("exportSelectionAction", tr("E&xport selection…"), &EventLogMenu::exportSelection);
    m_packAction = addNamedAction("saveAsPackAction", tr("Save as &test pack…"), &EventLogMenu::requestPack);

    QTableView *view = panel->tableView();
    view->installEventFilter(this);             // the Menu key, sent to the focused table
    view->viewport()->installEventFilter(this); // a right click
    // Shift+F10, where the platform does not turn it into a context menu itself.
    auto *keyboard = new QAction(view);
    keyboard->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    keyboard->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(keyboard);
    connect(keyboard, &QAction::triggered, this, &EventLogMenu::openAtCurrentRow);
    connect(m_replays, &Workbench::ReplayActions::answered, this, [this](const Events::HandlerAnswer &answer) {
        emit message(tr("Event #%1: %2").arg(answer.answer.forwardOf).arg(answer.lineText()));
    });
}

QAction *EventLogMenu::addNamedAction(const char *name, const QString &text, void (EventLogMenu::*slot)())
{
    QAction *action = addAction(text);
    action->setObjectName(QLatin1String(name));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

bool EventLogMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QMenu::eventFilter(watched, event);
    const auto *request = static_cast<QContextMenuEvent *>(event);
    if (request->reason() == QContextMenuEvent::Mouse)
        openAt(request->globalPos());
    else
        openAtCurrentRow();
    return true;
}

void EventLogMenu::openAt(const QPoint &globalPos)
{
    if (m_panel->selectedSourceRows().isEmpty())
        return;
    updateActions();
    popup(globalPos);
}

// Under the current row, or in the table's corner when it is out of sight.
void EventLogMenu::openAtCurrentRow()
{
    const QTableView *view = m_panel->tableView();
    const QRect row = view->visualRect(view->currentIndex());
    const QPoint at = row.isValid() && view->viewport()->rect().contains(row.bottomLeft())
                          ? row.bottomLeft()
                          : view->viewport()->rect().topLeft();
    openAt(view->viewport()->mapToGlobal(at));
}

// The one record the single-event actions work on: the selected one, when only one is.
std::optional<Events::EventRecord> EventLogMenu::chosenRecord() const
{
    const QList<int> rows = m_panel->selectedSourceRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_log->record(rows.constFirst());
}

// docs/architecture.md §7 "The event log's memory": an event whose journal line is gone is offered nothing that needs
// its request, and says why rather than leaving the action out.
void EventLogMenu::updateActions()
{
    const QList<int> rows = m_panel->selectedSourceRows();
    const std::optional<Events::EventRecord> record =
        rows.size() == 1 ? std::optional(m_log->record(rows.constFirst())) : std::nullopt;
    const bool requestKept = record && !record->lost;
    const QString whyNot = record ? tr("Its request is no longer in the journal (rotated away or removed).")
                                  : tr("Select one event for this.");
    const bool delivery = !record || record->verified;
    for (QAction *action : {m_forwardAction, m_urlAction, m_resignAction, m_editAction, m_replaySeparator})
        action->setVisible(delivery);
    m_copyBodyAction->setVisible(!requestKept || !record->entry.body.isEmpty());
    if (requestKept) {
        updateReplayActions(*record);
    } else {
        for (QAction *action : {m_forwardAction, m_urlAction, m_resignAction, m_editAction})
            offer(action, false, {}, whyNot);
    }
    offer(m_copyBodyAction, requestKept, tr("The body exactly as received"), whyNot);
    offer(m_copyCurlAction, requestKept, tr("A curl command that sends the request again"), whyNot);
    offer(m_copyRawAction, requestKept, tr("The request as HTTP/1.1 text, credentials removed"), whyNot);
    updateSelectionActions(rows, record);
}

// What works on every selected event: the export, and a test pack of the deliveries among them. Of several events
// none is read back from the journal to decide (100 000 took seconds): what turns out to be gone is said on the click.
void EventLogMenu::updateSelectionActions(const QList<int> &rows, const std::optional<Events::EventRecord> &one)
{
    const bool kept = !one || !one->lost;
    const bool deliveries =
        one ? Workbench::ReplayActions::canReplay(*one)
            : std::any_of(rows.cbegin(), rows.cend(), [this](int row) { return m_log->row(row).verified; });
    const QString gone = tr("The selected events are no longer in the journal (rotated away or removed).");
    offer(m_exportAction, kept, tr("Save the selected events as HAR or JSON Lines, credentials removed"), gone);
    offer(m_packAction, deliveries,
          tr("Make a test pack of the selected deliveries, with broken ones added as you choose"),
          kept ? tr("Select webhook deliveries for this: a test pack replays deliveries.") : gone);
}

void EventLogMenu::updateReplayActions(const Events::EventRecord &record)
{
    const QUrl forward = m_replays->forwardTarget(record);
    offer(m_forwardAction, !forward.isEmpty(),
          tr("Send it as received, with its original signature, to %1").arg(forward.toString()),
          tr("No forward target is set for this event's type: set \"Forward to\" for this profile."));
    offer(m_urlAction, true, tr("Send it as received, with its original signature, to a URL you give"), {});
    QString noSecret;
    const bool canSign = m_replays->signingSecret(record, &noSecret).has_value();
    const QUrl resignTo = resignTarget(record);
    const QString webhook = record.verification.webhookId;
    offer(m_resignAction, canSign && !resignTo.isEmpty(),
          tr("Sign it afresh with the secret of webhook %1 and send it to %2").arg(webhook, resignTo.toString()),
          canSign ? tr("Replay it to a URL first, or set a forward target.") : noSecret);
    offer(m_editAction, canSign, tr("Change the body, then sign it afresh with the secret of webhook %1").arg(webhook),
          noSecret);
}

// The forward target, else the URL of the last replay.
QUrl EventLogMenu::resignTarget(const Events::EventRecord &record) const
{
    const QUrl forward = m_replays->forwardTarget(record);
    return forward.isEmpty() ? m_lastUrl : forward;
}

void EventLogMenu::replayToForwardTarget()
{
    if (const std::optional<Events::EventRecord> record = chosenRecord()) {
        const QUrl to = m_replays->forwardTarget(*record);
        QString error;
        report(m_replays->replayAsReceived(*record, to, &error), *record, to, error);
    }
}

void EventLogMenu::replayToUrl()
{
    const std::optional<Events::EventRecord> record = chosenRecord();
    if (!record)
        return;
    auto *dialog = new QInputDialog(m_panel);
    dialog->setObjectName(QStringLiteral("replayUrlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Replay event #%1").arg(record->entry.seq));
    dialog->setLabelText(tr("Send it as received, with its original signature, to:"));
    const QUrl suggested = m_lastUrl.isEmpty() ? m_replays->forwardTarget(*record) : m_lastUrl;
    dialog->setTextValue(suggested.isEmpty() ? QStringLiteral("http://localhost:3000/") : suggested.toString());
    dialog->setOkButtonText(tr("Replay"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, record = *record](const QString &text) {
        const QUrl typed = Receiver::ForwardRoute::httpUrl(text.trimmed());
        const QUrl to = typed.isEmpty() ? QUrl(text.trimmed()) : typed;
        QString error;
        const bool started = m_replays->replayAsReceived(record, to, &error);
        if (started)
            m_lastUrl = to;
        report(started, record, to, error);
    });
    dialog->open();
}

void EventLogMenu::replayResigned()
{
    if (const std::optional<Events::EventRecord> record = chosenRecord()) {
        const QUrl to = resignTarget(*record);
        QString error;
        report(m_replays->replayResigned(*record, to, &error), *record, to, error);
    }
}

void EventLogMenu::editAndReplay()
{
    const std::optional<Events::EventRecord> record = chosenRecord();
    if (!record)
        return;
    auto *dialog = new EditReplayDialog(record->entry.seq, record->verification.webhookId, record->entry.body,
                                        resignTarget(*record), m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record] {
        const QUrl to = dialog->url();
        QString error;
        const bool started = m_replays->replayEdited(record, dialog->body(), to, &error);
        if (started)
            m_lastUrl = to;
        report(started, record, to, error);
    });
    dialog->open();
}

void EventLogMenu::copyBody()
{
    if (const std::optional<Events::EventRecord> record = chosenRecord())
        copyBytes(record->entry.body);
}

void EventLogMenu::copyCurl()
{
    if (const std::optional<Events::EventRecord> record = chosenRecord())
        QGuiApplication::clipboard()->setText(Events::RequestExport::curl(record->entry));
}

void EventLogMenu::copyRawRequest()
{
    if (const std::optional<Events::EventRecord> record = chosenRecord())
        copyBytes(Events::RequestExport::rawRequest(record->entry));
}

QList<Journal::Entry> EventLogMenu::selectedEntries() const
{
    QList<Journal::Entry> entries;
    for (const Events::EventRecord &record : m_log->records(m_panel->selectedSourceRows())) {
        if (Workbench::ReplayActions::canReplay(record))
            entries.append(record.entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Journal::Entry &a, const Journal::Entry &b) { return a.seq < b.seq; });
    return entries;
}

void EventLogMenu::requestPack()
{
    if (const QList<Journal::Entry> entries = selectedEntries(); !entries.isEmpty())
        emit packRequested(entries);
    else
        emit message(tr("The selected deliveries are no longer in the journal (rotated away or removed): there is "
                        "nothing to make a test pack of."));
}

void EventLogMenu::exportSelection()
{
    QList<Journal::Entry> entries;
    for (const Events::EventRecord &record : m_log->records(m_panel->selectedSourceRows())) {
        if (!record.lost)
            entries.append(record.entry);
    }
    if (entries.isEmpty()) {
        emit message(tr("The selected events are no longer in the journal (rotated away or removed): there is "
                        "nothing to export."));
        return;
    }
    auto *dialog = new ExportSelectionDialog(entries, m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportSelectionDialog::exported, this, &EventLogMenu::message);
    dialog->open();
}

void EventLogMenu::report(bool started, const Events::EventRecord &record, const QUrl &to, const QString &error)
{
    if (started) {
        emit message(tr("Replaying event #%1 to %2…").arg(record.entry.seq).arg(to.toString(QUrl::RemovePassword)));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Replay"),
                                tr("Event #%1 was not replayed: %2").arg(record.entry.seq).arg(error), QMessageBox::Ok,
                                m_panel);
    box->setObjectName(QStringLiteral("replayProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Gui
