// SPDX-License-Identifier: MIT
#include "cli/profileresolver.h"

#include "cli/apioptions.h"
#include "credentials/profilestorage.h"
#include "credentials/secretresolver.h"

namespace Cli {

namespace {

QString keychainProblem(const Credentials::ResolvedSecret &secret, const QString &profile, const QString &label,
                        const QString &variable)
{
    using Status = Credentials::SecretResult::Status;
    switch (secret.status) {
    case Status::Ok: return QString();
    case Status::NotFound:
        return QCoreApplication::translate("Cli::ProfileResolver",
                                           "profile '%1' has no %2 in the keychain. Set %3, or enter it in "
                                           "vipps-workbench.")
            .arg(profile, label, variable);
    case Status::Unavailable:
        return QCoreApplication::translate("Cli::ProfileResolver",
                                           "no keychain is available here, so the %1 of profile '%2' cannot be "
                                           "read. Pass the keys in the environment instead: VIPPS_CLIENT_SECRET "
                                           "and VIPPS_SUBSCRIPTION_KEY.")
            .arg(label, profile);
    case Status::Denied:
    case Status::Failed: break;
    }
    return QCoreApplication::translate("Cli::ProfileResolver", "cannot read the %1 of profile '%2': %3 Or set %4.")
        .arg(label, profile, secret.message, variable);
}

} // namespace

void ProfileResolver::resolve(Credentials::ProfileStorage &storage, const Credentials::Profile &profile,
                              const ApiOptions &options, Done done)
{
    Api::ClientConfig config = Api::ClientConfig::fromProfile(profile, QString(), QString());
    options.applyTo(&config);
    Credentials::SecretRequest request;
    request.clientSecret = options.needsSecrets() && config.clientSecret.isEmpty();
    request.subscriptionKey = options.needsSecrets() && config.subscriptionKey.isEmpty();
    if (!request.clientSecret && !request.subscriptionKey) {
        done(config, QString());
        return;
    }
    Credentials::SecretResolver::resolve(&storage.secrets(), profile, request,
                                         [config, name = profile.name, done](const auto &secrets) mutable {
                                             const QString error = apply(secrets, name, &config);
                                             done(config, error);
                                         });
}

// The keys found go into the configuration; the first one missing is the error.
QString ProfileResolver::apply(const Credentials::ResolvedSecrets &secrets, const QString &profile,
                               Api::ClientConfig *config)
{
    struct Wanted
    {
        const Credentials::ResolvedSecret &secret;
        QString Api::ClientConfig::*field;
        QString label;
        QString variable; // the way around the keychain
    };
    const Wanted wanted[] = {
        {secrets.clientSecret, &Api::ClientConfig::clientSecret, tr("client secret"),
         QStringLiteral("VIPPS_CLIENT_SECRET")},
        {secrets.subscriptionKey, &Api::ClientConfig::subscriptionKey, tr("subscription key"),
         QStringLiteral("VIPPS_SUBSCRIPTION_KEY")},
    };
    for (const Wanted &key : wanted) {
        if (key.secret.isMissing())
            return keychainProblem(key.secret, profile, key.label, key.variable);
        if (key.secret.found())
            config->*key.field = key.secret.text();
    }
    return QString();
}

} // namespace Cli
