// SPDX-License-Identifier: MIT
#include "cli/profileresolver.h"

#include "cli/apioptions.h"
#include "credentials/profilestorage.h"
#include "credentials/secretstore.h"
#include "sim/simulatorprofile.h"

#include <QList>

#include <memory>
#include <optional>

namespace Cli {

struct ProfileResolver::Wanted
{
    QString key;                       // the keychain entry
    QString Api::ClientConfig::*field; // where the value goes
    QString label;                     // "client secret"
    QString variable;                  // "VIPPS_CLIENT_SECRET", the way around the keychain
};

struct ProfileResolver::State
{
    Credentials::Profile profile;
    Api::ClientConfig config;
    QList<Wanted> pending;
    Done done;
};

namespace {

QString keychainProblem(const Credentials::SecretResult &result, const QString &profile, const QString &label,
                        const QString &variable)
{
    using Status = Credentials::SecretResult::Status;
    switch (result.status) {
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
        .arg(label, profile, result.message, variable);
}

} // namespace

void ProfileResolver::resolve(Credentials::ProfileStorage &storage, const Credentials::Profile &profile,
                              const ApiOptions &options, Done done)
{
    auto state = std::make_shared<State>();
    state->profile = profile;
    state->config = Api::ClientConfig::fromProfile(profile, QString(), QString());
    state->done = std::move(done);
    options.applyTo(&state->config);
    if (options.needsSecrets() && state->config.clientSecret.isEmpty())
        state->pending.append({Credentials::SecretStore::clientSecretKey(profile.name),
                               &Api::ClientConfig::clientSecret, tr("client secret"),
                               QStringLiteral("VIPPS_CLIENT_SECRET")});
    if (options.needsSecrets() && state->config.subscriptionKey.isEmpty())
        state->pending.append({Credentials::SecretStore::subscriptionKeyKey(profile.name),
                               &Api::ClientConfig::subscriptionKey, tr("subscription key"),
                               QStringLiteral("VIPPS_SUBSCRIPTION_KEY")});
    readNext(storage, state);
}

void ProfileResolver::readNext(Credentials::ProfileStorage &storage, std::shared_ptr<State> state)
{
    if (state->pending.isEmpty()) {
        state->done(state->config, QString());
        return;
    }
    const Wanted wanted = state->pending.takeFirst();
    storage.secrets().read(wanted.key, [&storage, state, wanted](const Credentials::SecretResult &result) {
        answered(storage, state, wanted, result);
    });
}

// A simulator profile's keys are public demo values: where the keychain has none (nothing stored, or no
// keychain at all) they stand in, silently. Denied or failed reads are still reported.
void ProfileResolver::answered(Credentials::ProfileStorage &storage, std::shared_ptr<State> state, const Wanted &wanted,
                               const Credentials::SecretResult &result)
{
    using Status = Credentials::SecretResult::Status;
    if (result.ok()) {
        state->config.*wanted.field = QString::fromUtf8(result.value);
        readNext(storage, state);
        return;
    }
    const bool absent = result.status == Status::NotFound || result.status == Status::Unavailable;
    const std::optional<QString> demo =
        absent ? Sim::SimulatorProfile::demoSecret(state->profile, wanted.key) : std::nullopt;
    if (!demo) {
        state->done(state->config, keychainProblem(result, state->profile.name, wanted.label, wanted.variable));
        return;
    }
    state->config.*wanted.field = *demo;
    readNext(storage, state);
}

} // namespace Cli
