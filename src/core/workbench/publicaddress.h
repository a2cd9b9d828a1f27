// SPDX-License-Identifier: MIT
// The app's "Public URL" setting: the address Vipps delivers to for the active profile (a tunnel's), kept by
// Credentials::ProfileStore, applied to the running receiver so deliveries are verified for its host whatever Host the
// tunnel passes on (docs/architecture.md §3 "Public URL from a tunnel"); and finding it from the tunnel agents.
#pragma once

#include "tunnel/tunnelchoice.h"
#include "tunnel/tunnelfinder.h"
#include "workbench/profilesession.h"

#include <QObject>
#include <QUrl>

namespace Credentials {
class ProfileStore;
}

namespace Workbench {

class ReceiverService;

class PublicAddress : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; all must outlive this.
    PublicAddress(Credentials::ProfileStore *profiles, ProfileSession *session, ReceiverService *receiver,
                  QObject *parent = nullptr);

    QUrl url() const { return m_url; }
    // Whether deliveries are checked for its host: for every profile but the simulator's, which delivers to this
    // machine and signs for the receiver's own address.
    bool appliesToReceiver() const;
    // What is wrong with text as a public URL (translated), or empty when it is one: http(s), a host, no user name
    // or password (it is kept in the settings file).
    static QString problemWith(const QString &text);
    // Keeps text for the active profile and applies it at once; an empty text clears it. False, changing nothing,
    // when it is no public URL or no profile is in use.
    bool setUrlText(const QString &text);
    // Where a registration for this profile should point: the public URL, with the receiver's hook path when it has
    // none; empty without a public URL.
    QUrl hookUrl() const;

    // Where detect() asks; the agents' default addresses unless set (for tests, or another agent address).
    void setTunnelSources(const Tunnel::TunnelFinder::Sources &sources) { m_sources = sources; }
    // Asks the tunnel agents for the tunnel to the receiver's port; detected() follows.
    void detect();
    bool detecting() const { return m_finder.busy(); }

signals:
    void urlChanged(const QUrl &url);
    // choice.tunnel: the tunnel serving the receiver's port, if one does; notes: agents that did not answer.
    void detected(const Tunnel::TunnelChoice &choice, const QStringList &notes);

private:
    void onSessionState(ProfileSession::State state);
    void apply(const QUrl &url);

    Credentials::ProfileStore *m_profiles;
    ProfileSession *m_session;
    ReceiverService *m_receiver;
    Tunnel::TunnelFinder m_finder;
    Tunnel::TunnelFinder::Sources m_sources;
    QString m_profile; // whose URL is applied
    QUrl m_url;
};

} // namespace Workbench
