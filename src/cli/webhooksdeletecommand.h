// SPDX-License-Identifier: MIT
// `vipps-hooks webhooks delete ID` (docs/vipps-wire.md §3); with --profile also forgets the stored secret.
#pragma once

#include "api/webhooksapi.h"
#include "cli/apicommand.h"

#include <optional>

namespace Cli {

class WebhooksDeleteCommand : public ApiCommand
{
public:
    QString name() const override { return QStringLiteral("webhooks delete"); }
    QString summary() const override;

protected:
    QList<Positional> positionals() const override;
    ApiOptions::MsnRule msnRule() const override { return ApiOptions::MsnRule::RequiredUnlessPartner; }
    std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                               CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    void deleted(ApiSession &session);
    void forgetSecret(ApiSession &session);
    void report(ApiSession &session, bool secretRemoved, const QString &problem);

    QString m_id;
    std::optional<Api::WebhooksApi> m_api;
};

} // namespace Cli
