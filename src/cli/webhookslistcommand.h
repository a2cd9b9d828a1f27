// SPDX-License-Identifier: MIT
// `vipps-hooks webhooks list`: the registered webhooks of the sales unit (docs/vipps-wire.md §3).
#pragma once

#include "api/webhooksapi.h"
#include "cli/apicommand.h"

#include <optional>

namespace Cli {

class WebhooksListCommand : public ApiCommand
{
public:
    QString name() const override { return QStringLiteral("webhooks list"); }
    QString summary() const override;

protected:
    ApiOptions::MsnRule msnRule() const override { return ApiOptions::MsnRule::RequiredUnlessPartner; }
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    static void printText(QTextStream &out, const QList<Api::Webhook> &webhooks, const QStringList &stored);
    static void printJson(QTextStream &out, const QList<Api::Webhook> &webhooks, const QStringList &stored);

    std::optional<Api::WebhooksApi> m_api;
};

} // namespace Cli
