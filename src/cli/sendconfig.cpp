// SPDX-License-Identifier: MIT
#include "cli/sendconfig.h"

#include "api/eventcatalog.h"
#include "cli/commandparser.h"
#include "cli/eventsuggestions.h"
#include "cli/wholenumber.h"
#include "credentials/profile.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QUuid>

namespace Cli {

namespace {

// docs/vipps-wire.md §5 (payload `reference`): ^[a-zA-Z0-9-]{8,64}$.
bool isReference(const QString &text)
{
    if (text.size() < 8 || text.size() > 64)
        return false;
    for (const QChar c : text) {
        const bool letter =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!letter && !digit && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString generatedReference()
{
    return QStringLiteral("send-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QStringList paymentEventTypes(const Api::EventCatalog &catalog)
{
    QStringList types;
    for (const Api::EventType &type : catalog.all()) {
        if (!type.paymentEventName.isEmpty())
            types.append(type.type);
    }
    return types;
}

// Close types for the input, and for a mistyped event name ("captred") the types near
// "epayments.payment.captred.v1".
QStringList suggestions(const QString &wanted, const Api::EventCatalog &catalog)
{
    QStringList close = EventSuggestions::closeTo(wanted, catalog);
    if (!wanted.contains(QLatin1Char('.')))
        close += EventSuggestions::closeTo(QStringLiteral("epayments.payment.%1.v1").arg(wanted.toLower()), catalog);
    return close;
}

} // namespace

void SendConfig::addOptions(CommandParser &parser)
{
    parser.addPositional(QStringLiteral("EVENT"),
                         tr("An ePayment event type (epayments.payment.captured.v1) or its name (CAPTURED)."),
                         tr("missing EVENT, e.g. epayments.payment.captured.v1 or CAPTURED."));
    parser.options().addOptions({
        {QStringLiteral("to"), tr("Your webhook handler's URL, as it would be registered with Vipps."),
         QStringLiteral("URL")},
        {QStringLiteral("secret"),
         tr("The webhook secret to sign with. Also VIPPS_WEBHOOK_SECRET (safer: other users can see flags in 'ps')."),
         QStringLiteral("S")},
        {QStringLiteral("reference"), tr("The payment reference (default send-<8 hex digits>)."), QStringLiteral("R")},
        {QStringLiteral("amount"), tr("The amount in minor units (default 1000, i.e. 10.00)."), QStringLiteral("N")},
        {QStringLiteral("currency"), tr("NOK, DKK or EUR (default NOK)."), QStringLiteral("CURRENCY")},
        {QStringLiteral("msn"), tr("The merchant serial number in the payload (default 123456)."),
         QStringLiteral("MSN")},
        {QStringLiteral("webhook-id"), tr("The Webhook-Id header (default a fresh UUID)."), QStringLiteral("ID")},
        {QStringLiteral("tamper"),
         tr("Break the delivery on purpose: 'body' (changed after signing), 'signature' (corrupted) or 'date' "
            "(signed 15 minutes ago)."),
         QStringLiteral("WHAT")},
        Timeout.option(
            tr("Seconds to wait for the whole answer (default %1, as Vipps does).").arg(Timeout.defaultSeconds)),
        {QStringLiteral("json"), tr("Print one JSON object instead of text.")},
    });
}

QString SendConfig::tamperName(Tamper tamper)
{
    switch (tamper) {
    case Tamper::Body: return QStringLiteral("body");
    case Tamper::Signature: return QStringLiteral("signature");
    case Tamper::Date: return QStringLiteral("date");
    case Tamper::None: break;
    }
    return QStringLiteral("none");
}

bool SendConfig::load(const QCommandLineParser &parser, const QString &event, QString *error)
{
    json = parser.isSet(QStringLiteral("json"));
    return loadEvent(event, error) && loadTarget(parser, error) && loadPayload(parser, error) &&
           loadDelivery(parser, error);
}

// docs/vipps-wire.md §4: only ePayment events have a payload this command knows how to build (§5).
bool SendConfig::loadEvent(const QString &event, QString *error)
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    const QString wanted = event.trimmed();
    const Api::EventType *known = catalog.find(wanted);
    eventType = known ? known->type : catalog.typeForPaymentEventName(wanted);
    if (const Api::EventType *type = catalog.find(eventType); type && !type->paymentEventName.isEmpty()) {
        eventName = type->paymentEventName;
        return true;
    }
    const QStringList types = paymentEventTypes(catalog);
    QStringList close;
    for (const QString &type : suggestions(wanted, catalog)) {
        if (types.contains(type) && !close.contains(type))
            close.append(type);
    }
    const QString what = known ? tr("'%1' is not an ePayment event; only those can be sent.").arg(wanted)
                               : tr("'%1' is not a known ePayment event.").arg(wanted);
    const QString hint = close.isEmpty() ? tr("Known: %1.").arg(types.join(QLatin1String(", ")))
                                         : tr("Did you mean: %1?").arg(close.join(QLatin1String(", ")));
    *error = what + QLatin1Char(' ') + hint;
    return false;
}

bool SendConfig::loadTarget(const QCommandLineParser &parser, QString *error)
{
    const QString url = parser.value(QStringLiteral("to")).trimmed();
    if (url.isEmpty()) {
        *error = tr("--to is required: your handler's URL, e.g. http://localhost:3000/webhooks/vipps.");
        return false;
    }
    to = QUrl(url, QUrl::StrictMode);
    const bool http = to.scheme() == QLatin1String("http") || to.scheme() == QLatin1String("https");
    if (!to.isValid() || !http || to.host().isEmpty() || !to.userInfo().isEmpty()) {
        *error = tr("--to must be an http(s) URL with a host and no user name, e.g. "
                    "http://localhost:3000/webhooks/vipps.");
        return false;
    }
    secret = parser.isSet(QStringLiteral("secret")) ? parser.value(QStringLiteral("secret")).toUtf8()
                                                    : qgetenv("VIPPS_WEBHOOK_SECRET");
    if (secret.isEmpty()) {
        *error = tr("--secret (or VIPPS_WEBHOOK_SECRET) is required: the secret your handler verifies with.");
        return false;
    }
    return true;
}

bool SendConfig::loadPayload(const QCommandLineParser &parser, QString *error)
{
    reference = parser.isSet(QStringLiteral("reference")) ? parser.value(QStringLiteral("reference")).trimmed()
                                                          : generatedReference();
    if (!isReference(reference)) {
        *error = tr("--reference must be 8 to 64 letters, digits or '-', e.g. acme-order-0001.");
        return false;
    }
    if (parser.isSet(QStringLiteral("msn")))
        msn = parser.value(QStringLiteral("msn")).trimmed();
    if (!Credentials::isMerchantSerialNumber(msn)) {
        *error = tr("--msn must be the 4 to 10 digits of a sales unit, e.g. 123456.");
        return false;
    }
    return loadAmount(parser, error);
}

bool SendConfig::loadAmount(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("amount"))) {
        const std::optional<qint64> value =
            WholeNumber::parse(parser.value(QStringLiteral("amount")), 1, Api::Amount::kMaxValue);
        amount.value = value.value_or(0);
        if (!value) {
            *error = tr("--amount must be a whole number of minor units from 1 to %1 (1000 means 10.00).")
                         .arg(Api::Amount::kMaxValue);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("currency")))
        amount.currency = parser.value(QStringLiteral("currency")).trimmed();
    if (!Api::Amount::currencies().contains(amount.currency)) {
        *error = tr("--currency must be one of %1.").arg(Api::Amount::currencies().join(QLatin1String(", ")));
        return false;
    }
    return true;
}

bool SendConfig::loadDelivery(const QCommandLineParser &parser, QString *error)
{
    webhookId = parser.isSet(QStringLiteral("webhook-id")) ? parser.value(QStringLiteral("webhook-id")).trimmed()
                                                           : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (webhookId.isEmpty()) {
        *error = tr("--webhook-id must not be empty.");
        return false;
    }
    const QString what = parser.value(QStringLiteral("tamper")).trimmed();
    const Tamper all[] = {Tamper::Body, Tamper::Signature, Tamper::Date};
    for (const Tamper candidate : all) {
        if (what == tamperName(candidate))
            tamper = candidate;
    }
    if (parser.isSet(QStringLiteral("tamper")) && tamper == Tamper::None) {
        *error = tr("--tamper must be 'body', 'signature' or 'date'.");
        return false;
    }
    return Timeout.read(parser, &timeoutSeconds, error);
}

} // namespace Cli
