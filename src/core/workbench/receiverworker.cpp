// SPDX-License-Identifier: MIT
#include "workbench/receiverworker.h"

#include "events/eventlogmodel.h"

namespace Workbench {

ReceiverWorker::ReceiverWorker(QObject *parent) : QObject(parent)
{
    m_host.setParent(this);
    m_batchTimer.setParent(this);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ReceiverWorker::flush);
    connect(&m_host, &Receiver::ReceiverHost::delivered, this, &ReceiverWorker::onDelivered);
    connect(&m_host, &Receiver::ReceiverHost::journalFailed, this, &ReceiverWorker::journalFailed);
    connect(&m_host, &Receiver::ReceiverHost::started, this, &ReceiverWorker::started);
    connect(&m_host, &Receiver::ReceiverHost::failed, this, &ReceiverWorker::failed);
    connect(&m_host, &Receiver::ReceiverHost::stopped, this, &ReceiverWorker::stopped);
    connect(&m_host, &Receiver::ReceiverHost::moveFailed, this, &ReceiverWorker::moveFailed);
    connect(&m_host, &Receiver::ReceiverHost::forwarded, this, &ReceiverWorker::onForwarded);
    connect(&m_host, &Receiver::ReceiverHost::forwardNotJournaled, this, [this](const QString &message) {
        emit journalFailed(tr("The handler's answer was not journaled: %1").arg(message));
    });
}

ReceiverWorker::~ReceiverWorker()
{
    stop();
}

void ReceiverWorker::start(const ReceiverSettings &settings)
{
    flush();
    m_host.start(settings);
}

void ReceiverWorker::stop()
{
    flush();
    m_host.stop();
}

void ReceiverWorker::moveTo(quint16 port)
{
    m_host.moveTo(port);
}

void ReceiverWorker::setSecrets(const Signature::SecretList &secrets)
{
    m_host.setSecrets(secrets);
}

void ReceiverWorker::setAcceptAll(bool acceptAll)
{
    m_host.setAcceptAll(acceptAll);
}

void ReceiverWorker::setForwardRoutes(const Receiver::ForwardRoutes &routes)
{
    m_host.setForwardRoutes(routes);
}

void ReceiverWorker::onDelivered(const Receiver::Delivery &delivery)
{
    m_batch.append(Events::EventRecord::fromDelivery(delivery));
    m_batch.last().searchText = Events::EventLogModel::searchTextOf(m_batch.last()); // off the window's thread
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

// A forward may be answered within the batch interval, before its event has left.
void ReceiverWorker::onForwarded(const Journal::Forward &forward)
{
    const Events::HandlerAnswer answer = Events::HandlerAnswer::forwarded(forward);
    for (auto record = m_batch.rbegin(); record != m_batch.rend(); ++record) {
        if (record->entry.seq != forward.forwardOf)
            continue;
        record->handlerAnswers.append(answer);
        record->searchText = Events::EventLogModel::searchTextOf(*record);
        return;
    }
    emit handlerAnswered(answer);
}

void ReceiverWorker::flush()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    emit eventsReceived(std::exchange(m_batch, {}));
}

} // namespace Workbench
