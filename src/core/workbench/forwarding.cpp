// SPDX-License-Identifier: MIT
#include "workbench/forwarding.h"

#include "api/eventcatalog.h"
#include "credentials/profilestore.h"
#include "workbench/receiverservice.h"

#include <algorithm>

namespace Workbench {

namespace {

// docs/architecture.md §3 "Forwarding": as `listen --forward-to` reads the type, "captured" standing for its type.
bool knownType(Receiver::ForwardRoute *route)
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    if (route->eventType.isEmpty() || catalog.isKnown(route->eventType))
        return true;
    const QString type = catalog.typeForPaymentEventName(route->eventType);
    if (type.isEmpty())
        return false;
    route->eventType = type;
    return true;
}

QString problemOf(const QString &text, Receiver::ForwardRoutes *routes)
{
    QString error;
    std::optional<Receiver::ForwardRoute> route = Receiver::ForwardRoute::parse(text, &error);
    if (!route)
        return error;
    if (!knownType(&*route))
        return Forwarding::tr("'%1' is not a known event type, e.g. epayments.payment.captured.v1 or captured.")
            .arg(route->eventType);
    if (!route->url.userInfo().isEmpty())
        return Forwarding::tr("The URL must not contain a user name or password: it is kept in the settings file. "
                              "Remove the part before \"@\".");
    if (routes)
        routes->append(*route);
    return {};
}

QStringList textsOf(const Receiver::ForwardRoutes &routes)
{
    QStringList texts;
    for (const Receiver::ForwardRoute &route : routes)
        texts.append(route.toString());
    return texts;
}

} // namespace

Forwarding::Forwarding(Credentials::ProfileStore *profiles, ProfileSession *session, ReceiverService *receiver,
                       QObject *parent)
    : QObject(parent), m_profiles(profiles), m_session(session), m_receiver(receiver)
{
    connect(session, &ProfileSession::stateChanged, this, &Forwarding::onSessionState);
}

QStringList Forwarding::check(const QStringList &texts, Receiver::ForwardRoutes *routes)
{
    QStringList problems;
    for (const QString &text : texts)
        problems.append(text.trimmed().isEmpty() ? QString() : problemOf(text, routes));
    return problems;
}

bool Forwarding::setRouteTexts(const QStringList &texts)
{
    Receiver::ForwardRoutes routes;
    const QStringList problems = check(texts, &routes);
    const bool wrong = std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) { return !p.isEmpty(); });
    if (wrong || m_profile.isEmpty() || !m_profiles->setForwardTo(m_profile, textsOf(routes)))
        return false;
    apply(routes);
    return true;
}

QString Forwarding::statusText() const
{
    if (m_routes.isEmpty())
        return {};
    QStringList targets; // a URL named by several routes is one handler
    for (const Receiver::ForwardRoute &route : m_routes) {
        if (!targets.contains(route.urlText()))
            targets.append(route.urlText());
    }
    return targets.size() == 1 ? tr("Forwarding to %1").arg(targets.first())
                               : tr("Forwarding to %n handlers", nullptr, int(targets.size()));
}

// A profile put in use brings its own routes; the receiver's other settings stay.
void Forwarding::onSessionState(ProfileSession::State state)
{
    const QString name = state == ProfileSession::State::NoProfile ? QString() : m_session->profile().name;
    if (name == m_profile)
        return;
    m_profile = name;
    Receiver::ForwardRoutes routes;
    if (!name.isEmpty())
        check(m_profiles->forwardTo(name), &routes); // lines that are no routes (a hand-edited file) are left out
    apply(routes);
}

void Forwarding::apply(const Receiver::ForwardRoutes &routes)
{
    const bool changed = routes != m_routes;
    m_routes = routes;
    m_texts = textsOf(routes);
    m_receiver->setForwardRoutes(routes);
    if (changed)
        emit routesChanged(m_texts);
}

} // namespace Workbench
