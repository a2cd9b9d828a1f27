// SPDX-License-Identifier: MIT
#include "cli/paymentscancelcommand.h"

#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/paymentoptions.h"

#include <QCommandLineParser>

namespace Cli {

QString PaymentsCancelCommand::summary() const
{
    return tr("Cancel a payment: release what is authorized and not captured.");
}

QString PaymentsCancelCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("Before the user approves, the payment becomes TERMINATED; after, it stays AUTHORIZED and the "
              "cancelled amount grows. A fully captured payment cannot be cancelled: refund it.");
}

void PaymentsCancelCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("transaction-only"), tr("Cancel only if the user has not approved yet.")},
        PaymentOptions::idempotencyKey(),
    });
}

std::optional<int> PaymentsCancelCommand::prepareOptions(const QCommandLineParser &parser, CliContext &context)
{
    m_request.cancelTransactionOnly = parser.isSet(QStringLiteral("transaction-only"));
    QString error;
    if (!PaymentOptions::readIdempotencyKey(parser, &m_idempotencyKey, &error))
        return context.usageError(name(), error);
    return std::nullopt;
}

Api::ApiRequest PaymentsCancelCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::EPaymentApi::cancelRequest(m_reference, m_request, m_idempotencyKey);
}

void PaymentsCancelCommand::start(ApiSession &session)
{
    api(session).cancel(m_reference, m_request, m_idempotencyKey,
                        [this, &session](const Api::Payment &payment, const Api::ApiError &error) {
                            if (error.ok())
                                finishWithPayment(session, payment, tr("Cancelled %1.").arg(m_reference));
                            else
                                session.fail(error, PaymentOptions::retryHints(error, m_idempotencyKey));
                        });
}

} // namespace Cli
