// SPDX-License-Identifier: MIT
#include "gui/paymentquestions.h"

#include "api/paymentrules.h"
#include "gui/paymentform.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Gui {

// What is left is offered, and no more (PaymentRules); more than that is still the API's to refuse, through the
// command line or PaymentActions.
void PaymentQuestions::amount(QWidget *parent, Modification modification, const Api::Payment &payment,
                              const std::function<void(const Api::Amount &amount)> &chosen)
{
    const Api::PaymentRules rules(payment);
    const bool capture = modification == Modification::Capture;
    const QString &reference = payment.reference;
    const QString currency = payment.amount.currency;
    const qint64 rest = capture ? rules.capturable() : rules.refundable();
    if (rest <= 0)
        return;
    const QString restText = Api::Amount{rest, currency}.text();

    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(capture ? QStringLiteral("captureDialog") : QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(capture ? tr("Capture %1").arg(reference) : tr("Refund %1").arg(reference));
    dialog->setLabelText(
        capture ? tr("Amount to capture in %1, at most %2: authorized and not yet captured.").arg(currency, restText)
                : tr("Amount to refund in %1, at most %2: captured and not yet refunded.").arg(currency, restText));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleRange(0.01, double(rest) / 100.0);
    dialog->setDoubleValue(double(rest) / 100.0);
    dialog->setOkButtonText(capture ? tr("Capture") : tr("Refund"));
    QObject::connect(dialog, &QInputDialog::doubleValueSelected, dialog, [chosen, currency](double value) {
        chosen(Api::Amount{PaymentForm::toMinorUnits(value), currency});
    });
    dialog->open();
}

// As Capture… and Refund… have their dialog: what the cancel does, and the choice to keep the payment.
void PaymentQuestions::cancel(QWidget *parent, const Api::Payment &payment, const std::function<void()> &confirmed)
{
    const QString question = Api::PaymentRules(payment).cancelQuestion();
    if (question.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel %1").arg(payment.reference), question,
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *cancel = box->addButton(tr("Cancel the payment"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(tr("Keep it"), QMessageBox::RejectRole));
    QObject::connect(cancel, &QPushButton::clicked, box, confirmed);
    box->open();
}

void PaymentQuestions::reference(QWidget *parent, const QString &merchantSerialNumber,
                                 const std::function<void(const QString &reference)> &chosen)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("openReferenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open payment by reference"));
    dialog->setLabelText(tr("Reference of a payment of merchant serial number %1:").arg(merchantSerialNumber));
    dialog->setOkButtonText(tr("Open"));
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, chosen);
    dialog->open();
}

} // namespace Gui
