// SPDX-License-Identifier: MIT
#include "sim/localsimulator.h"

namespace Sim {

LocalSimulator::LocalSimulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_simulator(nullptr), m_ledger(nullptr), m_network(nullptr),
      m_deliveries(nullptr), m_routes(nullptr), m_landing(nullptr), m_server(nullptr), m_expiryTimer(nullptr)
{}

LocalSimulator::~LocalSimulator() = default;

bool LocalSimulator::start(QString *error)
{
    *error = QStringLiteral("not written yet");
    return false;
}

void LocalSimulator::stop() {}

bool LocalSimulator::isListening() const
{
    return false;
}

QUrl LocalSimulator::baseUrl() const
{
    return {};
}

void LocalSimulator::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void LocalSimulator::expireDue() {}

WebhookRegistry &LocalSimulator::webhooks()
{
    return *static_cast<WebhookRegistry *>(nullptr);
}

void LocalSimulator::onPaymentEvent(const QString &, const Sim::PaymentEvent &) {}

void LocalSimulator::armExpiryTimer() {}

} // namespace Sim
