// SPDX-License-Identifier: MIT
#include "cli/paymentseventscommand.h"

#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString PaymentsEventsCommand::summary() const
{
    return tr("Show a payment's event log: what happened, when, and whether it succeeded.");
}

Api::ApiRequest PaymentsEventsCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::EPaymentApi::eventsRequest(m_reference);
}

void PaymentsEventsCommand::start(ApiSession &session)
{
    api(session).events(m_reference, [&session](const QList<Api::PaymentEvent> &events, const Api::ApiError &error) {
        if (!error.ok()) {
            session.fail(error);
            return;
        }
        if (session.options().json)
            printJson(session.context().out(), events);
        else
            printText(session.context().out(), events);
        session.finish(ExitOk);
    });
}

void PaymentsEventsCommand::printText(QTextStream &out, const QList<Api::PaymentEvent> &events)
{
    if (events.isEmpty()) {
        out << tr("No events yet.") << '\n';
        return;
    }
    TextTable table({tr("TIME"), tr("EVENT"), tr("AMOUNT"), tr("SUCCESS"), tr("PSP REFERENCE")});
    for (const Api::PaymentEvent &event : events)
        table.addRow({event.timestamp, event.name, event.amount.text(),
                      event.success ? tr("yes") : tr("no"), event.pspReference});
    out << table.toString();
}

void PaymentsEventsCommand::printJson(QTextStream &out, const QList<Api::PaymentEvent> &events)
{
    QJsonArray items;
    for (const Api::PaymentEvent &event : events) {
        QJsonObject object{
            {QStringLiteral("reference"), event.reference},
            {QStringLiteral("pspReference"), event.pspReference},
            {QStringLiteral("name"), event.name},
            {QStringLiteral("amount"), QJsonObject{{QStringLiteral("currency"), event.amount.currency},
                                                   {QStringLiteral("value"), event.amount.value}}},
            {QStringLiteral("timestamp"), event.timestamp},
            {QStringLiteral("success"), event.success},
        };
        if (!event.idempotencyKey.isEmpty())
            object.insert(QStringLiteral("idempotencyKey"), event.idempotencyKey);
        items.append(object);
    }
    ApiOutput::printJson(out, QJsonDocument(items));
}

} // namespace Cli
