// SPDX-License-Identifier: MIT
#include "credentials/secretresolver.h"

#include "credentials/demokeys.h"
#include "credentials/secretbatch.h"
#include "credentials/storagelocations.h"

namespace Credentials {

namespace {

using Status = SecretResult::Status;

ResolvedSecret resolvedFrom(const SecretResult &result)
{
    ResolvedSecret secret;
    secret.status = result.status;
    if (result.ok()) {
        secret.source = ResolvedSecret::Source::Keychain;
        secret.value = result.value;
    } else {
        secret.source = ResolvedSecret::Source::Missing;
        secret.message = result.message;
    }
    return secret;
}

// The demo keys are public and only the simulator takes them; a keychain that refuses or fails is the user's
// to know about.
bool demoStandsIn(const Profile &profile, Status status)
{
    return profile.environment == Environment::Simulator &&
           (status == Status::NotFound || status == Status::Unavailable);
}

ResolvedSecret resolvedKey(const SecretResult &result, const Profile &profile, const QString &demo)
{
    ResolvedSecret secret = resolvedFrom(result);
    if (secret.isMissing() && demoStandsIn(profile, result.status)) {
        secret.source = ResolvedSecret::Source::Demo;
        secret.value = demo.toUtf8();
        secret.message.clear();
    }
    return secret;
}

} // namespace

void SecretResolver::resolve(SecretStore *store, const Profile &profile, const SecretRequest &request, Done done)
{
    const QString clientSecretKey = StorageLocations::clientSecretKey(profile.name);
    const QString subscriptionKeyKey = StorageLocations::subscriptionKeyKey(profile.name);
    QStringList keys;
    if (request.clientSecret)
        keys.append(clientSecretKey);
    if (request.subscriptionKey)
        keys.append(subscriptionKeyKey);
    for (const QString &id : request.webhookIds)
        keys.append(StorageLocations::webhookSecretKey(profile.name, id));

    SecretBatch::read(store, keys, [=, done = std::move(done)](const SecretBatch::Results &results) {
        ResolvedSecrets secrets;
        if (request.clientSecret)
            secrets.clientSecret = resolvedKey(results.value(clientSecretKey), profile, DemoKeys::clientSecret());
        if (request.subscriptionKey)
            secrets.subscriptionKey =
                resolvedKey(results.value(subscriptionKeyKey), profile, DemoKeys::subscriptionKey());
        for (const QString &id : request.webhookIds)
            secrets.webhookSecrets.append(
                {id, resolvedFrom(results.value(StorageLocations::webhookSecretKey(profile.name, id)))});
        done(secrets);
    });
}

} // namespace Credentials
