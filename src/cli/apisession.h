// SPDX-License-Identifier: MIT
// One run of an API command: works out the credentials (flags, environment, profile and keychain; the simulator
// profile when nothing says where to call and no other profile is saved), builds the network manager and the API
// client, and runs the event loop until the command's call has answered.
#pragma once

#include "cli/apioptions.h"
#include "credentials/profilestorage.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Api {
class ApiClient;
struct ApiError;
struct ClientConfig;
} // namespace Api

namespace Cli {

class CliContext;

class ApiSession : public QObject
{
    Q_OBJECT

public:
    using Start = std::function<void(ApiSession &session)>;

    // command is how usage errors name it: "token", "webhooks list".
    ApiSession(const QString &command, const ApiOptions &options, CliContext &context, QObject *parent = nullptr);
    ~ApiSession() override;

    // Runs the event loop: resolves the credentials, then calls start with a ready client; returns the code
    // given to finish(), or 2 when the credentials are incomplete.
    int exec(ApiOptions::MsnRule rule, Start start);
    void finish(int exitCode);
    // Prints the error's lines to stderr and finishes with its exit code (1 API, 2 usage, 3 network). A network
    // error on a simulator profile adds how to start the simulator.
    void fail(const Api::ApiError &error, const QStringList &hints = {});
    // Prints "vipps-hooks COMMAND: message" and a pointer to --help, finishes with 2.
    void usageError(const QString &message);

    // The call goes to the local simulator: a simulator profile, or plain http to the API (Vipps is only https).
    bool callsSimulator() const;
    Api::ApiClient &client() { return *m_client; }
    const ApiOptions &options() const { return m_options; }
    CliContext &context() { return m_context; }
    Credentials::ProfileStorage &storage() { return m_storage; }
    const QString &command() const { return m_command; }

private:
    void resolve();
    // No --profile, --base-url or VIPPS_BASE_URL: takes the simulator profile when it is the only choice
    // (adding it to the store if missing); otherwise notes the saved profiles for the error message.
    void chooseDefaultProfile();
    void resolveProfile();
    std::optional<Credentials::Profile> defaultProfile();
    void begin(Api::ClientConfig config, const QString &error);
    QStringList hintsFor(const Api::ApiError &error) const;

    QString m_command;
    ApiOptions m_options;
    CliContext &m_context;
    Credentials::ProfileStorage m_storage;
    ApiOptions::MsnRule m_rule = ApiOptions::MsnRule::Required;
    std::optional<Credentials::Profile> m_profile; // the profile the call uses, if any
    Start m_start;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::ApiClient> m_client; // declared after the network manager: destroyed before it
    int m_exitCode = 0;
};

} // namespace Cli
