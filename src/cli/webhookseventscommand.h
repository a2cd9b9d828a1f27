// SPDX-License-Identifier: MIT
// `vipps-hooks webhooks events`: the event types a webhook can be registered for, grouped, with meanings.
#pragma once

#include "cli/command.h"

namespace Cli {

class WebhooksEventsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("webhooks events"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static void printText(QTextStream &out);
    static void printJson(QTextStream &out);
};

} // namespace Cli
