// SPDX-License-Identifier: MIT
#include "gui/quickstartsteps.h"

#include "api/eventcatalog.h"
#include "gui/credentialspanel.h"
#include "gui/eventlogpanel.h"
#include "gui/paymentspanel.h"
#include "gui/quickstartpanel.h"
#include "gui/webhookspanel.h"
#include "workbench/workspace.h"

namespace Gui {

using Workbench::QuickStart;

QuickStartSteps::QuickStartSteps(Workbench::Workspace *workspace, const Panels &panels, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_panels(panels)
{
    QuickStart *quickStart = &workspace->quickStart();
    connect(panels.quickStart, &QuickStartPanel::actionRequested, this, &QuickStartSteps::run);
    // The token and register steps follow the session's token and the webhooks workflow (Workbench::Workspace),
    // whichever call fetched or registered them.
    connect(panels.payments, &PaymentsPanel::paymentApproved, quickStart, &QuickStart::paymentTriggered);
    connect(panels.payments, &PaymentsPanel::paymentCreated, quickStart, [quickStart] {
        if (quickStart->throughTunnel()) // approved in the Vipps test app, by the user
            quickStart->paymentTriggered();
    });
    connect(panels.credentials, &CredentialsPanel::errorShown, quickStart, &QuickStart::setError);
    connect(panels.webhooks, &WebhooksPanel::errorShown, quickStart, &QuickStart::setError);
    connect(panels.payments, &PaymentsPanel::errorShown, quickStart, &QuickStart::setError);
}

QStringList QuickStartSteps::paymentEventTypes()
{
    QStringList types;
    for (const Api::EventType &type : Api::EventCatalog::instance().all()) {
        if (!type.paymentEventName.isEmpty())
            types.append(type.type);
    }
    return types;
}

// The quick start stays in view; the panels do the work and their errors are echoed below the steps.
void QuickStartSteps::run(QuickStart::Step step)
{
    switch (step) {
    case QuickStart::Step::Setup: emit credentialsWanted(); break;
    case QuickStart::Step::Token: m_panels.credentials->requestToken(); break;
    case QuickStart::Step::Register: registerReceiver(); break;
    case QuickStart::Step::Trigger: trigger(); break;
    case QuickStart::Step::View:
        m_panels.eventLog->selectLatest();
        m_panels.eventLog->setFocus();
        break;
    }
}

// The receiver's own address for the simulator; through a tunnel, its public address once there is one. A click while
// the webhooks are being listed registers once the list is in (the workflow makes one call at a time).
void QuickStartSteps::registerReceiver()
{
    Workbench::WebhookActions &webhooks = m_workspace->webhooks();
    if (webhooks.isBusy()) {
        connect(&webhooks, &Workbench::WebhookActions::busyChanged, this, &QuickStartSteps::registerReceiver,
                Qt::SingleShotConnection);
        return;
    }
    Workbench::PublicAddress &address = m_workspace->publicAddress();
    if (!m_workspace->quickStart().throughTunnel())
        m_panels.webhooks->registerWebhook(m_workspace->receiverHookUrl(), paymentEventTypes());
    else if (!address.hookUrl().isEmpty())
        m_panels.webhooks->registerWebhook(address.hookUrl(), paymentEventTypes());
    else
        address.detect();
}

// Through a tunnel the payment is approved in the Vipps test app, from its landing page, which Payments shows.
void QuickStartSteps::trigger()
{
    if (!m_workspace->quickStart().throughTunnel()) {
        m_panels.payments->createAndApprove();
        return;
    }
    m_panels.payments->createPayment();
    emit paymentsWanted();
}

} // namespace Gui
