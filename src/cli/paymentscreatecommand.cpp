// SPDX-License-Identifier: MIT
#include "cli/paymentscreatecommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/paymentoptions.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString PaymentsCreateCommand::summary() const
{
    return tr("Create a payment (ePayment API) and print where to send the user.");
}

QString PaymentsCreateCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("Input that breaks the API's rules is refused before anything is sent (exit status 2).\n"
              "Example: vipps-hooks payments create --amount 1000 --currency NOK --reference acme-test-0001 "
              "--return-url https://example.com/return");
}

void PaymentsCreateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        PaymentOptions::amount(tr("Amount in minor units (øre/cents): 1000 is 10.00. Required.")),
        PaymentOptions::currency(tr("Currency of the sales unit's market. Required.")),
        {QStringLiteral("reference"), tr("Your unique id for this payment: 8-64 of A-Z, a-z, 0-9 and '-'. Required."),
         QStringLiteral("REF")},
        {QStringLiteral("description"), tr("Text the user sees, 3-100 characters."), QStringLiteral("TEXT")},
        {QStringLiteral("flow"),
         tr("User flow: %1 (default WEB_REDIRECT).").arg(Api::CreatePaymentRequest::userFlows().join(QLatin1Char('|'))),
         QStringLiteral("FLOW")},
        {QStringLiteral("return-url"), tr("Where the user returns after WEB_REDIRECT (required for it)."),
         QStringLiteral("URL")},
        {QStringLiteral("phone"), tr("The customer's phone number, digits with country code (e.g. 4712345678)."),
         QStringLiteral("MSISDN")},
        PaymentOptions::idempotencyKey(),
    });
}

std::optional<int> PaymentsCreateCommand::readRequired(const QCommandLineParser &parser, CliContext &context)
{
    QString error;
    if (!PaymentOptions::readAmount(parser, &m_request.amount.value, &error))
        return context.usageError(name(), error);
    m_request.amount.currency = parser.value(QStringLiteral("currency")).trimmed();
    if (m_request.amount.currency.isEmpty())
        return context.usageError(name(), tr("--currency is required: NOK, DKK or EUR."));
    m_request.reference = parser.value(QStringLiteral("reference")).trimmed();
    if (m_request.reference.isEmpty())
        return context.usageError(name(), tr("--reference is required: your unique id for this payment."));
    if (!PaymentOptions::readIdempotencyKey(parser, &m_idempotencyKey, &error))
        return context.usageError(name(), error);
    return std::nullopt;
}

std::optional<int> PaymentsCreateCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                                  CliContext &context)
{
    Q_UNUSED(arguments)
    m_request = Api::CreatePaymentRequest();
    if (const std::optional<int> stop = readRequired(parser, context))
        return stop;
    m_request.paymentDescription = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("flow")))
        m_request.userFlow = parser.value(QStringLiteral("flow")).trimmed();
    m_request.returnUrl = parser.value(QStringLiteral("return-url")).trimmed();
    m_request.phoneNumber = parser.value(QStringLiteral("phone")).trimmed();
    const Base::FieldErrors errors = m_request.validate();
    if (!errors.isEmpty())
        return refuse(context, errors);
    return std::nullopt;
}

Api::ApiRequest PaymentsCreateCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::EPaymentApi::createRequest(m_request, m_idempotencyKey);
}

void PaymentsCreateCommand::start(ApiSession &session)
{
    m_api.emplace(&session.client());
    m_api->create(m_request, m_idempotencyKey,
                  [this, &session](const Api::CreatedPayment &payment, const Api::ApiError &error) {
                      if (!error.ok()) {
                          session.fail(error, PaymentOptions::retryHints(error, m_idempotencyKey));
                          return;
                      }
                      print(session, payment);
                      session.finish(ExitOk);
                  });
}

void PaymentsCreateCommand::print(ApiSession &session, const Api::CreatedPayment &payment) const
{
    QTextStream &out = session.context().out();
    if (session.options().json) {
        QJsonObject object{{QStringLiteral("reference"), payment.reference}};
        if (!payment.redirectUrl.isEmpty())
            object.insert(QStringLiteral("redirectUrl"), payment.redirectUrl);
        ApiOutput::printJson(out, QJsonDocument(object));
        return;
    }
    out << tr("Payment created: %1").arg(payment.reference.isEmpty() ? m_request.reference : payment.reference) << '\n';
    if (payment.redirectUrl.isEmpty())
        out << tr("No redirect URL: the user approves in the app after a push message.") << '\n';
    else
        out << tr("Redirect URL: %1").arg(payment.redirectUrl) << '\n';
}

} // namespace Cli
