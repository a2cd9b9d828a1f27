// SPDX-License-Identifier: MIT
// (being written)
#pragma once

#include <QWidget>

namespace Gui {

class EventLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogPanel(QWidget *parent = nullptr);
};

} // namespace Gui
