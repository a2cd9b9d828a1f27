// SPDX-License-Identifier: MIT
#include "workbench/tunnelquickstart.h"

#include "workbench/publicaddress.h"
#include "workbench/quickstart.h"

namespace Workbench {

using Step = QuickStart::Step;

TunnelQuickStart::TunnelQuickStart(QuickStart *quickStart, PublicAddress *address, QObject *parent)
    : QObject(parent), m_quickStart(quickStart), m_address(address)
{
    m_look.setInterval(LookEveryMs);
    m_delivery.setSingleShot(true);
    m_delivery.setInterval(DeliveryWaitMs);
    connect(&m_look, &QTimer::timeout, this, [this] {
        if (!m_address->detecting())
            m_address->detect();
    });
    connect(&m_delivery, &QTimer::timeout, this, &TunnelQuickStart::deliveryLate);
    connect(address, &PublicAddress::detected, this, [this](const Tunnel::TunnelChoice &choice, const QStringList &) {
        onDetected(choice.tunnel.has_value(), choice.tunnel ? choice.tunnel->publicUrl : QUrl());
    });
    connect(address, &PublicAddress::urlChanged, this, &TunnelQuickStart::update);
    connect(quickStart, &QuickStart::changed, this, &TunnelQuickStart::update);
    update();
}

void TunnelQuickStart::setIntervals(int lookEveryMs, int deliveryWaitMs)
{
    m_look.setInterval(lookEveryMs);
    m_delivery.setInterval(deliveryWaitMs);
}

// Looks while step 3 waits for a tunnel; waits for a delivery once the payment is made and none came.
void TunnelQuickStart::update()
{
    const bool tunnel = m_quickStart->throughTunnel();
    m_quickStart->setTunnel(tunnel ? m_address->url() : QUrl());
    const bool wanted = tunnel && !m_quickStart->isDone(Step::Register) && m_address->url().isEmpty();
    if (wanted && !m_look.isActive()) {
        m_look.start();
        m_address->detect();
    } else if (!wanted) {
        m_look.stop();
    }
    const bool waiting = tunnel && m_quickStart->isDone(Step::Trigger) && !m_quickStart->isDone(Step::View);
    if (waiting && !m_delivery.isActive())
        m_delivery.start();
    else if (!waiting)
        m_delivery.stop();
}

void TunnelQuickStart::onDetected(bool found, const QUrl &url)
{
    if (found && m_look.isActive())
        m_address->setUrlText(url.toString()); // urlChanged() follows, and update() stops looking
}

void TunnelQuickStart::deliveryLate()
{
    m_quickStart->setError(
        tr("no valid delivery within a minute of the payment. The usual causes: the registered URL is not the "
           "tunnel's address now (a restarted ngrok gets a new one: register again), the tunnel stopped, or the "
           "payment was not approved in the Vipps test app yet."));
}

} // namespace Workbench
