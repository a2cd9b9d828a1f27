// SPDX-License-Identifier: MIT
// Widgets that come and go without moving their neighbours: a hidden one keeps its room in the layout, so the
// fields and buttons around it stay under the mouse while messages appear and disappear; and wrapped text that is
// always shown whole, the room taken from stretchier neighbours.
#pragma once

#include <initializer_list>

class QLabel;
class QWidget;

namespace Gui {

class SteadyLayout
{
public:
    static void keepRoomWhenHidden(std::initializer_list<QWidget *> widgets);
    // An empty label asks for no height at all: this keeps one line of its text.
    static void keepOneLine(QLabel *label);
    // A word-wrapped label is never squeezed below the height of its whole text at its width: the layout takes the
    // room from its stretchier neighbours instead. Call refit() after changing its text.
    static void showWholeText(QLabel *label);
    static void refit(QLabel *label);
};

} // namespace Gui
