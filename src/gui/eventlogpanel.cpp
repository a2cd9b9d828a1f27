// SPDX-License-Identifier: MIT
#include "gui/eventlogpanel.h"

#include "events/eventfiltermodel.h"
#include "events/eventlogmodel.h"
#include "gui/resultdelegate.h"
#include "gui/steadylayout.h"
#include "ui_eventlogpanel.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Gui {

namespace {

// While paused the model says nothing as records wait, so the count is polled at this pace.
constexpr int WaitingRefreshMs = 250;

QList<std::pair<QAction *, Signature::Result>> resultActions(const Ui::EventLogPanel &ui)
{
    return {
        {ui.validAction, Signature::Result::Valid},       {ui.invalidAction, Signature::Result::Invalid},
        {ui.staleAction, Signature::Result::Stale},       {ui.unsignedAction, Signature::Result::Unsigned},
        {ui.noSecretAction, Signature::Result::NoSecret},
    };
}

} // namespace

EventLogPanel::EventLogPanel(Events::EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventLogPanel>())
    , m_log(log)
    , m_filter(new Events::EventFilterModel(this))
    , m_delegate(new ResultDelegate(this))
    , m_waitingTimer(new QTimer(this))
    , m_emptyHint(tr("No events yet. Deliveries to the receiver appear here."))
{
    m_ui->setupUi(this);
    connect(m_log, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removing = true; });
    m_filter->setSourceModel(m_log);
    setUpActions();
    setUpResultMenu();
    setUpView();
    connectModels();
    m_ui->pauseAction->setChecked(m_log->isPaused());
    setPaused(m_log->isPaused());
    updateHint();
}

EventLogPanel::~EventLogPanel()
{
    // ~QWidget hides the children afterwards, and the view answers with range and selection changes.
    m_ui->tableView->verticalScrollBar()->disconnect(this);
    m_ui->tableView->selectionModel()->disconnect(this);
    m_filter->disconnect(this);
}

void EventLogPanel::setUpActions()
{
    addActions({m_ui->findAction, m_ui->pauseAction, m_ui->clearAction, m_ui->followAction});
    m_ui->pauseButton->setDefaultAction(m_ui->pauseAction);
    m_ui->clearButton->setDefaultAction(m_ui->clearAction);
    m_ui->followButton->setDefaultAction(m_ui->followAction);
    m_ui->clearAction->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_ui->followAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    // Space only on the table: in the filter it types, on a focused button it presses.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_ui->tableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, m_ui->pauseAction, &QAction::trigger);

    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { filterKeepingCurrent([this, &text] { m_filter->setText(text); }); });
    connect(m_ui->pauseAction, &QAction::toggled, this, &EventLogPanel::setPaused);
    connect(m_ui->clearAction, &QAction::triggered, m_log, &Events::EventLogModel::clear);
    connect(m_ui->followAction, &QAction::toggled, this, [this](bool follow) {
        if (follow) {
            m_ui->tableView->scrollToBottom();
            setNewEvents(0);
        }
    });
    connect(m_ui->newEventsButton, &QToolButton::clicked, this, &EventLogPanel::selectLatest);
    keepToolbarStill();
    m_waitingTimer->setInterval(WaitingRefreshMs);
    connect(m_waitingTimer, &QTimer::timeout, this, &EventLogPanel::updateWaiting);
}

// Pause turns into Resume and "N waiting" comes and goes: each keeps the room of its widest text, so the buttons
// after them never move under the mouse.
void EventLogPanel::keepToolbarStill()
{
    QToolButton *pause = m_ui->pauseButton;
    const QFontMetrics metrics = pause->fontMetrics();
    const int textWidth = std::max(metrics.horizontalAdvance(tr("Pause")), metrics.horizontalAdvance(tr("Resume")));
    pause->setMinimumWidth(pause->sizeHint().width() - metrics.horizontalAdvance(pause->text()) + textWidth);
    QLabel *waiting = m_ui->waitingLabel;
    waiting->setMinimumWidth(
        waiting->fontMetrics().horizontalAdvance(tr("%n waiting", "events held back while paused", 99999)));
    SteadyLayout::keepRoomWhenHidden({waiting});
}

void EventLogPanel::setUpResultMenu()
{
    auto *menu = new QMenu(this);
    for (const auto &[action, result] : resultActions(*m_ui)) {
        menu->addAction(action);
        connect(action, &QAction::toggled, this, &EventLogPanel::applyResultFilter);
    }
    menu->addSeparator();
    menu->addAction(m_ui->allResultsAction);
    connect(m_ui->allResultsAction, &QAction::triggered, this, [this] {
        for (const auto &[action, result] : resultActions(*m_ui)) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
        applyResultFilter();
    });
    m_ui->resultButton->setMenu(menu);
    applyResultFilter();
}

void EventLogPanel::setUpView()
{
    QTableView *view = m_ui->tableView;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(Events::EventLogModel::Result, m_delegate);
    view->setItemDelegateForColumn(Events::EventLogModel::Duplicate, m_delegate);
    setFocusProxy(view);
    // The hint lies over the empty table (same grid cell) without catching clicks.
    m_ui->hintLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);

    // Every row the same height, never measured: the view stays fast at 100 000 rows.
    const QFontMetrics metrics = view->fontMetrics();
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(metrics.height() + 8);

    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(Events::EventLogModel::Event, QHeaderView::Stretch);
    columns->setSectionResizeMode(Events::EventLogModel::Reference, QHeaderView::Stretch);
    const int padding = 2 * metrics.averageCharWidth();
    const auto fit = [columns](int column, int contentWidth) {
        columns->resizeSection(column, std::max(contentWidth, columns->sectionSizeHint(column)));
    };
    fit(Events::EventLogModel::Time, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    fit(Events::EventLogModel::Amount, metrics.horizontalAdvance(QStringLiteral("99 999.00 NOK")) + padding);
    fit(Events::EventLogModel::Result, ResultDelegate::columnWidth(metrics));
    fit(Events::EventLogModel::Status, metrics.horizontalAdvance(QStringLiteral("000")) + padding);
    fit(Events::EventLogModel::Duplicate, ResultDelegate::columnWidth(metrics));
    fit(Events::EventLogModel::Handler, metrics.horizontalAdvance(QStringLiteral("000 · 9999 ms")) + padding);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventLogPanel::onSelectionChanged);
    connect(view->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, &EventLogPanel::onScrollAction);
    connect(view->verticalScrollBar(), &QAbstractSlider::rangeChanged, this, &EventLogPanel::onRangeChanged);

    // The count row keeps its height whether or not there is something to say: the table does not jump.
    m_ui->newEventsButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_ui->newEventsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    SteadyLayout::keepRoomWhenHidden({m_ui->newEventsButton});
    m_ui->matchLabel->setForegroundRole(QPalette::PlaceholderText);
    setNewEvents(0);
}

void EventLogPanel::connectModels()
{
    const auto refresh = [this] {
        updateHint();
        updateCount();
        keepCurrentRecord();
    };
    // The proxy learns of source changes first (it connected first), so it is up to date in these.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateHint);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateCount);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_log, &QAbstractItemModel::modelReset, this, [this, refresh] {
        setNewEvents(0);
        refresh();
        updateWaiting();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::updateHint);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &EventLogPanel::countNewEvents);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refresh);
}

void EventLogPanel::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    updateHint();
}

int EventLogPanel::currentSourceRow() const
{
    const QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    if (selection->isRowSelected(selection->currentIndex().row()))
        return m_filter->mapToSource(selection->currentIndex()).row();
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.constFirst()).row();
}

QList<int> EventLogPanel::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->tableView->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QTableView *EventLogPanel::tableView() const
{
    return m_ui->tableView;
}

void EventLogPanel::selectLatest()
{
    const int row = lastRow();
    if (row < 0)
        return;
    m_ui->tableView->selectionModel()->setCurrentIndex(m_filter->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    setFollowingLatest(true);
    m_ui->tableView->scrollToBottom();
}

bool EventLogPanel::isFollowingLatest() const
{
    return m_ui->followAction->isChecked();
}

void EventLogPanel::setFollowingLatest(bool follow)
{
    m_ui->followAction->setChecked(follow);
}

void EventLogPanel::applyResultFilter()
{
    QSet<Signature::Result> results;
    QStringList names;
    for (const auto &[action, result] : resultActions(*m_ui)) {
        if (action->isChecked()) {
            results.insert(result);
            names.append(action->text());
        }
    }
    filterKeepingCurrent([this, &results] { m_filter->setResults(results); });
    if (results.isEmpty())
        m_ui->resultButton->setText(tr("All results"));
    else if (results.size() == 1)
        m_ui->resultButton->setText(tr("Only %1").arg(names.constFirst().toLower()));
    else
        m_ui->resultButton->setText(tr("%1 of %2 results").arg(results.size()).arg(resultActions(*m_ui).size()));
}

void EventLogPanel::setPaused(bool paused)
{
    m_log->setPaused(paused);
    QAction *action = m_ui->pauseAction;
    action->setText(paused ? tr("Resume") : tr("Pause"));
    action->setToolTip(paused ? tr("Add the waiting events and show new ones as they arrive (Space or Ctrl+P)")
                              : tr("Hold new events back so the table stays still (Space or Ctrl+P)"));
    action->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (paused)
        m_waitingTimer->start();
    else
        m_waitingTimer->stop();
    updateWaiting();
}

void EventLogPanel::updateWaiting()
{
    const bool paused = m_log->isPaused();
    m_ui->waitingLabel->setVisible(paused);
    if (paused)
        m_ui->waitingLabel->setText(tr("%n waiting", "events held back while paused", m_log->waitingCount()));
}

void EventLogPanel::updateHint()
{
    const bool shown = m_filter->rowCount() > 0;
    if (!shown)
        m_ui->hintLabel->setText(m_log->rowCount() == 0 ? m_emptyHint : tr("No events match the filter."));
    m_ui->hintLabel->setVisible(!shown);
}

void EventLogPanel::updateCount()
{
    const bool filtered = !m_filter->text().isEmpty() || !m_filter->results().isEmpty();
    m_ui->matchLabel->setText(filtered ? tr("%1 of %n events match", "", m_log->rowCount()).arg(m_filter->rowCount())
                                       : QString());
}

void EventLogPanel::setNewEvents(int count)
{
    m_newEvents = count;
    m_ui->newEventsButton->setText(tr("%n new events", "", count));
    m_ui->newEventsButton->setVisible(count > 0);
}

// New rows of the log that the filter shows, counted while the view does not follow them.
void EventLogPanel::countNewEvents(const QModelIndex &, int first, int last)
{
    if (isFollowingLatest())
        return;
    int shown = 0;
    for (int row = first; row <= last; ++row)
        shown += m_filter->mapFromSource(m_log->index(row, 0)).isValid();
    if (shown > 0)
        setNewEvents(m_newEvents + shown);
}

// A filter change never changes which event is inspected: it stays selected while it is shown, stays in the
// inspector while it is not, and is selected again when it is shown again.
void EventLogPanel::filterKeepingCurrent(const std::function<void()> &change)
{
    m_filtering = true;
    change();
    // The view moves its selection to a neighbour when the selected row goes: put it back, or leave none.
    QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    if (!selection) { // still setting up: nothing is selected yet
        m_filtering = false;
        return;
    }
    const QModelIndex shown =
        m_currentSourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_log->index(m_currentSourceRow, 0));
    if (shown.isValid())
        selection->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->clear();
    m_filtering = false;
    updateHint();
    updateCount();
}

// The row taking the place of a dropped inspected one is selected (m_removing is set before the filter hears of it).
void EventLogPanel::keepCurrentRecord()
{
    QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    if (std::exchange(m_removing, false) && m_currentSourceRow >= 0 && !selection->hasSelection())
        selection->select(selection->currentIndex(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!m_filtering)
        updateCurrentRecord();
}

void EventLogPanel::updateCurrentRecord()
{
    const int row = currentSourceRow();
    if (row == m_currentSourceRow)
        return;
    m_currentSourceRow = row;
    emit currentRecordChanged(row);
}

void EventLogPanel::onSelectionChanged()
{
    if (m_filtering || m_removing)
        return; // the rows the filter hides or the log drops take the selection with them; the inspected event stays
    updateCurrentRecord();
    if (m_currentSourceRow >= 0)
        setFollowingLatest(m_filter->mapFromSource(m_log->index(m_currentSourceRow, 0)).row() == lastRow());
}

void EventLogPanel::onScrollAction()
{
    // Only user scrolling triggers actions; sliderPosition() is already where it is going.
    const QScrollBar *bar = m_ui->tableView->verticalScrollBar();
    setFollowingLatest(bar->sliderPosition() >= bar->maximum());
}

void EventLogPanel::onRangeChanged()
{
    // Not scrollToBottom(): that may lay the view out again from inside its own layout.
    if (isFollowingLatest()) {
        QScrollBar *bar = m_ui->tableView->verticalScrollBar();
        bar->setValue(bar->maximum());
    }
}

int EventLogPanel::lastRow() const
{
    return m_filter->rowCount() - 1;
}

} // namespace Gui
