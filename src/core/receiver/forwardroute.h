// SPDX-License-Identifier: MIT
// Where an accepted delivery is forwarded (`listen --forward-to`): every delivery to one URL, or only the
// deliveries of one event type (docs/architecture.md §3 "Forwarding").
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Receiver {

struct ForwardRoute
{
    QString eventType; // empty: every accepted delivery
    QUrl url;          // http or https, with a host

    // "URL" or "EVENT-TYPE=URL" (epayments.payment.captured.v1=http://localhost:3000/vipps). The text is a
    // route when what comes before its first '=' has the form of an event type and what follows is a URL;
    // otherwise the whole text is the URL. nullopt with a message for people when it is neither.
    static std::optional<ForwardRoute> parse(const QString &text, QString *error);
    // Whether a delivery whose body names this event is forwarded here. name is the body's own (EventSummary):
    // "CAPTURED" for ePayment events (docs/vipps-wire.md §4), the type itself for APIs that put it in the body.
    bool matches(const QString &eventName) const;
    // The text parse() reads back; the URL without its password.
    QString toString() const;
    // The URL as shown and journaled: without its password.
    QString urlText() const;
    // text as an http or https URL with a host, as people type one ("localhost:3000/vipps" is http://…); an empty
    // URL when it is none. The receiver's other URLs (`listen --public-url`) are read the same way.
    static QUrl httpUrl(const QString &text);

    friend bool operator==(const ForwardRoute &, const ForwardRoute &) = default;
};

using ForwardRoutes = QList<ForwardRoute>;

// The distinct URLs a delivery whose body names eventName goes to, in the order of the routes.
QList<QUrl> forwardTargets(const ForwardRoutes &routes, const QString &eventName);
// Whether any route picks deliveries by their event type (then the body has to be read to forward).
bool routesByType(const ForwardRoutes &routes);

} // namespace Receiver
