// SPDX-License-Identifier: MIT
// `vipps-hooks payments approve REF`: force approve as the test user (docs/vipps-wire.md §6, test environment only).
#pragma once

#include "cli/paymentreferencecommand.h"

namespace Cli {

class PaymentsApproveCommand : public PaymentReferenceCommand
{
public:
    QString name() const override { return QStringLiteral("payments approve"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    std::optional<int> prepareOptions(const QCommandLineParser &parser, CliContext &context) override;
    Api::ApiRequest curlRequest(const Api::ApiClient &client) const override;
    void start(ApiSession &session) override;

private:
    Api::ForceApproveRequest m_request;
};

} // namespace Cli
