// SPDX-License-Identifier: MIT
#include "workbench/quickstart.h"

#include <algorithm>

namespace Workbench {

QuickStart::QuickStart(QObject *parent) : QObject(parent) {}

void QuickStart::mark(Step step, bool done)
{
    if (m_done[index(step)] == done)
        return;
    m_done[index(step)] = done;
    m_error.clear(); // the user got on: what went wrong before is history
    emit changed();
}

void QuickStart::profileReady(bool complete)
{
    mark(Step::Setup, complete);
}

void QuickStart::tokenReceived()
{
    mark(Step::Token, true);
}

void QuickStart::webhookRegistered()
{
    mark(Step::Register, true);
}

void QuickStart::registrationOutdated()
{
    mark(Step::Register, false);
}

void QuickStart::paymentTriggered()
{
    mark(Step::Trigger, true);
}

void QuickStart::validEventReceived()
{
    mark(Step::View, true);
}

void QuickStart::reset()
{
    if (doneCount() == 0)
        return;
    m_done.fill(false);
    emit changed();
}

void QuickStart::setProfile(const QString &name)
{
    if (name == m_profile)
        return;
    m_otherProfiles.insert(m_profile, m_done);
    m_profile = name;
    m_done = m_otherProfiles.take(name);
    m_error.clear();
    emit changed();
}

void QuickStart::setError(const QString &summary)
{
    if (summary == m_error)
        return;
    m_error = summary;
    emit changed();
}

QuickStart::Step QuickStart::current() const
{
    const auto notDone = std::find(m_done.cbegin(), m_done.cend(), false);
    if (notDone == m_done.cend())
        return Step::View;
    return Step(notDone - m_done.cbegin());
}

bool QuickStart::isComplete() const
{
    return doneCount() == StepCount;
}

int QuickStart::doneCount() const
{
    return int(std::count(m_done.cbegin(), m_done.cend(), true));
}

// Modelled on Vipps' webhook quick start (docs/vipps-wire.md §3 "Quick curl shapes"), with a payment as the trigger.
QString QuickStart::title(Step step)
{
    switch (step) {
    case Step::Setup: return tr("Set up your keys");
    case Step::Token: return tr("Get an access token");
    case Step::Register: return tr("Register a webhook");
    case Step::Trigger: return tr("Trigger an event");
    case Step::View: return tr("View the event");
    }
    return {};
}

QString QuickStart::explanation(Step step)
{
    switch (step) {
    case Step::Setup:
        return tr("A profile holds the client id, client secret, subscription key and merchant serial number; "
                  "the local simulator profile needs none of yours.");
    case Step::Token:
        return tr("Every API call carries a bearer token from the access token API; it lasts about an hour.");
    case Step::Register:
        return tr("Tell Vipps which events to send to which URL; the answer holds the secret that signs them. "
                  "The button registers this app's receiver for every payment event.");
    case Step::Trigger: return tr("Create a test payment and approve it: each state change becomes a webhook event.");
    case Step::View:
        return tr("The receiver checks each delivery's HMAC signature; a valid one proves it came from Vipps.");
    }
    return {};
}

void QuickStart::setThroughTunnel(bool throughTunnel, quint16 port)
{
    if (throughTunnel == m_throughTunnel && port == m_port)
        return;
    m_throughTunnel = throughTunnel;
    m_port = port;
    emit changed();
}

void QuickStart::setTunnel(const QUrl &publicUrl)
{
    if (publicUrl == m_tunnel)
        return;
    m_tunnel = publicUrl;
    emit changed();
}

// The Vipps test environment's path (docs/vipps-wire.md §3 "URL requirements": only public https URLs are called).
QString QuickStart::explanationNow(Step step) const
{
    if (!m_throughTunnel)
        return explanation(step);
    switch (step) {
    case Step::Setup:
        return tr("Your test keys are in the Vipps MobilePay portal, under For developers, for your test sales unit: "
                  "client id, client secret, subscription key and merchant serial number. The profile needs all "
                  "four.");
    case Step::Token: return explanation(step);
    case Step::Register:
        return m_tunnel.isEmpty()
                   ? tr("Vipps cannot reach 127.0.0.1. Start a tunnel to the receiver, '%1' (or '%2'): the app "
                        "finds it as soon as it runs.")
                         .arg(QStringLiteral("ngrok http %1").arg(m_port),
                              QStringLiteral("cloudflared tunnel --url http://localhost:%1").arg(m_port))
                   : tr("Tunnel found: %1. Register its address for every payment event in one click.")
                         .arg(m_tunnel.toString());
    case Step::Trigger:
        return tr("Create a test payment, open its landing page (Payments shows the address) and approve it in the "
                  "Vipps test app with a test user: each state change becomes a webhook event.");
    case Step::View: return tr("Vipps delivers through the tunnel; the receiver checks each delivery's signature.");
    }
    return {};
}

QString QuickStart::actionLabelNow(Step step) const
{
    if (!m_throughTunnel)
        return actionLabel(step);
    switch (step) {
    case Step::Register: return m_tunnel.isEmpty() ? tr("Look for a tunnel") : tr("Register the tunnel's address");
    case Step::Trigger: return tr("Create payment");
    default: return actionLabel(step);
    }
}

QString QuickStart::actionLabel(Step step)
{
    switch (step) {
    case Step::Setup: return tr("Open credentials");
    case Step::Token: return tr("Get token");
    case Step::Register: return tr("Register the receiver");
    case Step::Trigger: return tr("Create and approve payment");
    case Step::View: return tr("Show event log");
    }
    return {};
}

} // namespace Workbench
