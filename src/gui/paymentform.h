// SPDX-License-Identifier: MIT
// The create-payment form: amount in major units (49.00, sent as 4900 minor units), currency, reference, description,
// user flow, return URL and phone number, each checked by CreatePaymentRequest::validate() as the user types, with
// the API's reason shown under the field and Create disabled while any rule is broken (docs/vipps-wire.md §6). An
// amount field without a number in it (cleared, or a lone separator) is no amount: zero, which no rule accepts.
#pragma once

#include "api/epaymentrequest.h"
#include "credentials/environment.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class PaymentForm;
}

namespace Gui {

class PaymentForm : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentForm(QWidget *parent = nullptr);
    ~PaymentForm() override;

    // What the fields say now, amount converted to minor units.
    Api::CreatePaymentRequest request() const;
    Base::FieldErrors errors() const { return request().validate(Api::Amount::Unit::Major); }
    bool isValid() const { return errors().isEmpty(); }
    QString phoneNumber() const;

    // The test user's number is filled in for the simulator and test; production and custom start empty.
    void setEnvironment(Credentials::Environment environment);
    // Whether a payment can be made at all (a profile is ready); reason says why not.
    void setCreateAvailable(bool available, const QString &reason);
    // Whether "Create and approve" makes sense (force approve exists in the simulator and test only).
    void setApproveAvailable(bool available);
    void setCreating(bool creating); // a create call is on its way
    void newReference();

    // wb-<yyyyMMdd>-<6 random letters and digits>: 18 characters, within ^[a-zA-Z0-9-]{8,64}$.
    static QString freshReference(const QDate &date = QDate::currentDate());
    static QString defaultPhoneNumber(Credentials::Environment environment);
    // 49.00 → 4900; rounds to whole minor units.
    static qint64 toMinorUnits(double majorUnits);

signals:
    void createRequested();
    void createAndApproveRequested();

private:
    void setUpFields();
    void setUpActions();
    void revalidate();
    void showErrors(const Base::FieldErrors &errors);
    QLabel *errorLabelFor(const QString &field) const;
    void updateButtons();
    void updateAmountHint();

    std::unique_ptr<Ui::PaymentForm> m_ui;
    Credentials::Environment m_environment = Credentials::Environment::Simulator;
    QString m_unavailableReason;
    bool m_createAvailable = false;
    bool m_approveAvailable = false;
    bool m_creating = false;
    bool m_valid = false;
};

} // namespace Gui
