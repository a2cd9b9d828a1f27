// SPDX-License-Identifier: MIT
// The app's table of a test pack's run: one row per step, waiting, being sent, then passed or failed with the
// handler's answer and why (the rules are Events::PackStepResult's, as for `vipps-hooks pack run`).
#pragma once

#include "events/packresult.h"
#include "events/testpack.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Workbench {

class PackRunModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Step, Kind, Event, Expected, Answer, Time, Verdict, Why, ColumnCount };
    enum class State { Waiting, Sending, Passed, Failed, NotRun };
    static constexpr int StateRole = Qt::UserRole + 1; // State as int

    explicit PackRunModel(QObject *parent = nullptr);

    // The pack's steps, all waiting.
    void setPack(const Events::TestPack &pack);
    // Every step waiting again, for a new run.
    void reset();
    void stepStarted(int index);
    void stepFinished(const Events::PackStepResult &result);
    // The run ended: the steps not judged are marked as not run.
    void runEnded();

    State state(int row) const { return m_rows.at(row).state; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Events::PackStep step;
        State state = State::Waiting;
        std::optional<Events::PackStepResult> result;
    };

    QString text(const Row &row, int column) const;
    QString eventText(const Row &row) const;
    QString answerText(const Row &row) const;
    QString verdictText(State state) const;
    QString toolTip(const Row &row) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace Workbench
