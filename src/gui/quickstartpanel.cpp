// SPDX-License-Identifier: MIT
#include "gui/quickstartpanel.h"

#include "gui/steadylayout.h"
#include "ui_quickstartpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace Gui {

using Workbench::QuickStart;
using Step = QuickStart::Step;

QuickStartPanel::QuickStartPanel(QuickStart *quickStart, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::QuickStartPanel>()), m_quickStart(quickStart)
{
    m_ui->setupUi(this);
    for (int i = 0; i < QuickStart::StepCount; ++i)
        addStep(Step(i));
    connect(quickStart, &QuickStart::changed, this, &QuickStartPanel::refresh);
    refresh();
}

QuickStartPanel::~QuickStartPanel() = default;

void QuickStartPanel::setIntro(const QString &text)
{
    m_ui->introLabel->setText(text);
}

QPushButton *QuickStartPanel::actionButton(Step step) const
{
    return m_rows.at(int(step)).action;
}

void QuickStartPanel::showError(const QString &summary)
{
    m_ui->errorLabel->setText(summary.isEmpty() ? QString() : tr("That did not work: %1").arg(summary));
    m_ui->errorLabel->setVisible(!summary.isEmpty());
}

void QuickStartPanel::addStep(Step step)
{
    StepRow &row = m_rows.at(int(step));
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    row.mark = new QLabel(box);
    row.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
    row.title = new QLabel(tr("%1. %2").arg(int(step) + 1).arg(QuickStart::title(step)), box);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.explanation = new QLabel(QuickStart::explanation(step), box);
    row.explanation->setObjectName(QStringLiteral("quickStartExplanation%1").arg(int(step) + 1));
    row.explanation->setWordWrap(true);
    row.explanation->setForegroundRole(QPalette::PlaceholderText);
    row.action = new QPushButton(QuickStart::actionLabel(step), box);
    row.action->setObjectName(QStringLiteral("quickStartAction%1").arg(int(step) + 1));
    row.action->setAccessibleName(QuickStart::actionLabel(step));
    // A done step's button goes, its room stays: the steps below do not move up under the mouse.
    SteadyLayout::keepRoomWhenHidden({row.action});
    grid->addWidget(row.mark, 0, 0, Qt::AlignTop);
    grid->addWidget(row.title, 0, 1);
    grid->addWidget(row.explanation, 1, 1);
    grid->addWidget(row.action, 2, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    m_ui->stepsLayout->addWidget(box);
    connect(row.action, &QPushButton::clicked, this, [this, step] { emit actionRequested(step); });
}

void QuickStartPanel::refresh()
{
    const Step current = m_quickStart->current();
    for (int i = 0; i < QuickStart::StepCount; ++i) {
        const Step step = Step(i);
        const bool done = m_quickStart->isDone(step);
        const bool isCurrent = step == current && !m_quickStart->isComplete();
        StepRow &row = m_rows.at(i);
        row.mark->setText(done ? QStringLiteral("✓") : isCurrent ? QStringLiteral("➜") : QStringLiteral("○"));
        row.mark->setAccessibleName(done ? tr("done") : isCurrent ? tr("next") : tr("to do"));
        row.explanation->setText(m_quickStart->explanationNow(step));
        row.action->setText(m_quickStart->actionLabelNow(step));
        row.action->setAccessibleName(m_quickStart->actionLabelNow(step));
        row.action->setDefault(isCurrent);
        row.action->setVisible(isCurrent || step == Step::View || !done);
    }
    m_ui->progressBar->setValue(m_quickStart->doneCount());
    showError(m_quickStart->error());
}

} // namespace Gui
