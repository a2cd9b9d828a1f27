// SPDX-License-Identifier: MIT
// The live event log: a filterable table of received requests with pause, clear and follow-latest.
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QTableView;
class QTimer;

namespace Ui {
class EventLogPanel;
}

namespace Events {
class EventFilterModel;
class EventLogModel;
} // namespace Events

namespace Gui {

class ResultDelegate;

class EventLogPanel : public QWidget
{
    Q_OBJECT

public:
    // log is not owned and must outlive the panel.
    explicit EventLogPanel(Events::EventLogModel *log, QWidget *parent = nullptr);
    ~EventLogPanel() override;

    // Shown over the empty table while the log has no rows (e.g. where to send deliveries).
    void setEmptyHint(const QString &hint);
    QString emptyHint() const { return m_emptyHint; }

    // The inspected record's row in the log model: the current row when selected, else the first selected; -1.
    int currentSourceRow() const;
    // The rows of the log model selected, oldest first.
    QList<int> selectedSourceRows() const;
    // The table, for what is offered on its rows (EventLogMenu).
    QTableView *tableView() const;
    // Selects the newest shown row, scrolls to it and turns following on.
    void selectLatest();

    bool isFollowingLatest() const;
    void setFollowingLatest(bool follow);

signals:
    // sourceRow is a row of the log model; -1 when nothing is selected. Emitted again when the
    // selected record's row shifts because older rows were dropped.
    void currentRecordChanged(int sourceRow);

private:
    void setUpActions();
    void setUpResultMenu();
    void keepToolbarStill();
    void setUpView();
    void connectModels();
    void applyResultFilter();
    void setPaused(bool paused);
    void updateWaiting();
    void updateHint();
    void updateCount();
    void setNewEvents(int count);
    void countNewEvents(const QModelIndex &parent, int first, int last);
    void filterKeepingCurrent(const std::function<void()> &change);
    void keepCurrentRecord();
    void updateCurrentRecord();
    void onSelectionChanged();
    void onScrollAction();
    void onRangeChanged();
    int lastRow() const;

    std::unique_ptr<Ui::EventLogPanel> m_ui;
    Events::EventLogModel *m_log;
    Events::EventFilterModel *m_filter;
    ResultDelegate *m_delegate;
    QTimer *m_waitingTimer;
    QString m_emptyHint;
    int m_currentSourceRow = -1;
    int m_newEvents = 0;      // arrived while not following
    bool m_filtering = false; // a filter change is being applied
    bool m_removing = false;  // the log is dropping rows
};

} // namespace Gui
