// SPDX-License-Identifier: MIT
// The credentials panel's list of profiles: a row per stored profile, the one in use in bold and marked, production
// ones with a warning icon, the environment and address in the tooltip. Filled and selected without signals, so
// only the user's own clicks reach the panel.
#pragma once

#include <QCoreApplication>
#include <QString>

class QListWidget;
class QListWidgetItem;

namespace Workbench {
class ProfileEditing;
}

namespace Gui {

class ProfileList
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ProfileList)

public:
    // Neither is owned.
    ProfileList(QListWidget *list, const Workbench::ProfileEditing *editing) : m_list(list), m_editing(editing) {}

    static QString nameOf(const QListWidgetItem *item);
    int count() const;
    // Every stored profile, with select selected (none when empty).
    void reload(const QString &select);
    void selectQuietly(const QString &name);
    // Marks again which one is in use, after the session changed.
    void decorateAll();

private:
    void decorate(QListWidgetItem *item) const;

    QListWidget *m_list;
    const Workbench::ProfileEditing *m_editing;
};

} // namespace Gui
