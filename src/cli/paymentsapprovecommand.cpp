// SPDX-License-Identifier: MIT
#include "cli/paymentsapprovecommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString PaymentsApproveCommand::summary() const
{
    return tr("Approve a payment as the test user (test environment only).");
}

QString PaymentsApproveCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("The test user must have approved one payment in the test app by hand first.");
}

void PaymentsApproveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("phone"), tr("The test user's phone number, e.g. 4712345678."), QStringLiteral("MSISDN")},
        {QStringLiteral("token"), tr("Or the token from the payment's redirect URL."), QStringLiteral("TOKEN")},
    });
}

std::optional<int> PaymentsApproveCommand::prepareOptions(const QCommandLineParser &parser, CliContext &context)
{
    m_request.phoneNumber = parser.value(QStringLiteral("phone")).trimmed();
    m_request.token = parser.value(QStringLiteral("token")).trimmed();
    const Base::FieldErrors errors = m_request.validate();
    if (!errors.isEmpty())
        return refuse(context, errors);
    return std::nullopt;
}

Api::ApiRequest PaymentsApproveCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::EPaymentApi::forceApproveRequest(m_reference, m_request);
}

void PaymentsApproveCommand::start(ApiSession &session)
{
    api(session).forceApprove(m_reference, m_request, [this, &session](const Api::ApiError &error) {
        if (!error.ok()) {
            session.fail(error);
            return;
        }
        if (session.options().json)
            ApiOutput::printJson(session.context().out(),
                                 QJsonDocument(QJsonObject{{QStringLiteral("approved"), m_reference}}));
        else
            session.context().out() << tr("Payment %1 approved as the test user.").arg(m_reference) << '\n';
        session.finish(ExitOk);
    });
}

} // namespace Cli
