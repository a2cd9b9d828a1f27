// SPDX-License-Identifier: MIT
// Lives on the simulator's thread and owns the LocalSimulator there, so every socket and timer of the
// simulator belongs to that thread.
#pragma once

#include "sim/deliveryattempt.h"
#include "sim/localsimulator.h"

#include <QObject>

#include <memory>

namespace Workbench {

class SimulatorHost : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorHost(QObject *parent = nullptr);
    ~SimulatorHost() override;

    void start(const Sim::SimulatorOptions &options, bool anyPortIfTaken);

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);
    void paymentEvent(const QString &msn, const Sim::PaymentEvent &event);
    void deliveryAttempted(const Sim::DeliveryAttempt &attempt);
    void deliveryCancelled(const QString &registrationId, const QString &eventType, int attempts);

private:
    bool tryStart(const Sim::SimulatorOptions &options, QString *error);

    std::unique_ptr<Sim::LocalSimulator> m_simulator;
};

} // namespace Workbench
