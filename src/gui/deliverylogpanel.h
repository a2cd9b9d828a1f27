// SPDX-License-Identifier: MIT
// The built-in simulator's delivery attempts beside the outgoing requests: when each went out, the event, the URL,
// the attempt's number, its status or error and the next retry, so a webhook that fails is seen failing.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryLogPanel;
}

namespace Workbench {
class DeliveryLogModel;
}

namespace Gui {

class DeliveryLogPanel : public QWidget
{
    Q_OBJECT

public:
    // The model is not owned.
    explicit DeliveryLogPanel(Workbench::DeliveryLogModel *model, QWidget *parent = nullptr);
    ~DeliveryLogPanel() override;

    // "Deliveries", or "Deliveries (3 failed)": the title for the tab or dock the panel sits in.
    static QString title(int failed);

private:
    void updateHint();

    std::unique_ptr<Ui::DeliveryLogPanel> m_ui;
    Workbench::DeliveryLogModel *m_model;
};

} // namespace Gui
