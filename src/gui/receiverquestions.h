// SPDX-License-Identifier: MIT
// What the window asks and says when the receiver moves: whether to move the webhooks that still deliver to its
// old address, and that a port could not be had. The boxes are window-modal, opened without a nested event loop.
#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <functional>

class QWidget;

namespace Gui {

class ReceiverQuestions
{
    Q_DECLARE_TR_FUNCTIONS(Gui::ReceiverQuestions)

public:
    // count registrations still deliver to from; confirmed() runs only when the user chose to move them to to.
    static void moveRegistrations(QWidget *parent, int count, const QUrl &from, const QUrl &to,
                                  const std::function<void()> &confirmed);
    // The receiver could not move to port (message says why); it still listens at runningAt, or not at all if empty.
    static void portRefused(QWidget *parent, quint16 port, const QString &message, const QUrl &runningAt);
};

} // namespace Gui
