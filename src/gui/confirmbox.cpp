// SPDX-License-Identifier: MIT
#include "gui/confirmbox.h"

#include <QPushButton>

namespace Gui {

void ConfirmBox::open(QWidget *parent, const std::function<void()> &confirmed) const
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    QPushButton *go = box->addButton(action, role);
    go->setObjectName(actionObjectName);
    if (!cancel.isEmpty())
        box->button(QMessageBox::Cancel)->setText(cancel);
    if (actionIsDefault)
        box->setDefaultButton(go);
    else
        box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QDialog::finished, box, [box, go, confirmed] {
        box->deleteLater();
        if (box->clickedButton() == go)
            confirmed();
    });
    box->open();
}

} // namespace Gui
