// SPDX-License-Identifier: MIT
#include "cli/apioutput.h"

#include "api/apierror.h"
#include "api/epaymentapi.h"
#include "api/paymentrules.h"
#include "base/visibletext.h"

#include <QJsonDocument>
#include <QTextStream>

namespace Cli {

QString ApiOutput::heading(const Api::ApiError &error)
{
    switch (error.kind) {
    case Api::ApiError::Kind::Http: return tr("the API answered with an error:");
    case Api::ApiError::Kind::Validation: return tr("refused before sending:");
    default: return QString();
    }
}

void ApiOutput::printError(QTextStream &stream, const QString &command, const Api::ApiError &error,
                           const QStringList &hints)
{
    const QStringList lines = error.lines(); // the API's words already escaped
    const QString title = heading(error);
    stream << "vipps-hooks " << command << ": ";
    if (title.isEmpty() && lines.size() == 1) {
        stream << lines.first() << '\n';
    } else {
        stream << title << '\n';
        for (const QString &line : lines)
            stream << "  " << line << '\n';
    }
    for (const QString &hint : hints)
        stream << hint << '\n';
    stream.flush();
}

void ApiOutput::printJson(QTextStream &stream, const QJsonDocument &document)
{
    stream << Base::visibleJson(document.toJson(QJsonDocument::Indented));
    stream.flush();
}

QString ApiOutput::paymentText(const Api::Payment &payment)
{
    // Every value is the API's: shown with its control characters escaped.
    const auto shown = [](const QString &value) { return Base::visibleText(value); };
    const Api::PaymentAggregate &sum = payment.aggregate;
    QString text;
    QTextStream stream(&text);
    stream << tr("Reference:  %1").arg(shown(payment.reference)) << '\n'
           << tr("State:      %1").arg(shown(payment.state)) << '\n'
           << tr("Amount:     %1").arg(shown(payment.amount.text())) << '\n'
           << tr("Authorized: %1").arg(shown(sum.authorized.text())) << '\n'
           << tr("Captured:   %1").arg(shown(sum.captured.text())) << '\n'
           << tr("Refunded:   %1").arg(shown(sum.refunded.text())) << '\n'
           << tr("Cancelled:  %1").arg(shown(sum.cancelled.text())) << '\n';
    // What the state and the amounts allow next, as the app enables its buttons (docs/vipps-wire.md §6).
    const QStringList next = Api::PaymentRules(payment).nextSteps();
    stream << tr("Next:       %1")
                  .arg(next.isEmpty() ? tr("nothing, the payment is finished") : next.join(QLatin1String("; ")))
           << '\n';
    if (!payment.pspReference.isEmpty())
        stream << tr("PSP reference: %1").arg(shown(payment.pspReference)) << '\n';
    stream.flush();
    return text;
}

} // namespace Cli
