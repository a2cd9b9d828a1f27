// SPDX-License-Identifier: MIT
// Reading the JSON bodies of the ePayment calls the ledger takes (docs/vipps-wire.md §6): the create-payment body
// first, and the small bodies of capture, refund, cancel and force approve. The readers check the JSON
// types, the required members and that no unknown member is sent, appending one ExtraDetail per fault in
// the order the fields are read; the rules of the values themselves are the Api request's validate()'s.
#pragma once

#include "api/apierror.h"
#include "api/epaymentrequest.h"

#include <QJsonObject>
#include <QList>

namespace Sim::RequestBody {

// POST /epayment/v1/payments. Does not call validate(): the ledger reports its errors separately.
Api::CreatePaymentRequest readCreate(const QJsonObject &body, QList<Api::ExtraDetail> *errors);
// {"modificationAmount":{"currency":"NOK","value":49900}}; validate() runs when the JSON is well formed.
Api::ModificationRequest readModification(const QJsonObject &body, QList<Api::ExtraDetail> *errors);
// {} or {"cancelTransactionOnly":true}.
Api::CancelRequest readCancel(const QJsonObject &body, QList<Api::ExtraDetail> *errors);
// {"customer":{"phoneNumber"}} and/or {"token"}; validate() always runs.
Api::ForceApproveRequest readForceApprove(const QJsonObject &body, QList<Api::ExtraDetail> *errors);

} // namespace Sim::RequestBody
