// SPDX-License-Identifier: MIT
#include "cli/webhookseventscommand.h"

#include "api/eventcatalog.h"
#include "cli/apioutput.h"
#include "cli/clicontext.h"
#include "cli/commandparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString WebhooksEventsCommand::summary() const
{
    return tr("List the event types a webhook can be registered for.");
}

int WebhooksEventsCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Pass them to 'vipps-hooks webhooks register --event TYPE'."));
    parser.options().addOption({QStringLiteral("json"), tr("Print the catalog as JSON.")});
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    if (parser.options().isSet(QStringLiteral("json")))
        printJson(context.out());
    else
        printText(context.out());
    context.out().flush();
    return ExitOk;
}

void WebhooksEventsCommand::printText(QTextStream &out)
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    qsizetype width = 0;
    for (const Api::EventType &type : catalog.all())
        width = qMax(width, type.type.size());
    bool first = true;
    for (const QString &group : catalog.groups()) {
        out << (first ? "" : "\n") << group << '\n';
        first = false;
        for (const Api::EventType &type : catalog.inGroup(group))
            out << "  " << type.type.leftJustified(width + 2) << type.meaning << '\n';
    }
}

void WebhooksEventsCommand::printJson(QTextStream &out)
{
    QJsonArray types;
    for (const Api::EventType &type : Api::EventCatalog::instance().all()) {
        QJsonObject object{{QStringLiteral("type"), type.type},
                           {QStringLiteral("group"), type.group},
                           {QStringLiteral("meaning"), type.meaning}};
        if (!type.paymentEventName.isEmpty())
            object.insert(QStringLiteral("paymentEventName"), type.paymentEventName);
        types.append(object);
    }
    ApiOutput::printJson(out, QJsonDocument(QJsonObject{{QStringLiteral("eventTypes"), types}}));
}

} // namespace Cli
