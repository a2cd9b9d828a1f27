// SPDX-License-Identifier: MIT
// Help → Keyboard shortcuts: every action of the window that has a key, with what it does, read from the
// actions themselves so the list cannot go stale.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace Gui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // (keys as shown on this system, what it does), sorted by what it does; one row per distinct pair.
    static QList<QPair<QString, QString>> shortcutsOf(const QWidget *window);

    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
};

} // namespace Gui
