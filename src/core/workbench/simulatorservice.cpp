// SPDX-License-Identifier: MIT
#include "workbench/simulatorservice.h"

#include "workbench/simulatorhost.h"

namespace Workbench {

SimulatorService::SimulatorService(QObject *parent)
    : QObject(parent), m_host(new SimulatorHost), m_thread(m_host, QStringLiteral("simulator"))
{
    qRegisterMetaType<Sim::PaymentEvent>();
    qRegisterMetaType<Sim::DeliveryAttempt>();
    connect(m_host, &SimulatorHost::started, this, [this](const QUrl &baseUrl) {
        m_baseUrl = baseUrl;
        emit started(baseUrl);
    });
    connect(m_host, &SimulatorHost::failed, this, [this](const QString &message) {
        m_baseUrl = QUrl();
        emit failed(message);
    });
    connect(m_host, &SimulatorHost::requestHandled, this, &SimulatorService::requestHandled);
    connect(m_host, &SimulatorHost::paymentEvent, this, &SimulatorService::paymentEvent);
    connect(m_host, &SimulatorHost::deliveryAttempted, this, &SimulatorService::deliveryAttempted);
    connect(m_host, &SimulatorHost::deliveryCancelled, this, &SimulatorService::deliveryCancelled);
}

SimulatorService::~SimulatorService() = default;

void SimulatorService::start(const Sim::SimulatorOptions &options, bool anyPortIfTaken)
{
    SimulatorHost *host = m_host;
    m_thread.post([host, options, anyPortIfTaken] { host->start(options, anyPortIfTaken); });
}

} // namespace Workbench
