// SPDX-License-Identifier: MIT
#include "sim/webhookregistry.h"

#include "api/eventcatalog.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace Sim {

namespace {

const QString kUrl = QStringLiteral("url");
const QString kEvents = QStringLiteral("events");
const QString kRequired = QStringLiteral("The property is required and cannot be null or empty.");

// 64 random bytes in standard base64: 88 characters ending in "==", like the secrets Vipps returns
// (docs/vipps-wire.md §3 "Schemas").
QByteArray newSecret()
{
    QByteArray bytes(64, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64();
}

bool isHttp(const QUrl &url, const QLatin1String &scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

// RegisterRequest has additionalProperties: false (docs/vipps-wire.md §3 "Schemas").
void checkProperties(const QJsonObject &body, QList<Api::ExtraDetail> *errors)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != kUrl && it.key() != kEvents)
            errors->append({it.key(), QStringLiteral("Could not find member '%1' on RegisterRequest; "
                                                     "only \"url\" and \"events\" are allowed.")
                                          .arg(it.key())});
    }
}

// At most 100 characters of what was sent, so a long name cannot make a large answer either.
QString unknownType(const QJsonValue &event)
{
    constexpr qsizetype kShown = 100;
    const QString type = event.isString() ? event.toString() : QStringLiteral("(not a string)");
    return QStringLiteral("Unknown event type '%1'.")
        .arg(type.size() > kShown ? type.left(kShown) + QStringLiteral("…") : type);
}

} // namespace

WebhookRegistry::WebhookRegistry(QObject *parent) : QObject(parent) {}

bool WebhookRegistry::isThisMachine(const QString &host)
{
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    return QHostAddress(host).isLoopback();
}

RegisterOutcome WebhookRegistry::registerWebhook(const QString &msn, const QJsonObject &body)
{
    RegisterOutcome outcome;
    outcome.errors = validate(msn, body);
    if (!outcome.ok())
        return outcome;
    QStringList events;
    for (const QJsonValue &event : body.value(kEvents).toArray()) {
        if (!events.contains(event.toString()))
            events.append(event.toString());
    }
    outcome.registration = Registration{QUuid::createUuid().toString(QUuid::WithoutBraces), msn,
                                        QUrl(body.value(kUrl).toString()), events, newSecret()};
    m_registrations.append(outcome.registration);
    emit registrationsChanged(msn);
    return outcome;
}

QList<Registration> WebhookRegistry::list(const QString &msn) const
{
    QList<Registration> found;
    for (const Registration &registration : m_registrations) {
        if (registration.msn == msn)
            found.append(registration);
    }
    return found;
}

bool WebhookRegistry::remove(const QString &msn, const QString &id)
{
    const qsizetype removed = m_registrations.removeIf(
        [&](const Registration &registration) { return registration.msn == msn && registration.id == id; });
    if (removed == 0)
        return false;
    emit registrationRemoved(msn, id);
    emit registrationsChanged(msn);
    return true;
}

QList<DeliveryTarget> WebhookRegistry::targetsFor(const QString &eventType, const QString &msn) const
{
    QList<DeliveryTarget> targets;
    for (const Registration &registration : m_registrations) {
        if (registration.msn == msn && registration.events.contains(eventType))
            targets.append({registration.id, registration.url, registration.secret});
    }
    return targets;
}

QList<Api::ExtraDetail> WebhookRegistry::validate(const QString &msn, const QJsonObject &body) const
{
    QList<Api::ExtraDetail> errors;
    checkProperties(body, &errors);
    checkUrl(body.value(kUrl), &errors);
    checkEvents(msn, body.value(kEvents), &errors);
    return errors;
}

// docs/vipps-wire.md §3 "URL requirements": a valid absolute URL, HTTPS only; http is let through for this
// machine (a local receiver) unless the switch makes the simulator as strict as Vipps.
void WebhookRegistry::checkUrl(const QJsonValue &value, QList<Api::ExtraDetail> *errors) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        errors->append({kUrl, kRequired});
        return;
    }
    const QUrl url(value.toString(), QUrl::StrictMode);
    const bool web = isHttp(url, QLatin1String("https")) || isHttp(url, QLatin1String("http"));
    if (!value.isString() || !url.isValid() || url.isRelative() || !web || url.host().isEmpty()) {
        errors->append({kUrl, QStringLiteral("The url must be an absolute https URL with a host, "
                                             "for example https://example.com/hooks/vipps.")});
        return;
    }
    if (isHttp(url, QLatin1String("https")) || (!m_strictUrls && isThisMachine(url.host())))
        return;
    errors->append({kUrl, m_strictUrls ? QStringLiteral("The url must use HTTPS.")
                                       : QStringLiteral("The url must use HTTPS; http is accepted only for "
                                                        "localhost and loopback addresses.")});
}

// Each type counts once however often it is listed; a list longer than the catalogue, or its unknown types past the
// first few, get one line each rather than one per entry, so a hostile list cannot make a large answer.
void WebhookRegistry::checkEvents(const QString &msn, const QJsonValue &value, QList<Api::ExtraDetail> *errors) const
{
    const QJsonArray events = value.toArray();
    if (!value.isArray() || events.isEmpty()) {
        errors->append({kEvents, kRequired});
        return;
    }
    const qsizetype known = Api::EventCatalog::instance().all().size();
    if (events.size() > known) {
        errors->append({kEvents, QStringLiteral("The list has %1 entries; there are %2 event types, each to be "
                                                "listed once.")
                                     .arg(events.size())
                                     .arg(known)});
        return;
    }
    QSet<QString> seen;
    int unknown = 0;
    for (const QJsonValue &event : events) {
        const QString type = event.toString();
        if (!event.isString() || !Api::EventCatalog::instance().isKnown(type)) {
            if (++unknown <= MaxUnknownNamed)
                errors->append({kEvents, unknownType(event)});
        } else if (!seen.contains(type) && countFor(msn, type) >= MaxPerEventType)
            errors->append({kEvents, QStringLiteral("At most %1 webhooks can be registered for the event type '%2'.")
                                         .arg(MaxPerEventType)
                                         .arg(type)});
        seen.insert(type);
    }
    if (unknown > MaxUnknownNamed)
        errors->append({kEvents, QStringLiteral("And %1 more unknown event types.").arg(unknown - MaxUnknownNamed)});
}

int WebhookRegistry::countFor(const QString &msn, const QString &eventType) const
{
    int count = 0;
    for (const Registration &registration : m_registrations)
        count += registration.msn == msn && registration.events.contains(eventType) ? 1 : 0;
    return count;
}

} // namespace Sim
