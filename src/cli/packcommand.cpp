// SPDX-License-Identifier: MIT
#include "cli/packcommand.h"

#include "cli/packnewcommand.h"
#include "cli/packruncommand.h"

namespace Cli {

PackCommand::PackCommand()
{
    add(std::make_unique<PackNewCommand>());
    add(std::make_unique<PackRunCommand>());
}

QString PackCommand::summary() const
{
    return tr("Make a test pack of journal entries, valid and broken on purpose, and run it against your handler.");
}

} // namespace Cli
