// SPDX-License-Identifier: MIT
// Everything the app's window shows, wired together and without Widgets: the profiles and the active one,
// the embedded receiver and its event log, the in-process simulator and its delivery attempts, the outgoing
// request log and the quick start. On first start with no profile it creates the simulator profile and uses it,
// so the quick start runs offline (docs/architecture.md §8).
#pragma once

#include "events/eventlogmodel.h"
#include "sim/localsimulator.h"
#include "workbench/deliverylogmodel.h"
#include "workbench/forwarding.h"
#include "workbench/historyloader.h"
#include "workbench/paymentactions.h"
#include "workbench/profileediting.h"
#include "workbench/profilesession.h"
#include "workbench/publicaddress.h"
#include "workbench/quickstart.h"
#include "workbench/receiverservice.h"
#include "workbench/replayactions.h"
#include "workbench/requestlogmodel.h"
#include "workbench/simulatorservice.h"
#include "workbench/tunnelquickstart.h"
#include "workbench/webhookactions.h"

#include <QObject>

class QNetworkAccessManager;

namespace Credentials {
class ProfileStore;
class SecretStore;
} // namespace Credentials

namespace Workbench {

struct WorkspaceOptions
{
    static constexpr quint16 DefaultReceiverPort = 8780; // as `vipps-hooks listen`

    ReceiverSettings receiver = [] {
        ReceiverSettings settings; // the limits and clock skew of `vipps-hooks listen` too
        settings.port = DefaultReceiverPort;
        settings.anyPortIfTaken = true;
        return settings;
    }();
    Sim::SimulatorOptions simulator;
    bool startSimulator = true;
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; all must outlive the workspace. Without a confirmer, calls on production profiles are
    // refused, as nobody could be asked first.
    Workspace(Credentials::ProfileStore *profiles, Credentials::SecretStore *secrets, Confirmer *confirmer = nullptr,
              QObject *parent = nullptr);
    ~Workspace() override;

    // Creates the simulator profile when there is none, activates the last used profile (else the simulator
    // one), starts the receiver and, unless told not to, the simulator.
    void start(const WorkspaceOptions &options);
    // Moves the receiver to another port (0: any free one), binding it before the old one closes; a port in use
    // leaves it where it was (ReceiverService::moveFailed). Registrations of the active profile that delivered to
    // its old address are then reported by registrationsOutdated().
    void moveReceiver(quint16 port);
    // The receiver speaks HTTPS with the certificate and key of these files (Http::TlsFiles), restarted on its port;
    // both empty: plain HTTP again. False, changing nothing, with the reason in error when the files cannot be used.
    bool setReceiverTls(const QString &certPath, const QString &keyPath, const QByteArray &passphrase, QString *error);
    // Activates a stored profile by name and remembers it as the last used; false when there is none.
    bool useProfile(const QString &name);

    // Where a webhook for the embedded receiver should point: its address plus a hook path; empty until it listens.
    QUrl receiverHookUrl() const;
    // What the register dialog offers: the public URL's hook address for a profile that calls Vipps and has one,
    // else the receiver's (the simulator delivers to this machine).
    QUrl suggestedHookUrl() const;
    qint64 eventsReceived() const { return m_eventsReceived; }
    // Events of earlier runs the log got back from the journal at start.
    qint64 eventsRestored() const { return m_eventsRestored; }
    // The event log's row as the inspector shows it. An event read back from the journal is checked again with the
    // webhook secrets loaded now, for its steps (the journal keeps its result, not the steps).
    Events::EventRecord inspected(int row) const;
    // A record read back from a file (the journal, an import) checked again with the webhook secrets loaded now, as
    // the receiver would check it; an imported request the file kept no result for is checked too. Others as they are.
    Events::EventRecord checkedAgain(Events::EventRecord record) const;

    Credentials::ProfileStore &profiles() { return *m_profiles; }
    ProfileSession &session() { return *m_session; }
    ReceiverService &receiver() { return *m_receiver; }
    SimulatorService &simulator() { return *m_simulator; }
    Events::EventLogModel &events() { return *m_events; }
    RequestLogModel &requests() { return *m_requests; }
    DeliveryLogModel &deliveries() { return *m_deliveries; }
    QuickStart &quickStart() { return *m_quickStart; }
    ProfileEditing &profileEditing() { return *m_profileEditing; }
    WebhookActions &webhooks() { return *m_webhooks; }
    PaymentActions &payments() { return *m_payments; }
    // The active profile's "Forward to" routes, applied to the receiver; the answers join the log's events.
    Forwarding &forwarding() { return *m_forwarding; }
    PublicAddress &publicAddress() { return *m_publicAddress; }
    TunnelQuickStart &tunnelQuickStart() { return *m_tunnelQuickStart; }
    ReplayActions &replays() { return *m_replays; }

    // Registers the outdated registrations again at the receiver's address and deletes them (WebhookActions);
    // waits for a call on its way to finish first.
    void moveRegistrations();

signals:
    void eventsReceivedChanged(qint64 count);
    // The log got back this many events of earlier runs from the journal; error: why reading stopped early.
    void historyRestored(int count, const QString &error);
    // The receiver moved from one hook address to another while these registrations of the active profile still
    // deliver to the old one: nothing reaches the app from them until they are moved. Step 3 is undone until then.
    void registrationsOutdated(const QList<Api::Webhook> &webhooks, const QUrl &from, const QUrl &to);

private:
    void wire();
    void onEvents(const QList<Events::EventRecord> &received);
    void onSessionState(ProfileSession::State state);
    void onReceiverState(ReceiverService::State state);
    void followThroughTunnel();
    void onHistory(const QList<Events::EventRow> &rows, const QString &error);

    Credentials::ProfileStore *m_profiles;
    QNetworkAccessManager *m_network;
    ProfileSession *m_session;
    ReceiverService *m_receiver;
    SimulatorService *m_simulator;
    Events::EventLogModel *m_events;
    RequestLogModel *m_requests;
    DeliveryLogModel *m_deliveries;
    QuickStart *m_quickStart;
    ProfileEditing *m_profileEditing;
    WebhookActions *m_webhooks;
    PaymentActions *m_payments;
    HistoryLoader *m_history;
    Forwarding *m_forwarding;
    PublicAddress *m_publicAddress;
    TunnelQuickStart *m_tunnelQuickStart;
    ReplayActions *m_replays;
    WorkspaceOptions m_options;
    qint64 m_eventsReceived = 0;
    qint64 m_eventsRestored = 0;
    QUrl m_listeningHookUrl; // the receiver's hook address when it last listened
    QUrl m_outdatedHookUrl;  // the address the outdated registrations deliver to
};

} // namespace Workbench
