// SPDX-License-Identifier: MIT
// What the payments panel asks before it calls: how much to capture or refund (at most what is left, from
// Api::PaymentRules), whether to cancel (saying what a cancel does now), and which reference to open. Each dialog is
// window-modal, opened without a nested event loop; the callback gets the answer and is not called on Cancel.
#pragma once

#include "api/epaymentapi.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Gui {

class PaymentQuestions
{
    Q_DECLARE_TR_FUNCTIONS(Gui::PaymentQuestions)

public:
    enum class Modification { Capture, Refund };

    // Nothing is asked when nothing is left to capture or refund.
    static void amount(QWidget *parent, Modification modification, const Api::Payment &payment,
                       const std::function<void(const Api::Amount &amount)> &chosen);
    // Nothing is asked when the payment cannot be cancelled.
    static void cancel(QWidget *parent, const Api::Payment &payment, const std::function<void()> &confirmed);
    static void reference(QWidget *parent, const QString &merchantSerialNumber,
                          const std::function<void(const QString &reference)> &chosen);
};

} // namespace Gui
