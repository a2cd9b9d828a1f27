// SPDX-License-Identifier: MIT
#include "workbench/packrunmodel.h"

#include "base/visibletext.h"
#include "receiver/eventsummary.h"

namespace Workbench {

PackRunModel::PackRunModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackRunModel::setPack(const Events::TestPack &pack)
{
    beginResetModel();
    m_rows.clear();
    for (const Events::PackStep &step : pack.steps)
        m_rows.append(Row{step, State::Waiting, std::nullopt});
    endResetModel();
}

void PackRunModel::reset()
{
    for (Row &row : m_rows) {
        row.state = State::Waiting;
        row.result.reset();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PackRunModel::stepStarted(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].state = State::Sending;
    changed(index);
}

void PackRunModel::stepFinished(const Events::PackStepResult &result)
{
    if (result.index < 0 || result.index >= m_rows.size())
        return;
    Row &row = m_rows[result.index];
    row.result = result;
    row.state = result.passed ? State::Passed : State::Failed;
    changed(result.index);
}

void PackRunModel::runEnded()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Waiting || m_rows.at(i).state == State::Sending) {
            m_rows[i].state = State::NotRun;
            changed(i);
        }
    }
}

void PackRunModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PackRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return index.column() == Step ? QString::number(index.row() + 1) : text(row, index.column());
    case Qt::ToolTipRole: return toolTip(row);
    case StateRole: return int(row.state);
    case Qt::TextAlignmentRole:
        return index.column() == Step || index.column() == Time ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                : QVariant();
    default: return {};
    }
}

QVariant PackRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Step: return tr("#");
    case Kind: return tr("Kind");
    case Event: return tr("Event");
    case Expected: return tr("Expected");
    case Answer: return tr("Answer");
    case Time: return tr("Time");
    case Verdict: return tr("Result");
    case Why: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

QString PackRunModel::text(const Row &row, int column) const
{
    const Events::PackStepResult *result = row.result ? &*row.result : nullptr;
    switch (Column(column)) {
    case Kind: return Events::PackStep::kindName(row.step.kind);
    case Event: return eventText(row);
    case Expected: return row.step.expectation().text();
    case Answer: return answerText(row);
    case Time: return result ? tr("%1 ms").arg(result->answer.elapsedMs) : QString();
    case Verdict: return verdictText(row.state);
    case Why: return result ? Base::visibleText(result->why) : QString();
    case Step:
    case ColumnCount: break;
    }
    return {};
}

// "#12 epayments.payment.captured.v1 ORDER-1", or the request line when the body names no event.
QString PackRunModel::eventText(const Row &row) const
{
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(row.step.body);
    QStringList parts{row.step.seq > 0 ? QStringLiteral("#%1").arg(row.step.seq) : QString(), summary.name,
                      summary.reference};
    parts.removeAll(QString());
    if (summary.name.isEmpty())
        parts.append(QString::fromLatin1(row.step.method + ' ' + row.step.path));
    return Base::visibleText(parts.join(QLatin1Char(' ')));
}

QString PackRunModel::answerText(const Row &row) const
{
    if (row.state == State::Sending)
        return tr("sending…");
    if (!row.result)
        return {};
    const Http::PeerAnswer &answer = row.result->answer;
    if (answer.status == 0)
        return tr("no answer (%1)").arg(Base::visibleText(answer.error));
    return Base::visibleText(QStringLiteral("%1 %2").arg(answer.status).arg(QString::fromLatin1(answer.reason)));
}

QString PackRunModel::verdictText(State state) const
{
    switch (state) {
    case State::Waiting: return tr("waiting");
    case State::Sending: return tr("running");
    case State::Passed: return tr("PASS");
    case State::Failed: return tr("FAIL");
    case State::NotRun: return tr("not run");
    }
    return {};
}

QString PackRunModel::toolTip(const Row &row) const
{
    if (!row.result)
        return Events::PackStep::rule(row.step.kind);
    return Base::visibleText(tr("Sent: %1\nExpected: %2\nAnswer: %3\n%4")
                                 .arg(row.result->note, row.result->expected.text(), answerText(row), row.result->why));
}

} // namespace Workbench
