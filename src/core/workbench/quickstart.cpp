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
    case Step::Trigger:
        return tr("Create a test payment and approve it: each state change becomes a webhook event.");
    case Step::View:
        return tr("The receiver checks each delivery's HMAC signature; a valid one proves it came from Vipps.");
    }
    return {};
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
