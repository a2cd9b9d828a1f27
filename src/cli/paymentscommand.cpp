// SPDX-License-Identifier: MIT
#include "cli/paymentscommand.h"

#include "cli/paymentsapprovecommand.h"
#include "cli/paymentscancelcommand.h"
#include "cli/paymentscreatecommand.h"
#include "cli/paymentseventscommand.h"
#include "cli/paymentsgetcommand.h"
#include "cli/paymentsmodifycommand.h"

namespace Cli {

PaymentsCommand::PaymentsCommand()
{
    add(std::make_unique<PaymentsCreateCommand>());
    add(std::make_unique<PaymentsGetCommand>());
    add(std::make_unique<PaymentsEventsCommand>());
    add(std::make_unique<PaymentsApproveCommand>());
    add(std::make_unique<PaymentsModifyCommand>(PaymentsModifyCommand::Kind::Capture));
    add(std::make_unique<PaymentsModifyCommand>(PaymentsModifyCommand::Kind::Refund));
    add(std::make_unique<PaymentsCancelCommand>());
}

QString PaymentsCommand::summary() const
{
    return tr("Create, inspect, approve, capture, refund and cancel payments (ePayment API).");
}

} // namespace Cli
