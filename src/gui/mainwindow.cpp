// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include <QLabel>

namespace Gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Vipps Webhook Workbench"));
    auto *placeholder = new QLabel(tr("The panels arrive in the next releases. "
                                      "Use vipps-hooks listen to receive and verify webhooks today."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    resize(960, 640);
}

} // namespace Gui
