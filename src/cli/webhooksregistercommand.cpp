// SPDX-License-Identifier: MIT
#include "cli/webhooksregistercommand.h"

#include "api/eventcatalog.h"
#include "cli/apioutput.h"
#include "cli/apisession.h"
#include "cli/clicontext.h"
#include "cli/eventsuggestions.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

QString WebhooksRegisterCommand::summary() const
{
    return tr("Register a webhook: Vipps POSTs the chosen events to the URL.");
}

QString WebhooksRegisterCommand::description() const
{
    return summary() + QLatin1Char('\n') +
           tr("Prints the webhook's id, and its secret when it could not be stored: Vipps shows the secret only this "
              "once. With --profile it is stored in the keychain for 'vipps-hooks listen --profile NAME' and not "
              "printed unless --show-secret is given.\n"
              "The URL must be https and reachable from the internet (a tunnel to 'vipps-hooks listen' works); it is "
              "checked before it is sent, and a URL Vipps could not deliver to is not registered (exit 2).");
}

void WebhooksRegisterCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("url"), tr("Where Vipps sends the events, e.g. https://example.com/hooks/vipps."),
         QStringLiteral("URL")},
        {QStringLiteral("event"),
         tr("An event type (repeatable), e.g. epayments.payment.captured.v1. See 'vipps-hooks webhooks events'."),
         QStringLiteral("TYPE")},
        {QStringLiteral("show-secret"), tr("Print the secret even when the keychain stored it.")},
        {QStringLiteral("no-check"),
         tr("Register without checking the URL first (HTTPS, a common port, a name that resolves, no redirect, "
            "reachable by a signed test POST).")},
    });
}

std::optional<int> WebhooksRegisterCommand::prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                                    CliContext &context)
{
    Q_UNUSED(arguments)
    const QString url = parser.value(QStringLiteral("url")).trimmed();
    if (url.isEmpty())
        return context.usageError(name(), tr("--url is required: the https address Vipps should send events to."));
    m_url = QUrl(url, QUrl::StrictMode);
    m_showSecret = parser.isSet(QStringLiteral("show-secret"));
    m_check = !parser.isSet(QStringLiteral("no-check"));
    m_events.clear();
    for (const QString &event : parser.values(QStringLiteral("event"))) {
        if (!m_events.contains(event.trimmed()))
            m_events.append(event.trimmed());
    }
    if (m_events.isEmpty())
        return context.usageError(name(), tr("--event is required (once per event type); "
                                             "'vipps-hooks webhooks events' lists them."));
    return checkEvents(context);
}

std::optional<int> WebhooksRegisterCommand::checkEvents(CliContext &context) const
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    for (const QString &event : m_events) {
        if (catalog.isKnown(event))
            continue;
        const QStringList close = EventSuggestions::closeTo(event, catalog);
        const QString hint = close.isEmpty() ? tr("'vipps-hooks webhooks events' lists the known types.")
                                             : tr("Did you mean: %1? ('vipps-hooks webhooks events' lists them all.)")
                                                   .arg(close.join(QLatin1String(", ")));
        return context.usageError(name(), tr("--event '%1' is not a known event type. %2").arg(event, hint));
    }
    return std::nullopt;
}

Base::FieldErrors WebhooksRegisterCommand::check(Api::ApiClient &client) const
{
    return Api::WebhooksApi(&client).validateRegistration(m_url, m_events);
}

Api::ApiRequest WebhooksRegisterCommand::curlRequest(const Api::ApiClient &client) const
{
    Q_UNUSED(client)
    return Api::WebhooksApi::registerRequest(m_url, m_events);
}

void WebhooksRegisterCommand::start(ApiSession &session)
{
    if (!m_check) {
        registerNow(session);
        return;
    }
    session.context().err() << tr("Checking %1 before registering it:").arg(m_url.toString()) << '\n';
    session.context().err().flush();
    m_preflight = std::make_unique<Tunnel::UrlPreflight>();
    QObject::connect(m_preflight.get(), &Tunnel::UrlPreflight::finished, m_preflight.get(),
                     [this, &session](const Tunnel::PreflightReport &report) { preflightDone(session, report); });
    m_preflight->check(m_url, session.callsSimulator());
}

void WebhooksRegisterCommand::preflightDone(ApiSession &session, const Tunnel::PreflightReport &report)
{
    QTextStream &err = session.context().err();
    for (const Tunnel::PreflightCheck &check : report.checks)
        err << "  " << Tunnel::PreflightCheck::mark(check.verdict).leftJustified(8) << check.text << '\n';
    err.flush();
    if (!report.passed()) {
        err << tr("Not registered: Vipps could not deliver to this URL. Fix it, or pass --no-check to register it "
                  "anyway.")
            << '\n';
        session.finish(ExitUsage);
        return;
    }
    registerNow(session);
}

void WebhooksRegisterCommand::registerNow(ApiSession &session)
{
    m_api.emplace(&session.client());
    m_api->registerWebhook(m_url, m_events,
                           [this, &session](const Api::RegisteredWebhook &webhook, const Api::ApiError &error) {
                               if (error.ok())
                                   registered(session, webhook);
                               else
                                   session.fail(error);
                           });
}

void WebhooksRegisterCommand::registered(ApiSession &session, const Api::RegisteredWebhook &webhook)
{
    if (session.options().profile.isEmpty()) {
        report(session, webhook, QString(), tr("No --profile was given, so the secret is not stored."));
        return;
    }
    storeSecret(session, webhook);
}

void WebhooksRegisterCommand::storeSecret(ApiSession &session, const Api::RegisteredWebhook &webhook)
{
    const QString profile = session.options().profile;
    const QString key = Credentials::SecretStore::webhookSecretKey(profile, webhook.id);
    session.storage().secrets().write(
        key, webhook.secret, [this, &session, webhook, profile](const Credentials::SecretResult &result) {
            if (!result.ok()) {
                const QString why = result.status == Credentials::SecretResult::Status::Unavailable
                                        ? tr("No keychain is available here, so the secret is not stored.")
                                        : tr("The secret could not be stored: %1").arg(result.message);
                report(session, webhook, QString(), why);
                return;
            }
            session.storage().profiles().addWebhookId(profile, webhook.id);
            report(session, webhook, profile, QString());
        });
}

// storedIn: the profile holding the secret now, or empty with the problem that kept it from being stored.
void WebhooksRegisterCommand::report(ApiSession &session, const Api::RegisteredWebhook &webhook,
                                     const QString &storedIn, const QString &problem)
{
    printRegistration(session, webhook, !storedIn.isEmpty());
    QTextStream &err = session.context().err();
    if (storedIn.isEmpty()) {
        err << tr("Warning: %1 This is the only time Vipps shows the secret: keep it now (if it is lost, delete the "
                  "webhook and register again). Verify deliveries with:")
                   .arg(problem)
            << '\n'
            << tr("  vipps-hooks listen --webhook-id %1=SECRET   (SECRET: the secret above)").arg(webhook.id) << '\n';
    } else if (session.options().profileByDefault) {
        err << tr("The secret is stored in the keychain for profile '%1'; 'vipps-hooks listen' uses it.").arg(storedIn)
            << '\n';
    } else {
        err << tr("The secret is stored in the keychain for profile '%1'; 'vipps-hooks listen --profile %1' uses it.")
                   .arg(storedIn)
            << '\n';
    }
    session.finish(ExitOk);
}

// The one place the secret is printed: when it could not be stored (it is then the only copy), or on request.
void WebhooksRegisterCommand::printRegistration(ApiSession &session, const Api::RegisteredWebhook &webhook,
                                                bool stored) const
{
    QTextStream &out = session.context().out();
    const bool shown = !stored || m_showSecret;
    const QString secret = QString::fromUtf8(webhook.secret);
    if (!session.options().json) {
        out << tr("Webhook registered.") << '\n' << tr("  id:     %1").arg(webhook.id) << '\n';
        out << (shown ? tr("  secret: %1").arg(secret) : tr("  secret: in the keychain (--show-secret prints it)"))
            << '\n';
        return;
    }
    QJsonObject object{{QStringLiteral("id"), webhook.id},
                       {QStringLiteral("url"), m_url.toString()},
                       {QStringLiteral("events"), QJsonArray::fromStringList(m_events)},
                       {QStringLiteral("secretStored"), stored}};
    if (shown)
        object.insert(QStringLiteral("secret"), secret);
    ApiOutput::printJson(out, QJsonDocument(object));
}

} // namespace Cli
