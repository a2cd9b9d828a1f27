// SPDX-License-Identifier: MIT
// `vipps-hooks payments cancel REF [--transaction-only]` (docs/vipps-wire.md §6, cancel).
#pragma once

#include "cli/paymentreferencecommand.h"

namespace Cli {

class PaymentsCancelCommand : public PaymentReferenceCommand
{
public:
    QString name() const override { return QStringLiteral("payments cancel"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    std::optional<int> prepareOptions(const QCommandLineParser &parser, CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    Api::CancelRequest m_request;
    QString m_idempotencyKey;
};

} // namespace Cli
