// SPDX-License-Identifier: MIT
// The app's "Forward to" setting: the active profile's routes (`listen --forward-to`'s form, kept by
// Credentials::ProfileStore), checked line by line, applied to the running receiver when a profile is put in use and
// when they change, without a restart (docs/architecture.md §3 "Forwarding").
#pragma once

#include "receiver/forwardroute.h"
#include "workbench/profilesession.h"

#include <QObject>
#include <QStringList>

namespace Credentials {
class ProfileStore;
}

namespace Workbench {

class ReceiverService;

class Forwarding : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; all must outlive this.
    Forwarding(Credentials::ProfileStore *profiles, ProfileSession *session, ReceiverService *receiver,
               QObject *parent = nullptr);

    // What each line of texts is wrong in, by line, empty where it is a route or blank; routes gets those that are.
    // A route's event type must be one the catalogue knows (an ePayment event's name stands for its type, as with
    // `listen --forward-to captured=URL`); its URL has no user name or password, as it is kept in the settings file.
    static QStringList check(const QStringList &texts, Receiver::ForwardRoutes *routes = nullptr);

    // The active profile's routes as they are kept ("URL" or "EVENT-TYPE=URL"); empty when it forwards nothing.
    QStringList routeTexts() const { return m_texts; }
    Receiver::ForwardRoutes routes() const { return m_routes; }
    // Keeps the lines that are routes (blank ones left out) for the active profile and applies them at once. False,
    // changing nothing, when a line is wrong (check()) or there is no profile in use; an empty list stops forwarding.
    bool setRouteTexts(const QStringList &texts);
    // For the status bar: "Forwarding to URL", "Forwarding to N handlers"; empty when forwarding is off.
    QString statusText() const;

signals:
    void routesChanged(const QStringList &texts);

private:
    void onSessionState(ProfileSession::State state);
    void apply(const Receiver::ForwardRoutes &routes);

    Credentials::ProfileStore *m_profiles;
    ProfileSession *m_session;
    ReceiverService *m_receiver;
    QString m_profile; // whose routes are applied
    QStringList m_texts;
    Receiver::ForwardRoutes m_routes;
};

} // namespace Workbench
