// SPDX-License-Identifier: MIT
// The app's embedded receiver as it runs on its own thread: a Receiver::ReceiverHost whose deliveries are
// handed on as event records in batches, so a flood costs the window one update per batch
// (docs/architecture.md §2).
#pragma once

#include "events/eventrecord.h"
#include "receiver/receiverhost.h"
#include "receiver/receiversettings.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace Workbench {

using ReceiverSettings = Receiver::ReceiverSettings;

class ReceiverWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchIntervalMs = 50;

    explicit ReceiverWorker(QObject *parent = nullptr);
    ~ReceiverWorker() override;

    // Stops what runs, then binds anew; answers with started() or failed().
    void start(const ReceiverSettings &settings);
    void stop();
    // Binds the new port before closing the old (Receiver::ReceiverHost::moveTo); started() or moveFailed().
    void moveTo(quint16 port);
    void setSecrets(const Signature::SecretList &secrets);
    void setAcceptAll(bool acceptAll);
    // Where accepted deliveries go from now on, without a restart (Receiver::ReceiverHost::setForwardRoutes).
    void setForwardRoutes(const Receiver::ForwardRoutes &routes);

signals:
    void started(quint16 port);
    void failed(const QString &message);
    void stopped();
    void moveFailed(quint16 port, const QString &message);
    void eventsReceived(const QList<Events::EventRecord> &records);
    void journalFailed(const QString &message);
    // A handler answered a forward of an event already handed on in eventsReceived(); the answer to an event still
    // waiting for its batch goes with that event instead (EventRecord::handlerAnswers).
    void handlerAnswered(const Events::HandlerAnswer &answer);

private:
    void onDelivered(const Receiver::Delivery &delivery);
    void onForwarded(const Journal::Forward &forward);
    void flush();

    Receiver::ReceiverHost m_host;
    QList<Events::EventRecord> m_batch;
    QTimer m_batchTimer;
};

} // namespace Workbench
