// SPDX-License-Identifier: MIT
// The outgoing request log: every API call the app made, its status and time, the problem details of a
// failure, and the call as curl with secrets as variables.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RequestLogPanel;
}

namespace Workbench {
class RequestLogModel;
}

namespace Gui {

class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    // The model is not owned.
    explicit RequestLogPanel(Workbench::RequestLogModel *model, QWidget *parent = nullptr);
    ~RequestLogPanel() override;

private:
    void showCurrent();
    void copyCurl();
    // The selected call, else the newest one; invalid when there is none.
    QModelIndex shownIndex() const;

    std::unique_ptr<Ui::RequestLogPanel> m_ui;
    Workbench::RequestLogModel *m_model;
};

} // namespace Gui
