// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace Gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Gui
