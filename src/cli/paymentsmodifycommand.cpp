// SPDX-License-Identifier: MIT
#include "cli/paymentsmodifycommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/paymentoptions.h"

#include <QCommandLineParser>

namespace Cli {

namespace {
const QString DefaultCurrency = QStringLiteral("NOK");
}

QString PaymentsModifyCommand::name() const
{
    return m_kind == Kind::Capture ? QStringLiteral("payments capture") : QStringLiteral("payments refund");
}

QString PaymentsModifyCommand::summary() const
{
    return m_kind == Kind::Capture ? tr("Capture (take) all or part of an authorized payment.")
                                   : tr("Refund all or part of a captured payment.");
}

QString PaymentsModifyCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("Partial amounts are fine and can be repeated. Without --currency the amount is in NOK.");
}

void PaymentsModifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        PaymentOptions::amount(tr("Amount in minor units (øre/cents): 1000 is 10.00. Required.")),
        PaymentOptions::currency(tr("Currency of the payment (default NOK).")),
        PaymentOptions::idempotencyKey(),
    });
}

std::optional<int> PaymentsModifyCommand::prepareOptions(const QCommandLineParser &parser, CliContext &context)
{
    QString error;
    if (!PaymentOptions::readAmount(parser, &m_request.modificationAmount.value, &error) ||
        !PaymentOptions::readIdempotencyKey(parser, &m_idempotencyKey, &error))
        return context.usageError(name(), error);
    const QString currency = parser.value(QStringLiteral("currency")).trimmed();
    m_request.modificationAmount.currency = currency.isEmpty() ? DefaultCurrency : currency;
    const Base::FieldErrors errors = m_request.validate();
    if (!errors.isEmpty())
        return refuse(context, errors);
    return std::nullopt;
}

Api::ApiRequest PaymentsModifyCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return m_kind == Kind::Capture ? Api::EPaymentApi::captureRequest(m_reference, m_request, m_idempotencyKey)
                                   : Api::EPaymentApi::refundRequest(m_reference, m_request, m_idempotencyKey);
}

void PaymentsModifyCommand::start(ApiSession &session)
{
    auto done = [this, &session](const Api::Payment &payment, const Api::ApiError &error) {
        if (!error.ok()) {
            session.fail(error, PaymentOptions::retryHints(error, m_idempotencyKey));
            return;
        }
        const QString amount = m_request.modificationAmount.text();
        finishWithPayment(session, payment,
                          m_kind == Kind::Capture ? tr("Captured %1.").arg(amount) : tr("Refunded %1.").arg(amount));
    };
    if (m_kind == Kind::Capture)
        api(session).capture(m_reference, m_request, m_idempotencyKey, done);
    else
        api(session).refund(m_reference, m_request, m_idempotencyKey, done);
}

} // namespace Cli
