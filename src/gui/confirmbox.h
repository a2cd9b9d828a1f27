// SPDX-License-Identifier: MIT
// A question with one button that goes ahead and one that does not, as the panels ask before something that is
// hard to undo or probably a mistake. Window-modal, opened without a nested event loop.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace Gui {

struct ConfirmBox
{
    QString objectName; // for tests and accessibility tools
    QString title;
    QString text;
    QString details;
    QString action; // the button that goes ahead
    QString actionObjectName;
    QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    bool actionIsDefault = false; // else Cancel is
    QString cancel;               // Cancel's text; empty: the standard one

    // confirmed() runs only when the user chose the action; the box deletes itself when answered.
    void open(QWidget *parent, const std::function<void()> &confirmed) const;
};

} // namespace Gui
