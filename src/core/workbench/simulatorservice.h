// SPDX-License-Identifier: MIT
// The app's in-process Vipps simulator on a thread of its own (docs/architecture.md §2). When the wished port is
// taken (for instance by a `vipps-hooks sim` already running) it can fall back to any free port.
#pragma once

#include "sim/deliveryattempt.h"
#include "sim/localsimulator.h"
#include "workbench/workerthread.h"

#include <QObject>
#include <QUrl>

namespace Workbench {

class SimulatorHost;

class SimulatorService : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorService(QObject *parent = nullptr);
    ~SimulatorService() override;

    // Builds and starts the simulator; answers with started() or failed(). A running one is replaced.
    void start(const Sim::SimulatorOptions &options, bool anyPortIfTaken);

    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);
    void paymentEvent(const QString &msn, const Sim::PaymentEvent &event);
    // Each delivery attempt (Sim::DeliveryEngine::attemptReported), and the retries a deleted webhook cancelled.
    void deliveryAttempted(const Sim::DeliveryAttempt &attempt);
    void deliveryCancelled(const QString &registrationId, const QString &eventType, int attempts);

private:
    SimulatorHost *m_host;
    WorkerThread m_thread;
    QUrl m_baseUrl;
};

} // namespace Workbench
