// SPDX-License-Identifier: MIT
#include "cli/tokencommand.h"

#include "api/apiclient.h"
#include "api/tokenprovider.h"
#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString TokenCommand::summary() const
{
    return tr("Get an access token and show how long it is valid.");
}

QString TokenCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("Checks the client id, client secret and subscription key. The token itself is printed only with "
              "--show-token.");
}

void TokenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("show-token"), tr("Also print the token (a secret: it opens the API).")});
}

std::optional<int> TokenCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                         CliContext &context)
{
    Q_UNUSED(arguments)
    Q_UNUSED(context)
    m_showToken = parser.isSet(QStringLiteral("show-token"));
    return std::nullopt;
}

Api::ApiRequest TokenCommand::curlRequest(const Api::ApiClient &client) const
{
    return client.tokens()->request();
}

void TokenCommand::start(ApiSession &session)
{
    session.client().tokens()->token([this, &session](const Api::AccessToken *token, const Api::ApiError &error) {
        if (!token) {
            session.fail(error);
            return;
        }
        print(session, *token);
        session.finish(ExitOk);
    });
}

void TokenCommand::print(ApiSession &session, const Api::AccessToken &token) const
{
    QTextStream &out = session.context().out();
    const QString expiresOn = token.expiresOn.toUTC().toString(Qt::ISODate);
    if (session.options().json) {
        QJsonObject object{{QStringLiteral("expiresOn"), expiresOn},
                           {QStringLiteral("expiresIn"), token.expiresIn},
                           {QStringLiteral("tokenType"), token.tokenType}};
        if (m_showToken)
            object.insert(QStringLiteral("accessToken"), QString::fromUtf8(token.value));
        ApiOutput::printJson(out, QJsonDocument(object));
        return;
    }
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(token.expiresOn);
    out << tr("Access token valid until %1 (in %2 min)").arg(expiresOn).arg(qMax<qint64>(0, (seconds + 30) / 60))
        << '\n';
    if (m_showToken)
        out << token.value << '\n';
}

} // namespace Cli
