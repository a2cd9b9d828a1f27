// SPDX-License-Identifier: MIT
// `vipps-hooks token`: gets an access token (docs/vipps-wire.md §2) and says how long it is valid.
#pragma once

#include "cli/apicommand.h"

namespace Api {
struct AccessToken;
}

namespace Cli {

class TokenCommand : public ApiCommand
{
public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ApiOptions::MsnRule msnRule() const override { return ApiOptions::MsnRule::Optional; }
    std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                               CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    void print(ApiSession &session, const Api::AccessToken &token) const;

    bool m_showToken = false;
};

} // namespace Cli
