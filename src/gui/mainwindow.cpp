// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include <QIcon>

namespace Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vipps-workbench.svg")));
}

MainWindow::~MainWindow() = default;

} // namespace Gui
