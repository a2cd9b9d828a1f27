// SPDX-License-Identifier: MIT
// Base of the payments subcommands that act on one payment: `payments get|events|approve|capture|refund|cancel REF`.
#pragma once

#include "api/epaymentapi.h"
#include "cli/apicommand.h"

#include <optional>

namespace Cli {

class PaymentReferenceCommand : public ApiCommand
{
protected:
    QList<Positional> positionals() const override;
    std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                               CliContext &context) final;
    // The subcommand's own options, after REF is read.
    virtual std::optional<int> prepareOptions(const QCommandLineParser &parser, CliContext &context);

    Api::EPaymentApi &api(ApiSession &session);
    // --json: the API's JSON as received; else the headline and the payment's state and amounts.
    void finishWithPayment(ApiSession &session, const Api::Payment &payment, const QString &headline) const;

    QString m_reference;

private:
    std::optional<Api::EPaymentApi> m_api;
};

} // namespace Cli
