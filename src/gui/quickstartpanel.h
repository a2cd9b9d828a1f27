// SPDX-License-Identifier: MIT
// The guided quick start: Vipps' five webhook steps, each ticked as the user does it, with one line on what it
// is for and the next action as a button.
#pragma once

#include "workbench/quickstart.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class QuickStartPanel;
}

namespace Gui {

class QuickStartPanel : public QWidget
{
    Q_OBJECT

public:
    // The quick start is not owned.
    explicit QuickStartPanel(Workbench::QuickStart *quickStart, QWidget *parent = nullptr);
    ~QuickStartPanel() override;

    // One sentence about where the calls go: the local simulator, Vipps' test environment, production.
    void setIntro(const QString &text);
    QPushButton *actionButton(Workbench::QuickStart::Step step) const;

signals:
    void actionRequested(Workbench::QuickStart::Step step);

private:
    struct StepRow
    {
        QLabel *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *explanation = nullptr;
        QPushButton *action = nullptr;
    };

    void addStep(Workbench::QuickStart::Step step);
    void refresh();
    // The active profile's last error (Workbench::QuickStart::error()) under the steps; empty hides it.
    void showError(const QString &summary);

    std::unique_ptr<Ui::QuickStartPanel> m_ui;
    Workbench::QuickStart *m_quickStart;
    std::array<StepRow, Workbench::QuickStart::StepCount> m_rows;
};

} // namespace Gui
