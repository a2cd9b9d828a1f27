// SPDX-License-Identifier: MIT
// The simulator's webhook registrations (docs/vipps-wire.md §3): validated like the Webhooks API, kept per MSN,
// and handed to the delivery engine with their secrets.
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Sim {

struct Registration
{
    QString id; // uuid
    QString msn;
    QUrl url;
    QStringList events;
    QByteArray secret; // a secret: never logged, never listed
};

// What a delivery needs for one registration.
struct DeliveryTarget
{
    QString id;
    QUrl url;
    QByteArray secret;
};

// A register call's outcome: the new registration, or the extraDetails saying why not.
struct RegisterOutcome
{
    Registration registration;
    QList<Api::ExtraDetail> errors;

    bool ok() const { return errors.isEmpty(); }
};

class WebhookRegistry : public QObject
{
    Q_OBJECT

public:
    // Current docs: up to 25 registrations per event type per MSN (docs/vipps-wire.md §3 "Limits and scoping").
    static constexpr int MaxPerEventType = 25;
    // Unknown event types named one by one in a refusal; the rest are counted.
    static constexpr int MaxUnknownNamed = 5;

    explicit WebhookRegistry(QObject *parent = nullptr);

    // localhost, a name under .localhost, or a loopback address: where http:// is let through when not strict.
    static bool isThisMachine(const QString &host);

    // Strict: https always, as Vipps requires; otherwise http is allowed for this machine only.
    void setStrictUrls(bool strict) { m_strictUrls = strict; }
    bool strictUrls() const { return m_strictUrls; }

    // body is the parsed RegisterRequest; errors name the field as Vipps' extraDetails do.
    RegisterOutcome registerWebhook(const QString &msn, const QJsonObject &body);
    QList<Registration> list(const QString &msn) const; // in registration order
    bool remove(const QString &msn, const QString &id); // false when msn has no such registration
    QList<DeliveryTarget> targetsFor(const QString &eventType, const QString &msn) const;

signals:
    void registrationsChanged(const QString &msn);
    // Emitted before registrationsChanged; the delivery engine drops that registration's pending deliveries.
    void registrationRemoved(const QString &msn, const QString &id);

private:
    QList<Api::ExtraDetail> validate(const QString &msn, const QJsonObject &body) const;
    void checkUrl(const QJsonValue &value, QList<Api::ExtraDetail> *errors) const;
    void checkEvents(const QString &msn, const QJsonValue &value, QList<Api::ExtraDetail> *errors) const;
    int countFor(const QString &msn, const QString &eventType) const;

    QList<Registration> m_registrations;
    bool m_strictUrls = false;
};

} // namespace Sim
