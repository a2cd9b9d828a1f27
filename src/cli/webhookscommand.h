// SPDX-License-Identifier: MIT
// `vipps-hooks webhooks list|register|delete|events`.
#pragma once

#include "cli/groupcommand.h"

namespace Cli {

class WebhooksCommand : public GroupCommand
{
public:
    WebhooksCommand();
    QString name() const override { return QStringLiteral("webhooks"); }
    QString summary() const override;
};

} // namespace Cli
