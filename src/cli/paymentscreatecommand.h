// SPDX-License-Identifier: MIT
// `vipps-hooks payments create` (docs/vipps-wire.md §6, CreatePaymentRequest): refused before sending when the input
// breaks the API's rules; prints the reference and the URL to send the user to.
#pragma once

#include "api/epaymentapi.h"
#include "cli/apicommand.h"

#include <optional>

namespace Cli {

class PaymentsCreateCommand : public ApiCommand
{
public:
    QString name() const override { return QStringLiteral("payments create"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                               CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    std::optional<int> readRequired(const QCommandLineParser &parser, CliContext &context);
    void print(ApiSession &session, const Api::CreatedPayment &payment) const;

    Api::CreatePaymentRequest m_request;
    QString m_idempotencyKey;
    std::optional<Api::EPaymentApi> m_api;
};

} // namespace Cli
