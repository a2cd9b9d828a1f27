// SPDX-License-Identifier: MIT
#include "receiver/forwardroute.h"

#include <QCoreApplication>

namespace Receiver {

namespace {

// Letters, digits, '.', '-' and '_', starting with a letter or digit: epayments.payment.captured.v1, CAPTURED.
bool hasEventTypeForm(QStringView text)
{
    if (text.isEmpty() || !text.front().isLetterOrNumber())
        return false;
    for (const QChar c : text) {
        const bool ok = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'.' || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QUrl ForwardRoute::httpUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    const bool http = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && http && !url.host().isEmpty() ? url : QUrl();
}

std::optional<ForwardRoute> ForwardRoute::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    const qsizetype scheme = trimmed.indexOf(QLatin1String("://"));
    ForwardRoute route;
    QString urlText = trimmed;
    if (equals > 0 && (scheme < 0 || equals < scheme) && hasEventTypeForm(QStringView(trimmed).left(equals))) {
        route.eventType = trimmed.left(equals);
        urlText = trimmed.mid(equals + 1).trimmed();
    }
    if (urlText.isEmpty()) {
        *error = QCoreApplication::translate("Receiver::ForwardRoute",
                                             "No URL given: give URL or EVENT-TYPE=URL, e.g. "
                                             "epayments.payment.captured.v1=http://localhost:3000/vipps.");
        return std::nullopt;
    }
    route.url = httpUrl(urlText);
    if (route.url.isEmpty()) {
        *error = QCoreApplication::translate("Receiver::ForwardRoute",
                                             "'%1' is not an http(s) URL with a host: give URL or EVENT-TYPE=URL, "
                                             "e.g. epayments.payment.captured.v1=http://localhost:3000/vipps.")
                     .arg(urlText);
        return std::nullopt;
    }
    return route;
}

// docs/vipps-wire.md §4: an ePayment body names its event type by the upper-case word in it ("CAPTURED" for
// epayments.payment.captured.v1); other APIs' bodies carry the type itself.
bool ForwardRoute::matches(const QString &eventName) const
{
    if (eventType.isEmpty())
        return true;
    if (eventName.isEmpty())
        return false;
    return eventType == eventName || eventType == QStringLiteral("epayments.payment.%1.v1").arg(eventName.toLower());
}

QString ForwardRoute::urlText() const
{
    return url.toString(QUrl::RemovePassword);
}

QString ForwardRoute::toString() const
{
    return eventType.isEmpty() ? urlText() : eventType + QLatin1Char('=') + urlText();
}

QList<QUrl> forwardTargets(const ForwardRoutes &routes, const QString &eventName)
{
    QList<QUrl> targets;
    for (const ForwardRoute &route : routes) {
        if (route.matches(eventName) && !targets.contains(route.url))
            targets.append(route.url);
    }
    return targets;
}

bool routesByType(const ForwardRoutes &routes)
{
    for (const ForwardRoute &route : routes) {
        if (!route.eventType.isEmpty())
            return true;
    }
    return false;
}

} // namespace Receiver
