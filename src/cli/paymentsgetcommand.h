// SPDX-License-Identifier: MIT
// `vipps-hooks payments get REF`: state, amount and aggregate of a payment (docs/vipps-wire.md §6).
#pragma once

#include "cli/paymentreferencecommand.h"

namespace Cli {

class PaymentsGetCommand : public PaymentReferenceCommand
{
public:
    QString name() const override { return QStringLiteral("payments get"); }
    QString summary() const override;

protected:
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;
};

} // namespace Cli
