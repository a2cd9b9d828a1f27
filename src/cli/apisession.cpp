// SPDX-License-Identifier: MIT
#include "cli/apisession.h"

#include "api/apiclient.h"
#include "cli/apioutput.h"
#include "cli/clicontext.h"
#include "cli/profileresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Cli {

namespace {

// Rendered by the curl printer as "$VIPPS_CLIENT_SECRET" and "$VIPPS_SUBSCRIPTION_KEY": nothing is sent
// with --curl, so the real values are not needed.
void fillPlaceholders(Api::ClientConfig *config)
{
    if (config->clientSecret.isEmpty())
        config->clientSecret = QStringLiteral("$VIPPS_CLIENT_SECRET");
    if (config->subscriptionKey.isEmpty())
        config->subscriptionKey = QStringLiteral("$VIPPS_SUBSCRIPTION_KEY");
}

} // namespace

ApiSession::ApiSession(const QString &command, const ApiOptions &options, CliContext &context, QObject *parent)
    : QObject(parent), m_command(command), m_options(options), m_context(context)
{}

// The client goes first and aborts what is still in flight, then the network manager.
ApiSession::~ApiSession() = default;

int ApiSession::exec(ApiOptions::MsnRule rule, Start start)
{
    m_rule = rule;
    m_start = std::move(start);
    QMetaObject::invokeMethod(this, &ApiSession::resolve, Qt::QueuedConnection);
    QCoreApplication::exec();
    m_context.out().flush();
    m_context.err().flush();
    return m_exitCode;
}

void ApiSession::finish(int exitCode)
{
    m_exitCode = exitCode;
    m_context.out().flush();
    m_context.err().flush();
    QCoreApplication::quit();
}

void ApiSession::fail(const Api::ApiError &error, const QStringList &hints)
{
    ApiOutput::printError(m_context.err(), m_command, error, hints);
    finish(error.exitCode());
}

void ApiSession::usageError(const QString &message)
{
    finish(m_context.usageError(m_command, message));
}

void ApiSession::resolve()
{
    if (!m_options.profile.isEmpty()) {
        ProfileResolver::resolve(m_storage, m_options, [this](const Api::ClientConfig &config, const QString &error) {
            begin(config, error);
        });
        return;
    }
    Api::ClientConfig config;
    config.system = Credentials::SystemInfo::defaults();
    m_options.applyTo(&config);
    begin(config, QString());
}

void ApiSession::begin(Api::ClientConfig config, const QString &error)
{
    if (!error.isEmpty()) {
        usageError(error);
        return;
    }
    const QStringList missing = m_options.missing(config, m_rule);
    if (!missing.isEmpty()) {
        usageError(tr("missing credentials:") + QLatin1String("\n  ") + missing.join(QLatin1String("\n  ")));
        return;
    }
    if (!m_options.needsSecrets())
        fillPlaceholders(&config);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Api::ApiClient>(m_network.get(), config);
    m_start(*this);
}

} // namespace Cli
