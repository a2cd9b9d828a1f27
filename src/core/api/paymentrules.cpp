// SPDX-License-Identifier: MIT
#include "api/paymentrules.h"

namespace Api {

namespace {

const QString kCreated = QStringLiteral("CREATED");
const QString kAuthorized = QStringLiteral("AUTHORIZED");

} // namespace

bool PaymentRules::approveExistsIn(Credentials::Environment environment)
{
    return environment == Credentials::Environment::Simulator || environment == Credentials::Environment::Test;
}

qint64 PaymentRules::capturable() const
{
    const PaymentAggregate &sum = m_payment.aggregate;
    return qMax<qint64>(0, sum.authorized.value - sum.captured.value - sum.cancelled.value);
}

qint64 PaymentRules::refundable() const
{
    const PaymentAggregate &sum = m_payment.aggregate;
    return qMax<qint64>(0, sum.captured.value - sum.refunded.value);
}

QString PaymentRules::whyNot(Action action) const
{
    switch (action) {
    case Action::Approve:
        if (m_payment.state == kCreated)
            return {};
        return tr("Only a CREATED payment can be approved; this one is %1.").arg(m_payment.state);
    case Action::Capture: return captureProblem();
    case Action::Refund: return refundProblem();
    case Action::Cancel: return cancelProblem();
    case Action::LandingPage: return landingPageProblem();
    }
    return {};
}

// The state stays AUTHORIZED after captures, refunds and cancels: the aggregate tells what is left.
QString PaymentRules::captureProblem() const
{
    if (m_payment.state != kAuthorized)
        return tr("Only an AUTHORIZED payment can be captured; this one is %1.").arg(m_payment.state);
    if (capturable() > 0)
        return {};
    const PaymentAggregate &sum = m_payment.aggregate;
    return tr("Nothing is left to capture: %1 authorized, %2 captured, %3 cancelled.")
        .arg(amountText(sum.authorized.value), amountText(sum.captured.value), amountText(sum.cancelled.value));
}

QString PaymentRules::refundProblem() const
{
    if (refundable() > 0)
        return {};
    const PaymentAggregate &sum = m_payment.aggregate;
    if (sum.captured.value == 0)
        return tr("Nothing is captured yet, so nothing can be refunded.");
    return tr("Nothing is left to refund: %1 captured, %2 refunded.")
        .arg(amountText(sum.captured.value), amountText(sum.refunded.value));
}

// Before approval a cancel terminates the payment; after it, a cancel releases what is neither captured nor
// cancelled yet. A fully captured payment is refunded instead (error 6040).
QString PaymentRules::cancelProblem() const
{
    if (m_payment.state == kCreated)
        return {};
    if (m_payment.state != kAuthorized)
        return tr("The payment is %1, which is final: it cannot be cancelled.").arg(m_payment.state);
    if (capturable() > 0)
        return {};
    return tr("Nothing authorized is left to cancel; refund what was captured instead.");
}

// ABORTED, EXPIRED and TERMINATED are final: the page can only say so. After approval it still shows the payment.
QString PaymentRules::landingPageProblem() const
{
    const QString &state = m_payment.state;
    if (state == QLatin1String("ABORTED") || state == QLatin1String("EXPIRED") || state == QLatin1String("TERMINATED"))
        return tr("The payment is %1, which is final: its landing page has nothing left to do.").arg(state);
    if (m_payment.redirectUrl.isEmpty())
        return tr("The API gave no landing page for this payment (a PUSH_MESSAGE payment goes to the app).");
    return {};
}

QString PaymentRules::cancelQuestion() const
{
    if (!allows(Action::Cancel))
        return {};
    const QString &reference = m_payment.reference;
    if (m_payment.state == kCreated)
        return tr("Cancel %1? It has not been approved yet: it ends as TERMINATED and can no longer be paid.")
            .arg(reference);
    const qint64 captured = m_payment.aggregate.captured.value;
    if (captured == 0)
        return tr("Cancel %1? The %2 authorized is released to the customer and can no longer be captured.")
            .arg(reference, amountText(capturable()));
    return tr("Cancel %1? The %2 not captured is released to the customer and can no longer be captured; the %3 "
              "captured stays, to be refunded if need be.")
        .arg(reference, amountText(capturable()), amountText(captured));
}

QStringList PaymentRules::nextSteps() const
{
    QStringList steps;
    if (allows(Action::Approve))
        steps.append(tr("approve (simulator and test environment)"));
    if (allows(Action::Capture))
        steps.append(tr("capture up to %1").arg(amountText(capturable())));
    if (allows(Action::Refund))
        steps.append(tr("refund up to %1").arg(amountText(refundable())));
    if (allows(Action::Cancel))
        steps.append(m_payment.state == kCreated ? tr("cancel (terminates it)")
                                                 : tr("cancel the %1 not captured").arg(amountText(capturable())));
    return steps;
}

QString PaymentRules::amountText(qint64 minorUnits) const
{
    return Amount{minorUnits, m_payment.amount.currency}.text();
}

} // namespace Api
