// SPDX-License-Identifier: MIT
#include "gui/profilequestions.h"

#include <QPushButton>

namespace Gui {

void ProfileQuestions::unsavedChanges(QWidget *parent, const QString &name, bool valid,
                                      const std::function<void(QMessageBox::StandardButton choice)> &answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                name.isEmpty() ? tr("The new profile is not saved yet.")
                                               : tr("Profile %1 has unsaved changes.").arg(name),
                                QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box->setInformativeText(valid ? tr("Save them, or discard them?")
                                  : tr("They cannot be saved as they are: the messages next to the fields say why. "
                                       "Discard them?"));
    if (valid)
        box->addButton(QMessageBox::Save);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QDialog::finished, box, [box, answer] {
        box->deleteLater();
        answer(box->standardButton(box->clickedButton()));
    });
    box->open();
}

void ProfileQuestions::deleteProfile(QWidget *parent, const QString &name, const QString &consequence,
                                     const std::function<void()> &confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"), tr("Delete profile %1?").arg(name),
                                QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(consequence);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QDialog::finished, box, [box, confirm, confirmed] {
        box->deleteLater();
        if (box->clickedButton() == confirm)
            confirmed();
    });
    box->open();
}

} // namespace Gui
