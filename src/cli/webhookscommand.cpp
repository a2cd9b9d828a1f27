// SPDX-License-Identifier: MIT
#include "cli/webhookscommand.h"

#include "cli/webhooksdeletecommand.h"
#include "cli/webhookseventscommand.h"
#include "cli/webhookslistcommand.h"
#include "cli/webhooksregistercommand.h"

namespace Cli {

WebhooksCommand::WebhooksCommand()
{
    add(std::make_unique<WebhooksListCommand>());
    add(std::make_unique<WebhooksRegisterCommand>());
    add(std::make_unique<WebhooksDeleteCommand>());
    add(std::make_unique<WebhooksEventsCommand>());
}

QString WebhooksCommand::summary() const
{
    return tr("List, register and delete webhooks (Webhooks API); list the event types.");
}

} // namespace Cli
