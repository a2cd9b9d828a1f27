// SPDX-License-Identifier: MIT
// Every state-changing call on a production profile asks first (register, delete, create, capture, refund,
// cancel), naming what it will do to real money or real webhooks. Other environments never ask.
#pragma once

#include "credentials/profile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Gui {

class ProductionGuard
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ProductionGuard)

public:
    // Shows the question and answers true to go on; a message box unless replaced (tests).
    using Asker = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;

    // action is what the button said, e.g. "Capture NOK 49.00 of order-17".
    static bool allows(QWidget *parent, const Credentials::Profile &profile, const QString &action);
    static void setAsker(Asker asker); // an empty asker restores the message box
    // How many times the guard asked since start (tests check it asked, and only when it should).
    static int questionsAsked();

private:
    static bool askWithMessageBox(QWidget *parent, const QString &title, const QString &question);
};

} // namespace Gui
