// SPDX-License-Identifier: MIT
// (being written)
#pragma once

#include <QWidget>

namespace Gui {

class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);
};

} // namespace Gui
