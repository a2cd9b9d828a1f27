// SPDX-License-Identifier: MIT
#include "cli/apioptions.h"

#include "api/clientconfig.h"
#include "credentials/environment.h"
#include "sim/simulatorprofile.h"

#include <QCommandLineParser>

namespace Cli {

namespace {

// The flag when given, else (where allowed) the environment variable.
QString flagOrEnvironment(const QCommandLineParser &parser, const QString &flag, const char *variable,
                          bool useEnvironment)
{
    if (parser.isSet(flag))
        return parser.value(flag).trimmed();
    return useEnvironment ? qEnvironmentVariable(variable).trimmed() : QString();
}

bool isDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

void ApiOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("profile"), tr("Use a profile saved in vipps-workbench (keys from the keychain)."),
         QStringLiteral("NAME")},
        {QStringLiteral("base-url"),
         tr("API base URL: https://apitest.vipps.no (or 'test'), https://api.vipps.no (or 'production'), or a "
            "simulator. Also VIPPS_BASE_URL."),
         QStringLiteral("URL")},
        {QStringLiteral("client-id"), tr("client_id of the sales unit. Also VIPPS_CLIENT_ID."), QStringLiteral("ID")},
        {QStringLiteral("client-secret"),
         tr("client_secret. Prefer VIPPS_CLIENT_SECRET: other users can see flags in 'ps'."), QStringLiteral("SECRET")},
        {QStringLiteral("subscription-key"),
         tr("Ocp-Apim-Subscription-Key. Prefer VIPPS_SUBSCRIPTION_KEY: other users can see flags in 'ps'."),
         QStringLiteral("KEY")},
        {QStringLiteral("msn"), tr("Merchant serial number of the sales unit. Also VIPPS_MSN."), QStringLiteral("MSN")},
        {QStringLiteral("partner"), tr("Partner keys: the MSN may be left out where the API allows it.")},
        {QStringLiteral("json"), tr("Print JSON for scripts instead of text.")},
        {QStringLiteral("curl"), tr("Print the equivalent curl command instead of sending (secrets as $VIPPS_...).")},
        {QStringLiteral("show-secrets"), tr("With --curl: put the real secrets into the command.")},
    });
    parser.addOption(
        Timeout.option(tr("Seconds to wait for each whole answer (default %1).").arg(Timeout.defaultSeconds)));
}

QString ApiOptions::helpEpilog()
{
    return tr("Credentials: --profile NAME, or --base-url with VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, "
              "VIPPS_SUBSCRIPTION_KEY and VIPPS_MSN in the environment (flags win over the environment). "
              "With --profile the profile gives the base URL, client id and MSN (flags still win), and "
              "VIPPS_CLIENT_SECRET and VIPPS_SUBSCRIPTION_KEY win over the keychain. With none of --profile, "
              "--base-url and VIPPS_BASE_URL, and no saved profile but 'simulator', the profile 'simulator' is used "
              "(created if missing): the local simulator at %1 with its demo keys.\n"
              "Exit status: 0 ok, 1 the API answered an error, 2 usage error, 3 network error or timeout.")
        .arg(Sim::SimulatorProfile::defaultProfile().baseUrl.toString());
}

bool ApiOptions::load(const QCommandLineParser &parser, QString *error)
{
    profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("profile")) && profile.isEmpty()) {
        *error = tr("--profile needs a name.");
        return false;
    }
    partner = parser.isSet(QStringLiteral("partner"));
    json = parser.isSet(QStringLiteral("json"));
    curl = parser.isSet(QStringLiteral("curl"));
    showSecrets = parser.isSet(QStringLiteral("show-secrets"));
    if (showSecrets && !curl) {
        *error = tr("--show-secrets only goes with --curl.");
        return false;
    }
    return loadFlagsAndEnvironment(parser, error) && Timeout.read(parser, &timeoutSeconds, error) && checkMsn(error);
}

bool ApiOptions::loadFlagsAndEnvironment(const QCommandLineParser &parser, QString *error)
{
    // A profile says where to call: VIPPS_BASE_URL and friends left over in the shell must not redirect it.
    const bool fromEnvironment = profile.isEmpty();
    clientId = flagOrEnvironment(parser, QStringLiteral("client-id"), "VIPPS_CLIENT_ID", fromEnvironment);
    merchantSerialNumber = flagOrEnvironment(parser, QStringLiteral("msn"), "VIPPS_MSN", fromEnvironment);
    m_clientIdFromEnvironment = !parser.isSet(QStringLiteral("client-id")) && !clientId.isEmpty();
    m_msnFromEnvironment = !parser.isSet(QStringLiteral("msn")) && !merchantSerialNumber.isEmpty();
    clientSecret = flagOrEnvironment(parser, QStringLiteral("client-secret"), "VIPPS_CLIENT_SECRET", true);
    subscriptionKey = flagOrEnvironment(parser, QStringLiteral("subscription-key"), "VIPPS_SUBSCRIPTION_KEY", true);
    const QString base = flagOrEnvironment(parser, QStringLiteral("base-url"), "VIPPS_BASE_URL", fromEnvironment);
    return base.isEmpty() || loadBaseUrl(base, error);
}

bool ApiOptions::loadBaseUrl(const QString &text, QString *error)
{
    Credentials::Environment environment;
    if (Credentials::environmentFromName(text, &environment) && !Credentials::fixedBaseUrl(environment).isEmpty()) {
        baseUrl = Credentials::fixedBaseUrl(environment);
        return true;
    }
    baseUrl = QUrl(text, QUrl::StrictMode);
    const bool http = baseUrl.scheme() == QLatin1String("http") || baseUrl.scheme() == QLatin1String("https");
    if (baseUrl.isValid() && http && !baseUrl.host().isEmpty() && baseUrl.userInfo().isEmpty())
        return true;
    *error = tr("--base-url (or VIPPS_BASE_URL) must be an http(s) address with a host and no user name, "
                "e.g. https://apitest.vipps.no or http://127.0.0.1:8790.");
    return false;
}

// docs/vipps-wire.md §1: the MSN is a digit string of 4 to 10 characters.
bool ApiOptions::checkMsn(QString *error) const
{
    const QString &msn = merchantSerialNumber;
    if (msn.isEmpty() || (msn.size() >= 4 && msn.size() <= 10 && isDigits(msn)))
        return true;
    *error = tr("--msn (or VIPPS_MSN) must be the 4 to 10 digits of the sales unit, e.g. 123456.");
    return false;
}

void ApiOptions::useDefaultProfile(const QString &name)
{
    profile = name;
    profileByDefault = true;
    if (m_clientIdFromEnvironment)
        clientId.clear();
    if (m_msnFromEnvironment)
        merchantSerialNumber.clear();
}

void ApiOptions::applyTo(Api::ClientConfig *config) const
{
    if (!baseUrl.isEmpty())
        config->baseUrl = baseUrl;
    if (!clientId.isEmpty())
        config->clientId = clientId;
    if (!clientSecret.isEmpty())
        config->clientSecret = clientSecret;
    if (!subscriptionKey.isEmpty())
        config->subscriptionKey = subscriptionKey;
    if (!merchantSerialNumber.isEmpty())
        config->merchantSerialNumber = merchantSerialNumber;
    config->partnerMode = config->partnerMode || partner;
    config->timeoutMs = timeoutSeconds * 1000;
}

QString ApiOptions::missingBaseUrl() const
{
    const QString line = tr("no base URL: pass --base-url URL or set VIPPS_BASE_URL (https://apitest.vipps.no for "
                            "the test environment), or use --profile NAME.");
    if (savedProfiles.isEmpty())
        return line;
    return line + QLatin1String("\n  ") +
           tr("saved profiles: %1 (pass --profile NAME).").arg(savedProfiles.join(QLatin1String(", ")));
}

QStringList ApiOptions::missing(const Api::ClientConfig &config, MsnRule rule) const
{
    QStringList lines;
    if (config.baseUrl.isEmpty())
        lines.append(missingBaseUrl());
    if (config.clientId.isEmpty())
        lines.append(tr("no client id: set VIPPS_CLIENT_ID or pass --client-id."));
    if (needsSecrets() && config.clientSecret.isEmpty())
        lines.append(tr("no client secret: set VIPPS_CLIENT_SECRET."));
    if (needsSecrets() && config.subscriptionKey.isEmpty())
        lines.append(tr("no subscription key: set VIPPS_SUBSCRIPTION_KEY."));
    const bool msnNeeded = rule == MsnRule::Required || (rule == MsnRule::RequiredUnlessPartner && !config.partnerMode);
    if (msnNeeded && config.merchantSerialNumber.isEmpty()) {
        lines.append(rule == MsnRule::Required
                         ? tr("no merchant serial number: set VIPPS_MSN or pass --msn.")
                         : tr("no merchant serial number: set VIPPS_MSN or pass --msn (or --partner with "
                              "partner keys)."));
    }
    return lines;
}

} // namespace Cli
