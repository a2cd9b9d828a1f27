// SPDX-License-Identifier: MIT
// Widgets that keep their room in the layout while hidden.
#include "gui/steadylayout.h"

#include <QEvent>
#include <QLabel>
#include <QSizePolicy>
#include <QWidget>

namespace Gui {

namespace {

// Refits its label whenever the label gets another width.
class WholeTextKeeper : public QObject
{
public:
    explicit WholeTextKeeper(QLabel *label) : QObject(label) { label->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            SteadyLayout::refit(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

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

void SteadyLayout::showWholeText(QLabel *label)
{
    new WholeTextKeeper(label);
    refit(label);
}

void SteadyLayout::refit(QLabel *label)
{
    if (label->width() <= 0)
        return;
    label->setMinimumHeight(0); // a label's height for a width is never less than its minimum height
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(label->width()));
}

} // namespace Gui
