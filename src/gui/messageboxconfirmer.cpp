// SPDX-License-Identifier: MIT
#include "gui/messageboxconfirmer.h"

#include <QMessageBox>
#include <QPushButton>

namespace Gui {

bool MessageBoxConfirmer::confirm(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, m_window);
    QPushButton *proceed = box.addButton(tr("Call production"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == proceed;
}

} // namespace Gui
