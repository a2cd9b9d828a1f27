// SPDX-License-Identifier: MIT
// The two questions the credentials panel asks: what to do with unsaved changes before leaving them, and whether
// to delete a profile. Each box is window-modal, opened without a nested event loop; answer gets the choice.
#pragma once

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>

class QWidget;

namespace Gui {

class ProfileQuestions
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ProfileQuestions)

public:
    // Save (only when the changes are valid), Discard or Cancel. name is empty for a new profile.
    static void unsavedChanges(QWidget *parent, const QString &name, bool valid,
                               const std::function<void(QMessageBox::StandardButton choice)> &answer);
    // consequence says what goes with it (Workbench::ProfileEditing::deleteConsequence); confirmed() runs only when
    // the user chose Delete.
    static void deleteProfile(QWidget *parent, const QString &name, const QString &consequence,
                              const std::function<void()> &confirmed);
};

} // namespace Gui
