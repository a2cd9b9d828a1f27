// SPDX-License-Identifier: MIT
#include "gui/productionguard.h"

#include <QMessageBox>
#include <QPushButton>

namespace Gui {

namespace {

ProductionGuard::Asker &currentAsker()
{
    static ProductionGuard::Asker asker;
    return asker;
}

int &askedCount()
{
    static int count = 0;
    return count;
}

} // namespace

bool ProductionGuard::allows(QWidget *parent, const Credentials::Profile &profile, const QString &action)
{
    if (!profile.isProduction())
        return true;
    ++askedCount();
    const QString title = tr("Production: %1").arg(profile.name);
    const QString question = tr("%1\n\nThis calls the production API of Vipps MobilePay with real merchant keys. "
                                "Go on?")
                                 .arg(action);
    const Asker &asker = currentAsker();
    return asker ? asker(parent, title, question) : askWithMessageBox(parent, title, question);
}

void ProductionGuard::setAsker(Asker asker)
{
    currentAsker() = std::move(asker);
}

int ProductionGuard::questionsAsked()
{
    return askedCount();
}

bool ProductionGuard::askWithMessageBox(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    QPushButton *proceed = box.addButton(tr("Call production"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == proceed;
}

} // namespace Gui
