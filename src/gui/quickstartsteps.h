// SPDX-License-Identifier: MIT
// What the quick start's buttons do in the window: each step's action on the panel that does the work, and the steps
// ticked from what the panels report (docs/architecture.md §8; through a tunnel for a profile that calls Vipps).
#pragma once

#include "workbench/quickstart.h"

#include <QObject>

namespace Workbench {
class Workspace;
}

namespace Gui {

class CredentialsPanel;
class EventLogPanel;
class PaymentsPanel;
class QuickStartPanel;
class WebhooksPanel;

class QuickStartSteps : public QObject
{
    Q_OBJECT

public:
    struct Panels
    {
        QuickStartPanel *quickStart;
        CredentialsPanel *credentials;
        WebhooksPanel *webhooks;
        PaymentsPanel *payments;
        EventLogPanel *eventLog;
    };

    // Nothing is owned; all must outlive this, which is parent's child.
    QuickStartSteps(Workbench::Workspace *workspace, const Panels &panels, QObject *parent);

    // The ePayment payment events, which a test payment sets off (docs/vipps-wire.md §4).
    static QStringList paymentEventTypes();

signals:
    // A step wants a panel of the window shown: the credentials for Setup, the payments through a tunnel.
    void credentialsWanted();
    void paymentsWanted();

private:
    void run(Workbench::QuickStart::Step step);
    void registerReceiver();
    void trigger();

    Workbench::Workspace *m_workspace;
    Panels m_panels;
};

} // namespace Gui
