// SPDX-License-Identifier: MIT
// `vipps-hooks pack new|run`: test packs, deliveries valid and broken on purpose, run against your handler.
#pragma once

#include "cli/groupcommand.h"

namespace Cli {

class PackCommand : public GroupCommand
{
public:
    PackCommand();
    QString name() const override { return QStringLiteral("pack"); }
    QString summary() const override;
};

} // namespace Cli
