// SPDX-License-Identifier: MIT
// `vipps-hooks payments capture|refund REF --amount N [--currency C]` (docs/vipps-wire.md §6, modificationAmount).
#pragma once

#include "cli/paymentreferencecommand.h"

namespace Cli {

class PaymentsModifyCommand : public PaymentReferenceCommand
{
public:
    enum class Kind { Capture, Refund };

    explicit PaymentsModifyCommand(Kind kind) : m_kind(kind) {}
    QString name() const override;
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    std::optional<int> prepareOptions(const QCommandLineParser &parser, CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    Kind m_kind;
    Api::ModificationRequest m_request;
    QString m_idempotencyKey;
};

} // namespace Cli
