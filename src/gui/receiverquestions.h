// SPDX-License-Identifier: MIT
// What the window asks and says when the receiver moves: whether to move the webhooks that still deliver to its
// old address. The box is window-modal, opened without a nested event loop.
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
};

} // namespace Gui
