// SPDX-License-Identifier: MIT
#include "cli/paymentreferencecommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"

#include <QJsonDocument>

namespace Cli {

QList<ApiCommand::Positional> PaymentReferenceCommand::positionals() const
{
    return {{QStringLiteral("REF"), tr("The payment's reference, as given to 'payments create'.")}};
}

std::optional<int> PaymentReferenceCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                                    CliContext &context)
{
    m_reference = arguments.value(0).trimmed();
    if (m_reference.isEmpty())
        return context.usageError(name(), tr("the reference must not be empty."));
    return prepareOptions(parser, context);
}

std::optional<int> PaymentReferenceCommand::prepareOptions(const QCommandLineParser &parser, CliContext &context)
{
    Q_UNUSED(parser)
    Q_UNUSED(context)
    return std::nullopt;
}

Api::EPaymentApi &PaymentReferenceCommand::api(ApiSession &session)
{
    m_api.emplace(&session.client());
    return *m_api;
}

void PaymentReferenceCommand::finishWithPayment(ApiSession &session, const Api::Payment &payment,
                                                const QString &headline) const
{
    QTextStream &out = session.context().out();
    if (session.options().json) {
        ApiOutput::printJson(out, QJsonDocument(payment.raw));
    } else {
        if (!headline.isEmpty())
            out << headline << '\n';
        out << ApiOutput::paymentText(payment);
    }
    session.finish(ExitOk);
}

} // namespace Cli
