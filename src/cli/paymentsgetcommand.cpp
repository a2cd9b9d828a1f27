// SPDX-License-Identifier: MIT
#include "cli/paymentsgetcommand.h"

#include "cli/apisession.h"

namespace Cli {

QString PaymentsGetCommand::summary() const
{
    return tr("Show a payment: state, amount, and what was authorized, captured, refunded, cancelled.");
}

Api::ApiRequest PaymentsGetCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::EPaymentApi::getRequest(m_reference);
}

void PaymentsGetCommand::start(ApiSession &session)
{
    api(session).get(m_reference, [this, &session](const Api::Payment &payment, const Api::ApiError &error) {
        if (error.ok())
            finishWithPayment(session, payment, QString());
        else
            session.fail(error);
    });
}

} // namespace Cli
