// SPDX-License-Identifier: MIT
// ePayment API v1 request bodies and the rules checked before sending (docs/vipps-wire.md §6).
// validate() names fields as the API does ("amount.value", "customer.phoneNumber") so a refusal reads like
// the API's own 400 answer; toJson() writes compact JSON in the field order of the docs' examples.
#pragma once

#include "base/fielderror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Api {

// Minor units (øre, cents): 1000 = 10.00. All three currencies have two decimals.
struct Amount
{
    // What an amount field holds: minor units (4900, the API's and the command line's) or major units (49.00, the
    // app's form); validation speaks in the field's unit.
    enum class Unit { Minor, Major };

    qint64 value = 0;
    QString currency; // NOK, DKK or EUR

    static constexpr qint64 kMaxValue = 65000000; // EP-SPEC maximum
    static QStringList currencies();
    // The smallest payment the API accepts in a currency: NOK 100 øre, DKK 1 øre, EUR 1 cent; 1 otherwise.
    static qint64 minimumPaymentValue(const QString &currency);
    // "49.00 NOK", as Base::amountText writes it.
    QString text() const;

    friend bool operator==(const Amount &, const Amount &) = default;
};

struct CreatePaymentRequest
{
    Amount amount;
    QString reference;          // ^[a-zA-Z0-9-]{8,64}$, unique per MSN
    QString paymentDescription; // optional, 3-100 characters
    QString userFlow = QStringLiteral("WEB_REDIRECT");
    QString returnUrl;   // required for WEB_REDIRECT
    QString phoneNumber; // customer.phoneNumber, MSISDN digits; required for PUSH_MESSAGE
    QString paymentMethodType = QStringLiteral("WALLET");
    QString customerInteraction; // optional: CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT

    static QStringList userFlows();
    static QStringList paymentMethodTypes();
    static QStringList customerInteractions();

    Base::FieldErrors validate(Amount::Unit unit = Amount::Unit::Minor) const;
    QByteArray toJson() const;

    // The reference rule validate() checks, for a reference given on its own (to get a payment by it).
    static Base::FieldErrors validateReference(const QString &reference);
};

// Capture and refund: {"modificationAmount":{"currency":"NOK","value":49900}}.
struct ModificationRequest
{
    Amount modificationAmount;

    Base::FieldErrors validate() const;
    QByteArray toJson() const;
};

// Cancel needs no body; {"cancelTransactionOnly":true} cancels only if the payment is not yet authorized.
struct CancelRequest
{
    bool cancelTransactionOnly = false;

    QByteArray toJson() const; // empty without cancelTransactionOnly
};

// Test environment only: approve a payment as the test user, by phone number or by the token from the
// create response's redirectUrl (both may be sent, as the official Postman collection does).
struct ForceApproveRequest
{
    QString phoneNumber; // customer.phoneNumber
    QString token;

    Base::FieldErrors validate() const;
    QByteArray toJson() const;
};

} // namespace Api
