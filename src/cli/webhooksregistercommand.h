// SPDX-License-Identifier: MIT
// `vipps-hooks webhooks register --url URL --event TYPE...` (docs/vipps-wire.md §3). Prints the id and the secret,
// which Vipps returns only this once; with --profile the secret also goes to the keychain, where
// `vipps-hooks listen --profile` finds it. The URL is checked first (docs/architecture.md §3 "Pre-flight of a webhook
// URL") unless --no-check.
#pragma once

#include "api/webhooksapi.h"
#include "cli/apicommand.h"
#include "tunnel/urlpreflight.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace Cli {

class WebhooksRegisterCommand : public ApiCommand
{
public:
    QString name() const override { return QStringLiteral("webhooks register"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ApiOptions::MsnRule msnRule() const override { return ApiOptions::MsnRule::RequiredUnlessPartner; }
    std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                               CliContext &context) override;
    Base::FieldErrors check(Api::ApiClient &client) const override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    std::optional<int> checkEvents(CliContext &context) const;
    void preflightDone(ApiSession &session, const Tunnel::PreflightReport &report);
    void registerNow(ApiSession &session);
    void registered(ApiSession &session, const Api::RegisteredWebhook &webhook);
    void storeSecret(ApiSession &session, const Api::RegisteredWebhook &webhook);
    void report(ApiSession &session, const Api::RegisteredWebhook &webhook, const QString &storedIn,
                const QString &problem);
    void printRegistration(ApiSession &session, const Api::RegisteredWebhook &webhook, bool stored) const;

    QUrl m_url;
    QStringList m_events;
    bool m_showSecret = false;
    bool m_check = true;
    std::unique_ptr<Tunnel::UrlPreflight> m_preflight;
    std::optional<Api::WebhooksApi> m_api;
};

} // namespace Cli
