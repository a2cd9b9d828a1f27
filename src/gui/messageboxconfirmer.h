// SPDX-License-Identifier: MIT
// The app's way of asking before something that cannot be taken back: a warning box whose default is Cancel.
#pragma once

#include "workbench/confirmer.h"

#include <QCoreApplication>
#include <QPointer>

class QWidget;

namespace Gui {

class MessageBoxConfirmer : public Workbench::Confirmer
{
    Q_DECLARE_TR_FUNCTIONS(Gui::MessageBoxConfirmer)

public:
    // The window the box belongs to; none until the window exists.
    void setWindow(QWidget *window) { m_window = window; }
    bool confirm(const QString &title, const QString &question) override;

private:
    QPointer<QWidget> m_window;
};

} // namespace Gui
