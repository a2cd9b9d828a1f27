// SPDX-License-Identifier: MIT
// The webhook event types a registration can ask for (docs/vipps-wire.md §4), read from :/data/eventtypes.json.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Api {

struct EventType
{
    QString type;             // "epayments.payment.captured.v1"
    QString group;            // "ePayment", "Recurring", "QR", "Login"
    QString paymentEventName; // the payload's "name" for ePayment events ("CAPTURED"), else empty
    QString meaning;          // one English line for people
    // The meaning in the user's language, where it is translated.
    QString meaningText() const;

    friend bool operator==(const EventType &, const EventType &) = default;
};

class EventCatalog
{
public:
    // The catalog compiled into the program; empty (with a warning) if the resource cannot be read.
    static const EventCatalog &instance();
    // {"eventTypes":[{"type","group","paymentEventName","meaning"},...]}. Malformed JSON gives an empty
    // catalog and a warning; entries without a type and repeated types are skipped with a warning.
    static EventCatalog fromJson(const QByteArray &json);

    QList<EventType> all() const { return m_types; } // in file order
    QStringList groups() const;                      // in order of first appearance
    QList<EventType> inGroup(const QString &group) const;
    const EventType *find(const QString &type) const; // exact, case-sensitive; nullptr when unknown
    bool isKnown(const QString &type) const { return find(type) != nullptr; }
    // "CAPTURED" (any case) -> "epayments.payment.captured.v1"; empty when no ePayment event has that name.
    QString typeForPaymentEventName(const QString &name) const;
    // The meanings the translation tools know of (eventmeanings.cpp).
    static QStringList translatableMeanings();

private:
    QList<EventType> m_types;
};

} // namespace Api
