// SPDX-License-Identifier: MIT
// Widgets that keep their room in the layout while hidden.
#include "gui/steadylayout.h"

#include <QLabel>
#include <QSizePolicy>
#include <QWidget>

namespace Gui {

void SteadyLayout::keepRoomWhenHidden(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
        if (auto *label = qobject_cast<QLabel *>(widget))
            keepOneLine(label);
    }
}

void SteadyLayout::keepOneLine(QLabel *label)
{
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

} // namespace Gui
