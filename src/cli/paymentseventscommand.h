// SPDX-License-Identifier: MIT
// `vipps-hooks payments events REF`: the payment's event log (docs/vipps-wire.md §6), one row per event.
#pragma once

#include "cli/paymentreferencecommand.h"

namespace Cli {

class PaymentsEventsCommand : public PaymentReferenceCommand
{
public:
    QString name() const override { return QStringLiteral("payments events"); }
    QString summary() const override;

protected:
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    static void printText(QTextStream &out, const QList<Api::PaymentEvent> &events);
    static void printJson(QTextStream &out, const QList<Api::PaymentEvent> &events);
};

} // namespace Cli
