// SPDX-License-Identifier: MIT
// The local Vipps simulator assembled: router, ledger, routes, landing page, delivery engine, server, expiry timer.
#include "sim/localsimulator.h"

#include "api/eventcatalog.h"
#include "http/server.h"
#include "sim/deliveryengine.h"
#include "sim/epaymentroutes.h"
#include "sim/landingpage.h"
#include "sim/paymentledger.h"
#include "sim/simulator.h"
#include "sim/webhookregistry.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Sim {

namespace {

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

// A bind to "any" or loopback is reached through the loopback address of the same family.
QHostAddress reachableAddress(const QHostAddress &bound)
{
    if (bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4 || bound == QHostAddress::LocalHost)
        return QHostAddress(QHostAddress::LocalHost);
    if (bound == QHostAddress::AnyIPv6)
        return QHostAddress(QHostAddress::LocalHostIPv6);
    return bound;
}

} // namespace

LocalSimulator::LocalSimulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_clock(systemNow),
      m_simulator(new Simulator(options.credentials, this)), m_ledger(new PaymentLedger(this)),
      m_network(new QNetworkAccessManager(this)),
      m_deliveries(new DeliveryEngine(m_network, m_simulator->webhooks(), this)),
      m_server(new Http::Server(m_simulator, {}, this)), m_expiryTimer(new QTimer(this)),
      m_routes(std::make_unique<EPaymentRoutes>(m_ledger)), m_landing(std::make_unique<LandingPage>(m_ledger))
{
    m_network->setProxy(QNetworkProxy::NoProxy); // deliveries go to this machine's receivers, never a proxy
    m_simulator->setStrictUrls(options.strictUrls);
    m_simulator->setEPaymentHandler(m_routes.get());
    m_simulator->setLandingPage(m_landing.get());
    m_ledger->setExpireAfter(options.expireAfter);
    if (!options.retryScheduleMs.isEmpty())
        m_deliveries->setRetrySchedule(options.retryScheduleMs);
    m_expiryTimer->setSingleShot(true);
    m_expiryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and find nothing due
    wire();
}

LocalSimulator::~LocalSimulator()
{
    // The server and the engine use the router, routes, network and registry: they go first.
    stop();
    delete m_server;
    delete m_deliveries;
}

void LocalSimulator::wire()
{
    connect(m_ledger, &PaymentLedger::eventRecorded, this, &LocalSimulator::onPaymentEvent);
    connect(m_simulator, &Simulator::requestHandled, this, &LocalSimulator::requestHandled);
    connect(m_simulator, &Simulator::requestHandled, this, &LocalSimulator::armExpiryTimer);
    connect(m_expiryTimer, &QTimer::timeout, this, &LocalSimulator::expireDue);
}

bool LocalSimulator::start(QString *error)
{
    if (m_server->isListening())
        return true;
    if (!m_server->start(m_options.host, m_options.port, error))
        return false;
    m_ledger->setLandingPageUrl(QUrl(baseUrl().toString() + QLatin1String(LandingPage::Path)));
    armExpiryTimer();
    return true;
}

void LocalSimulator::stop()
{
    m_server->close();
    m_expiryTimer->stop();
}

bool LocalSimulator::isListening() const
{
    return m_server->isListening();
}

QUrl LocalSimulator::baseUrl() const
{
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(reachableAddress(m_server->serverAddress()).toString()); // QUrl puts IPv6 in brackets
    url.setPort(m_server->serverPort());
    return url;
}

void LocalSimulator::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(systemNow);
    m_simulator->tokens().setClock(m_clock);
    m_ledger->setClock(m_clock);
    m_deliveries->setClock(m_clock);
    armExpiryTimer();
}

void LocalSimulator::expireDue()
{
    m_ledger->expireDue(now().toUTC());
    armExpiryTimer();
}

WebhookRegistry &LocalSimulator::webhooks()
{
    return *m_simulator->webhooks();
}

// Every event becomes a webhook to each registration subscribed to its type (docs/vipps-wire.md §4, §5).
void LocalSimulator::onPaymentEvent(const QString &msn, const Sim::PaymentEvent &event)
{
    const QString type = Api::EventCatalog::instance().typeForPaymentEventName(event.name);
    if (!type.isEmpty())
        m_deliveries->enqueue(msn, type, PaymentLedger::webhookPayload(msn, event));
    emit paymentEvent(msn, event);
    armExpiryTimer();
}

// One single-shot timer for the earliest CREATED payment's deadline (docs/vipps-wire.md §6 "Timeouts").
void LocalSimulator::armExpiryTimer()
{
    const QDateTime next = m_ledger->nextExpiry();
    if (!next.isValid()) {
        m_expiryTimer->stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(now().msecsTo(next), 0, std::numeric_limits<int>::max());
    m_expiryTimer->start(int(delay));
}

} // namespace Sim
