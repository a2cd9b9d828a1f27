// SPDX-License-Identifier: MIT
#include "cli/webhookseventscommand.h"

#include "api/eventcatalog.h"
#include "cli/apioutput.h"
#include "cli/clicontext.h"
#include "cli/helptext.h"

#include <QCommandLineParser>
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
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QLatin1Char('\n') +
                                     tr("Pass them to 'vipps-hooks webhooks register --event TYPE'."));
    parser.addOption({QStringLiteral("json"), tr("Print the catalog as JSON.")});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.usageError(name(), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << HelpText::of(parser, name());
        context.out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(name(), tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("json")))
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
