// SPDX-License-Identifier: MIT
#include "workbench/workspace.h"

#include "credentials/profilestore.h"
#include "http/tlsfiles.h"
#include "signature/diagnosis.h"
#include "signature/verifier.h"
#include "sim/simulatorprofile.h"

#include <QNetworkAccessManager>

namespace Workbench {

namespace {

const QString kHookPath = QStringLiteral("/hooks/vipps");

bool isComplete(const ProfileSession &session)
{
    return session.state() == ProfileSession::State::Ready && session.missingSecrets().isEmpty();
}

} // namespace

Workspace::Workspace(Credentials::ProfileStore *profiles, Credentials::SecretStore *secrets, Confirmer *confirmer,
                     QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_network(new QNetworkAccessManager(this))
    , m_session(new ProfileSession(m_network, profiles, secrets, this))
    , m_receiver(new ReceiverService(this))
    , m_simulator(new SimulatorService(this))
    , m_events(new Events::EventLogModel(this))
    , m_requests(new RequestLogModel(this))
    , m_deliveries(new DeliveryLogModel(this))
    , m_quickStart(new QuickStart(this))
    , m_profileEditing(new ProfileEditing(profiles, m_session, this))
    , m_webhooks(new WebhookActions(m_session, confirmer, this))
    , m_payments(new PaymentActions(m_session, confirmer, this))
    , m_history(new HistoryLoader(this))
    , m_forwarding(new Forwarding(profiles, m_session, m_receiver, this))
    , m_publicAddress(new PublicAddress(profiles, m_session, m_receiver, this))
    , m_tunnelQuickStart(new TunnelQuickStart(m_quickStart, m_publicAddress, this))
    , m_replays(new ReplayActions(m_events, this))
{
    wire();
}

// The workflows go before the session they call through, the session before the network its replies belong to.
Workspace::~Workspace()
{
    delete m_payments;
    delete m_webhooks;
    delete m_profileEditing;
    delete m_session;
}

void Workspace::wire()
{
    connect(m_receiver, &ReceiverService::eventsReceived, this, &Workspace::onEvents);
    connect(m_receiver, &ReceiverService::eventsReceived, m_payments, &PaymentActions::eventsReceived);
    connect(m_simulator, &SimulatorService::paymentEvent, m_payments, &PaymentActions::simulatorChanged);
    connect(m_session, &ProfileSession::webhookSecretsChanged, m_receiver, &ReceiverService::setSecrets);
    connect(m_session, &ProfileSession::webhookSecretsChanged, m_replays, &ReplayActions::setWebhookSecrets);
    connect(m_session, &ProfileSession::callFinished, m_requests, &RequestLogModel::append);
    connect(m_session, &ProfileSession::stateChanged, this, &Workspace::onSessionState);
    // Any call may fetch the token (the webhooks list does, as soon as a profile is ready), not only the button.
    connect(m_session, &ProfileSession::tokenChanged, m_quickStart, [this](const QDateTime &expiresOn) {
        if (expiresOn.isValid())
            m_quickStart->tokenReceived();
    });
    connect(m_simulator, &SimulatorService::started, m_session, &ProfileSession::setSimulatorUrl);
    connect(m_simulator, &SimulatorService::deliveryAttempted, m_deliveries, &DeliveryLogModel::append);
    connect(m_simulator, &SimulatorService::deliveryCancelled, m_deliveries, &DeliveryLogModel::markCancelled);
    connect(m_receiver, &ReceiverService::stateChanged, this, &Workspace::onReceiverState);
    connect(m_webhooks, &WebhookActions::registered, m_quickStart, &QuickStart::webhookRegistered);
    connect(m_webhooks, &WebhookActions::moved, m_quickStart, &QuickStart::webhookRegistered);
    connect(m_history, &HistoryLoader::loaded, this, &Workspace::onHistory);
    connect(m_receiver, &ReceiverService::handlerAnswered, m_events, &Events::EventLogModel::addHandlerAnswer);
    // "Replay to the forward target" goes where the profile in use forwards.
    connect(m_forwarding, &Forwarding::routesChanged, m_replays,
            [this] { m_replays->setForwardRoutes(m_forwarding->routes()); });
}

void Workspace::start(const WorkspaceOptions &options)
{
    m_options = options;
    if (options.startSimulator)
        m_simulator->start(options.simulator, true);
    m_receiver->start(options.receiver);
    m_events->setJournalPath(options.receiver.journalPath);
    if (!options.receiver.journalPath.isEmpty())
        m_history->load(options.receiver.journalPath, m_events->capacity());
    Sim::SimulatorProfile::ensureDefault(*m_profiles);
    const QString last = m_profiles->lastUsed();
    if (last.isEmpty() || !useProfile(last))
        useProfile(Sim::SimulatorProfile::name());
}

bool Workspace::useProfile(const QString &name)
{
    const std::optional<Credentials::Profile> profile = m_profiles->load(name);
    if (!profile)
        return false;
    m_profiles->setLastUsed(name);
    m_session->activate(*profile);
    return true;
}

void Workspace::moveReceiver(quint16 port)
{
    m_receiver->moveTo(port);
}

bool Workspace::setReceiverTls(const QString &certPath, const QString &keyPath, const QByteArray &passphrase,
                               QString *error)
{
    if (certPath.isEmpty() && keyPath.isEmpty()) {
        m_receiver->setTls({});
        return true;
    }
    const std::optional<QSslConfiguration> tls =
        Http::TlsFiles::load(certPath, keyPath, passphrase, QDateTime::currentDateTimeUtc(), error);
    if (!tls)
        return false;
    m_receiver->setTls(*tls);
    return true;
}

void Workspace::moveRegistrations()
{
    if (m_webhooks->isBusy()) {
        connect(m_webhooks, &WebhookActions::busyChanged, this, &Workspace::moveRegistrations,
                Qt::SingleShotConnection);
        return;
    }
    m_webhooks->moveWebhooks(m_webhooks->registrationsAt(m_outdatedHookUrl), receiverHookUrl());
}

QUrl Workspace::receiverHookUrl() const
{
    const QUrl base = m_receiver->localUrl();
    return base.isEmpty() ? QUrl() : base.resolved(QUrl(kHookPath));
}

QUrl Workspace::suggestedHookUrl() const
{
    const bool simulator = m_session->state() != ProfileSession::State::NoProfile &&
                           m_session->profile().environment == Credentials::Environment::Simulator;
    const QUrl publicHook = m_publicAddress->hookUrl();
    return simulator || publicHook.isEmpty() ? receiverHookUrl() : publicHook;
}

// The receiver words its reasons as `vipps-hooks listen` does; in the app, a missing secret is added with a button.
void Workspace::onEvents(const QList<Events::EventRecord> &received)
{
    QList<Events::EventRecord> records = received;
    for (Events::EventRecord &record : records) {
        if (record.verified)
            Signature::addressReason(&record.verification, Signature::Audience::App);
    }
    m_eventsReceived += records.size();
    m_events->append(records);
    const bool anyValid = std::any_of(records.cbegin(), records.cend(), [](const Events::EventRecord &record) {
        return record.verified && record.verification.result == Signature::Result::Valid;
    });
    if (anyValid)
        m_quickStart->validEventReceived();
    emit eventsReceivedChanged(m_eventsReceived);
}

void Workspace::onHistory(const QList<Events::EventRow> &rows, const QString &error)
{
    const int before = m_events->rowCount();
    m_events->insertOlder(rows);
    m_eventsRestored = m_events->rowCount() - before;
    emit historyRestored(int(m_eventsRestored), error);
}

// docs/architecture.md §4: the journal keeps the result, reason and webhook id; the steps are made again from the
// request as it arrived, at the time it arrived, with the secrets and public URL in use now.
Events::EventRecord Workspace::inspected(int row) const
{
    return checkedAgain(m_events->record(row));
}

Events::EventRecord Workspace::checkedAgain(Events::EventRecord record) const
{
    if (!(record.restored || record.readBack) || record.lost || (!record.verified && !record.entry.imported))
        return record;
    record.verified = true;
    Signature::Verifier verifier;
    verifier.setSecrets(m_session->webhookSecrets());
    verifier.setPublicUrl(m_publicAddress->url()); // the one set now: an earlier run's tunnel is not known
    verifier.setMaxClockSkew(m_options.receiver.maxClockSkew);
    record.verification = verifier.verify(record.entry.toRequest(), record.entry.receivedAt);
    Signature::addressReason(&record.verification, Signature::Audience::App);
    return record;
}

// A profile that calls Vipps needs a tunnel to the receiver: the quick start says so, with the receiver's port.
void Workspace::followThroughTunnel()
{
    const bool vipps = m_session->state() != ProfileSession::State::NoProfile &&
                       (m_session->profile().environment == Credentials::Environment::Test ||
                        m_session->profile().environment == Credentials::Environment::Production);
    m_quickStart->setThroughTunnel(vipps, m_receiver->port());
}

void Workspace::onReceiverState(ReceiverService::State state)
{
    followThroughTunnel();
    if (state != ReceiverService::State::Listening)
        return;
    const QUrl now = receiverHookUrl();
    const QUrl before = std::exchange(m_listeningHookUrl, now);
    if (before.isEmpty() || before == now)
        return;
    const QList<Api::Webhook> outdated = m_webhooks->registrationsAt(before);
    if (outdated.isEmpty())
        return;
    m_outdatedHookUrl = before;
    m_quickStart->registrationOutdated();
    emit registrationsOutdated(outdated, before, now);
}

// However a profile was put in use (here, or by the credentials panel's editing), the quick start follows it.
void Workspace::onSessionState(ProfileSession::State state)
{
    if (state != ProfileSession::State::NoProfile)
        m_quickStart->setProfile(m_session->profile().name);
    followThroughTunnel();
    if (state == ProfileSession::State::Ready)
        m_quickStart->profileReady(isComplete(*m_session));
}

} // namespace Workbench
