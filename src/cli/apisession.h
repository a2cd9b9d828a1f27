// SPDX-License-Identifier: MIT
// One run of an API command: works out the credentials (flags, environment, profile and keychain), builds the
// network manager and the API client, and runs the event loop until the command's call has answered.
#pragma once

#include "cli/apioptions.h"
#include "credentials/profilestorage.h"

#include <QObject>

#include <functional>
#include <memory>

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
    // Prints the error's lines to stderr and finishes with its exit code (1 API, 2 usage, 3 network).
    void fail(const Api::ApiError &error, const QStringList &hints = {});
    // Prints "vipps-hooks COMMAND: message" and a pointer to --help, finishes with 2.
    void usageError(const QString &message);

    Api::ApiClient &client() { return *m_client; }
    const ApiOptions &options() const { return m_options; }
    CliContext &context() { return m_context; }
    Credentials::ProfileStorage &storage() { return m_storage; }
    const QString &command() const { return m_command; }

private:
    void resolve();
    void begin(Api::ClientConfig config, const QString &error);

    QString m_command;
    ApiOptions m_options;
    CliContext &m_context;
    Credentials::ProfileStorage m_storage;
    ApiOptions::MsnRule m_rule = ApiOptions::MsnRule::Required;
    Start m_start;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Api::ApiClient> m_client; // declared after the network manager: destroyed before it
    int m_exitCode = 0;
};

} // namespace Cli
