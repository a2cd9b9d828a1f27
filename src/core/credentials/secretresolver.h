// SPDX-License-Identifier: MIT
// A profile's secrets for use: the client secret, the subscription key and the stored webhook secrets, read in
// one batch, and the one rule on when the simulator's demo keys stand in (docs/architecture.md §5).
#pragma once

#include "credentials/profile.h"
#include "credentials/secretstore.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace Credentials {

// One secret as resolved: its value, or why there is none.
struct ResolvedSecret
{
    enum class Source {
        NotRead,  // not asked for
        Keychain, // read from the secret store
        Demo,     // the simulator's demo value (DemoKeys), where the store has none
        Missing,  // none: status and message say why
    };
    Source source = Source::NotRead;
    QByteArray value;                                       // for Keychain and Demo
    SecretResult::Status status = SecretResult::Status::Ok; // the store's answer; never Ok when Missing
    QString message;                                        // the store's words for the user; never a secret

    bool found() const { return source == Source::Keychain || source == Source::Demo; }
    bool isMissing() const { return source == Source::Missing; }
    QString text() const { return QString::fromUtf8(value); }
};

struct ResolvedWebhookSecret
{
    QString webhookId;
    ResolvedSecret secret;
};

struct ResolvedSecrets
{
    ResolvedSecret clientSecret;
    ResolvedSecret subscriptionKey;
    QList<ResolvedWebhookSecret> webhookSecrets; // every one asked for, in that order, found or not
};

// What to read; a caller that has a key from elsewhere (the command line's VIPPS_* variables) leaves it out.
struct SecretRequest
{
    bool clientSecret = true;
    bool subscriptionKey = true;
    QStringList webhookIds; // usually ProfileStore::webhookIds() of the profile
};

class SecretResolver
{
public:
    using Done = std::function<void(const ResolvedSecrets &secrets)>;

    // Reads what request names from store, one entry after another without a nested event loop, and answers
    // once, later from the event loop; never when the store is gone first.
    // The rule: a Simulator-environment profile uses DemoKeys' client secret and subscription key where the
    // store has none (NotFound) or there is no keychain (Unavailable). A Denied or Failed read stays Missing,
    // so it is reported, never silently replaced. Webhook secrets have no stand-in.
    static void resolve(SecretStore *store, const Profile &profile, const SecretRequest &request, Done done);
};

} // namespace Credentials
