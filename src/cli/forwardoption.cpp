// SPDX-License-Identifier: MIT
#include "cli/forwardoption.h"

#include "api/eventcatalog.h"
#include "cli/eventsuggestions.h"

namespace Cli {

bool ForwardOption::load(const QStringList &values, Receiver::ForwardRoutes *routes, QString *error)
{
    for (const QString &value : values) {
        QString problem;
        std::optional<Receiver::ForwardRoute> route = Receiver::ForwardRoute::parse(value, &problem);
        if (!route) {
            *error = QStringLiteral("--forward-to: ") + problem;
            return false;
        }
        if (!route->eventType.isEmpty() && !checkEventType(&*route, error))
            return false;
        routes->append(*route);
    }
    return true;
}

bool ForwardOption::checkEventType(Receiver::ForwardRoute *route, QString *error)
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    if (catalog.isKnown(route->eventType))
        return true;
    if (const QString type = catalog.typeForPaymentEventName(route->eventType); !type.isEmpty()) {
        route->eventType = type;
        return true;
    }
    const QStringList close = EventSuggestions::closeTo(route->eventType, catalog);
    const QString hint = close.isEmpty() ? tr("'vipps-hooks webhooks events' lists the known types.")
                                         : tr("Did you mean: %1? ('vipps-hooks webhooks events' lists them all.)")
                                               .arg(close.join(QLatin1String(", ")));
    *error = tr("--forward-to: '%1' is not a known event type. %2").arg(route->eventType, hint);
    return false;
}

} // namespace Cli
