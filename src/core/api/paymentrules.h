// SPDX-License-Identifier: MIT
// What may be done next with a payment, from its state and aggregate (docs/vipps-wire.md §6 "States and events",
// "Capture / refund / cancel bodies", "Force approve (test environment only)"). The app's buttons and the
// command line's hints both ask here, so they never disagree.
#pragma once

#include "api/epaymentapi.h"
#include "credentials/environment.h"

#include <QCoreApplication>
#include <QStringList>

namespace Api {

class PaymentRules
{
    Q_DECLARE_TR_FUNCTIONS(Api::PaymentRules)

public:
    // LandingPage: the customer's page of the create answer's redirectUrl, where the payment is approved or rejected.
    enum class Action { Approve, Capture, Refund, Cancel, LandingPage };

    explicit PaymentRules(const Payment &payment) : m_payment(payment) {}

    // Force approve exists in the simulator and the test environment only.
    static bool approveExistsIn(Credentials::Environment environment);

    qint64 capturable() const; // authorized, less captured and cancelled; never below zero
    qint64 refundable() const; // captured, less refunded; never below zero

    bool allows(Action action) const { return whyNot(action).isEmpty(); }
    // Empty when the action is allowed; otherwise a sentence saying why not, with the amounts.
    QString whyNot(Action action) const;
    // What a cancel would do now, asked before it is sent; empty when cancel is not allowed.
    QString cancelQuestion() const;
    // What can be done now, e.g. "capture up to 49.00 NOK", "cancel"; empty for a finished payment.
    QStringList nextSteps() const;

private:
    QString amountText(qint64 minorUnits) const;
    QString captureProblem() const;
    QString refundProblem() const;
    QString cancelProblem() const;
    QString landingPageProblem() const;

    Payment m_payment;
};

} // namespace Api
