// SPDX-License-Identifier: MIT
#include "workbench/publicaddress.h"

#include "credentials/profilestore.h"
#include "receiver/forwardroute.h"
#include "workbench/receiverservice.h"

namespace Workbench {

namespace {
const QString kHookPath = QStringLiteral("/hooks/vipps");
}

PublicAddress::PublicAddress(Credentials::ProfileStore *profiles, ProfileSession *session, ReceiverService *receiver,
                             QObject *parent)
    : QObject(parent), m_profiles(profiles), m_session(session), m_receiver(receiver)
{
    connect(session, &ProfileSession::stateChanged, this, &PublicAddress::onSessionState);
    connect(&m_finder, &Tunnel::TunnelFinder::finished, this,
            [this](const Tunnel::PublicTunnels &found, const QStringList &notes) {
                emit detected(Tunnel::TunnelChoice::forPort(found, m_receiver->port()), notes);
            });
}

QString PublicAddress::problemWith(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QUrl url = Receiver::ForwardRoute::httpUrl(text.trimmed());
    if (url.isEmpty())
        return tr("Enter the public address Vipps delivers to, starting with https://, e.g. "
                  "https://a1b2c3.ngrok.app.");
    if (!url.userInfo().isEmpty())
        return tr("The URL must not contain a user name or password: it is kept in the settings file.");
    return {};
}

bool PublicAddress::setUrlText(const QString &text)
{
    if (!problemWith(text).isEmpty() || m_profile.isEmpty())
        return false;
    const QUrl url = text.trimmed().isEmpty() ? QUrl() : Receiver::ForwardRoute::httpUrl(text.trimmed());
    if (!m_profiles->setPublicUrl(m_profile, url))
        return false;
    apply(url);
    return true;
}

bool PublicAddress::appliesToReceiver() const
{
    return m_session->state() != ProfileSession::State::NoProfile &&
           m_session->profile().environment != Credentials::Environment::Simulator;
}

QUrl PublicAddress::hookUrl() const
{
    if (m_url.isEmpty())
        return {};
    QUrl url = m_url;
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(kHookPath);
    return url;
}

void PublicAddress::detect()
{
    m_finder.find(m_sources);
}

// A profile put in use brings its own public URL.
void PublicAddress::onSessionState(ProfileSession::State state)
{
    const QString name = state == ProfileSession::State::NoProfile ? QString() : m_session->profile().name;
    if (name == m_profile)
        return;
    m_profile = name;
    apply(name.isEmpty() ? QUrl() : m_profiles->publicUrl(name));
}

// The simulator signs for the receiver's own address, which it delivers to: its profile's deliveries are checked
// for the Host they come with, whatever public URL is kept.
void PublicAddress::apply(const QUrl &url)
{
    const bool changed = url != m_url;
    m_url = url;
    m_receiver->setPublicUrl(appliesToReceiver() ? url : QUrl());
    if (changed)
        emit urlChanged(url);
}

} // namespace Workbench
