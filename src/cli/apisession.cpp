// SPDX-License-Identifier: MIT
#include "cli/apisession.h"

#include "api/apiclient.h"
#include "cli/apioutput.h"
#include "cli/clicontext.h"
#include "cli/profileresolver.h"
#include "credentials/profilestore.h"
#include "sim/simulatorprofile.h"

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
    ApiOutput::printError(m_context.err(), m_command, error, hints + hintsFor(error));
    finish(error.exitCode());
}

bool ApiSession::callsSimulator() const
{
    if (m_profile)
        return m_profile->environment == Credentials::Environment::Simulator;
    return m_client && m_client->config().baseUrl.scheme() == QLatin1String("http");
}

// Connection refused on a simulator profile almost always means the simulator is not running.
QStringList ApiSession::hintsFor(const Api::ApiError &error) const
{
    const bool simulator = m_profile && m_profile->environment == Credentials::Environment::Simulator;
    if (error.kind != Api::ApiError::Kind::Network || !simulator)
        return {};
    const QUrl baseUrl = m_client ? m_client->config().baseUrl : m_profile->effectiveBaseUrl();
    return {tr("Nothing answers at %1: start the simulator with 'vipps-hooks sim' or open vipps-workbench.")
                .arg(baseUrl.toString())};
}

void ApiSession::usageError(const QString &message)
{
    finish(m_context.usageError(m_command, message));
}

void ApiSession::resolve()
{
    if (!m_options.namesTarget())
        chooseDefaultProfile();
    if (!m_options.profile.isEmpty()) {
        resolveProfile();
        return;
    }
    Api::ClientConfig config;
    config.system = Credentials::SystemInfo::defaults();
    m_options.applyTo(&config);
    begin(config, QString());
}

void ApiSession::chooseDefaultProfile()
{
    const Credentials::ProfileStore &store = m_storage.profiles();
    if (Sim::SimulatorProfile::isOnlyChoice(store))
        m_options.useDefaultProfile(Sim::SimulatorProfile::name());
    else
        m_options.savedProfiles = store.names();
}

void ApiSession::resolveProfile()
{
    QString error;
    m_profile = m_options.profileByDefault ? defaultProfile() : m_storage.load(m_options.profile, &error);
    if (!m_profile) {
        if (!error.isEmpty())
            usageError(error);
        return;
    }
    ProfileResolver::resolve(
        m_storage, *m_profile, m_options,
        [this](const Api::ClientConfig &config, const QString &problem) { begin(config, problem); });
}

// The saved simulator profile, added now when no profile is saved at all; says on stderr which one runs.
std::optional<Credentials::Profile> ApiSession::defaultProfile()
{
    const QString name = Sim::SimulatorProfile::name();
    const bool added = Sim::SimulatorProfile::ensureDefault(m_storage.profiles());
    QString error;
    std::optional<Credentials::Profile> profile = m_storage.load(name, &error);
    if (!profile && m_storage.profiles().names().isEmpty()) {
        // The settings file cannot be written: the built-in profile still works for this run.
        profile = Sim::SimulatorProfile::defaultProfile();
        error.clear();
    }
    if (!profile) {
        usageError(error);
        return std::nullopt;
    }
    m_context.err() << (added ? tr("No profile is saved yet: created profile '%1' for the local simulator at %2 "
                                   "(demo keys). Pass --profile NAME or --base-url URL to call elsewhere.")
                              : tr("Using profile '%1' (%2): no --profile, --base-url or VIPPS_BASE_URL was given."))
                           .arg(name, profile->effectiveBaseUrl().toString())
                    << '\n';
    return profile;
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
