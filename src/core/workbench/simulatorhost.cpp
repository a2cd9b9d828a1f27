// SPDX-License-Identifier: MIT
#include "workbench/simulatorhost.h"

#include "sim/deliveryengine.h"

namespace Workbench {

SimulatorHost::SimulatorHost(QObject *parent) : QObject(parent) {}

SimulatorHost::~SimulatorHost() = default;

void SimulatorHost::start(const Sim::SimulatorOptions &options, bool anyPortIfTaken)
{
    QString error;
    if (tryStart(options, &error)) {
        emit started(m_simulator->baseUrl());
        return;
    }
    Sim::SimulatorOptions anyPort = options;
    anyPort.port = 0;
    QString secondError;
    if (anyPortIfTaken && options.port != 0 && tryStart(anyPort, &secondError)) {
        emit started(m_simulator->baseUrl());
        return;
    }
    emit failed(error);
}

bool SimulatorHost::tryStart(const Sim::SimulatorOptions &options, QString *error)
{
    m_simulator = std::make_unique<Sim::LocalSimulator>(options);
    connect(m_simulator.get(), &Sim::LocalSimulator::requestHandled, this, &SimulatorHost::requestHandled);
    connect(m_simulator.get(), &Sim::LocalSimulator::paymentEvent, this, &SimulatorHost::paymentEvent);
    Sim::DeliveryEngine *deliveries = &m_simulator->deliveries();
    connect(deliveries, &Sim::DeliveryEngine::attemptReported, this, &SimulatorHost::deliveryAttempted);
    connect(deliveries, &Sim::DeliveryEngine::deliveryCancelled, this, &SimulatorHost::deliveryCancelled);
    if (m_simulator->start(error))
        return true;
    m_simulator.reset();
    return false;
}

} // namespace Workbench
