// SPDX-License-Identifier: MIT
#include "gui/statusbarlabels.h"

#include "base/visibletext.h"
#include "gui/environmentlooks.h"
#include "workbench/workspace.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QStatusBar>

namespace Gui {

using Workbench::ReceiverService;

namespace {

// Asks for room for its whole text, takes less when there is none, and then ends its text with "…".
class ShrinkingLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
        painter.drawText(room, int(alignment()), fontMetrics().elidedText(text(), Qt::ElideRight, room.width()));
    }
};

} // namespace

StatusBarLabels::StatusBarLabels(Workbench::Workspace *workspace, QStatusBar *bar)
    : QObject(bar)
    , m_workspace(workspace)
    , m_receiver(addLabel(bar, QStringLiteral("receiverStatus"), tr("Receiver")))
    , m_forwarding(addLabel(bar, QStringLiteral("forwardingStatus"), tr("Forwarding"), true))
    , m_events(addLabel(bar, QStringLiteral("eventsStatus"), tr("Events received")))
    , m_simulator(addLabel(bar, QStringLiteral("simulatorStatus"), tr("Simulator")))
    , m_profile(addLabel(bar, QStringLiteral("profileStatus"), tr("Active profile")))
{
    m_receiver->setCursor(Qt::PointingHandCursor);
    m_receiver->setToolTip(tr("Click to move the receiver to another port"));
    m_receiver->installEventFilter(this);
    m_forwarding->setCursor(Qt::PointingHandCursor);
    m_forwarding->installEventFilter(this);
    connect(&workspace->forwarding(), &Workbench::Forwarding::routesChanged, this, &StatusBarLabels::showForwarding);
    connect(&workspace->receiver(), &ReceiverService::stateChanged, this, &StatusBarLabels::showReceiver);
    connect(&workspace->publicAddress(), &Workbench::PublicAddress::urlChanged, this, &StatusBarLabels::showReceiver);
    connect(workspace, &Workbench::Workspace::eventsReceivedChanged, this, &StatusBarLabels::showEvents);
    connect(workspace, &Workbench::Workspace::historyRestored, this, [this, bar](int, const QString &error) {
        showEvents();
        if (!error.isEmpty()) // what could be read is shown; the journal itself is left as it is
            bar->showMessage(tr("Earlier events: %1").arg(Base::visibleText(error)), 15000);
    });
    connect(&workspace->simulator(), &Workbench::SimulatorService::started, this, &StatusBarLabels::showSimulator);
    connect(&workspace->simulator(), &Workbench::SimulatorService::failed, this, &StatusBarLabels::showSimulator);
    connect(&workspace->session(), &Workbench::ProfileSession::stateChanged, this, &StatusBarLabels::showProfile);
    refresh();
}

QLabel *StatusBarLabels::addLabel(QStatusBar *bar, const QString &objectName, const QString &accessibleName,
                                  bool shrinking)
{
    QLabel *label = shrinking ? new ShrinkingLabel(bar) : new QLabel(bar);
    if (shrinking) // in a narrow window the labels after it, the profile's among them, keep their room
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 16);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setMargin(2);
    bar->addPermanentWidget(label);
    return label;
}

void StatusBarLabels::refresh()
{
    showReceiver();
    showForwarding();
    showEvents();
    showSimulator();
    showProfile();
}

bool StatusBarLabels::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_receiver && event->type() == QEvent::MouseButtonRelease)
        emit receiverClicked();
    if (watched == m_forwarding && event->type() == QEvent::MouseButtonRelease)
        emit forwardingClicked();
    return QObject::eventFilter(watched, event);
}

void StatusBarLabels::showReceiver()
{
    const ReceiverService &receiver = m_workspace->receiver();
    switch (receiver.state()) {
    case ReceiverService::State::Listening:
        m_receiver->setText(receiver.publicUrl().isEmpty()
                                ? tr("Receiver: %1").arg(m_workspace->receiverHookUrl().toString())
                                : tr("Receiver: %1 via %2")
                                      .arg(m_workspace->receiverHookUrl().toString(),
                                           Base::visibleText(receiver.publicUrl().toString())));
        break;
    case ReceiverService::State::Starting: m_receiver->setText(tr("Receiver: starting…")); break;
    case ReceiverService::State::Stopped: m_receiver->setText(tr("Receiver: stopped")); break;
    case ReceiverService::State::Failed:
        m_receiver->setText(tr("Receiver: not running (%1)").arg(receiver.lastError()));
        break;
    }
}

void StatusBarLabels::showForwarding()
{
    const Workbench::Forwarding &forwarding = m_workspace->forwarding();
    m_forwarding->setText(Base::visibleText(forwarding.statusText()));
    m_forwarding->setToolTip(tr("%1\nClick to change where deliveries are forwarded")
                                 .arg(Base::visibleText(forwarding.routeTexts().join(u'\n'), Base::LineBreaks::Kept)));
    m_forwarding->setVisible(!forwarding.routeTexts().isEmpty());
}

void StatusBarLabels::showEvents()
{
    const qint64 restored = m_workspace->eventsRestored();
    m_events->setText(
        restored == 0 ? tr("Events: %L1").arg(m_workspace->eventsReceived())
                      : tr("Events: %L1 (and %L2 from earlier runs)").arg(m_workspace->eventsReceived()).arg(restored));
}

void StatusBarLabels::showSimulator()
{
    const Workbench::SimulatorService &simulator = m_workspace->simulator();
    m_simulator->setText(simulator.isRunning() ? tr("Simulator: %1").arg(simulator.baseUrl().toString())
                                               : tr("Simulator: off"));
}

void StatusBarLabels::showProfile()
{
    const Credentials::Profile &profile = m_workspace->session().profile();
    m_profile->setText(tr("Profile: %1 (%2)").arg(profile.name, EnvironmentLooks::name(profile.environment)));
    EnvironmentLooks::apply(m_profile, profile.environment);
}

} // namespace Gui
