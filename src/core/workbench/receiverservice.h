// SPDX-License-Identifier: MIT
// The app's side of the embedded receiver: starts, moves and stops it on its thread, hands it the
// webhook secrets, and tells the window what it does. All calls return at once; answers come as signals.
#pragma once

#include "workbench/receiverworker.h"
#include "workbench/workerthread.h"

#include <QObject>
#include <QUrl>

namespace Workbench {

class ReceiverService : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Listening, Failed };

    explicit ReceiverService(QObject *parent = nullptr);
    ~ReceiverService() override;

    void start(const ReceiverSettings &settings);
    void stop();
    // To another port without stopping: the new port is bound before the old one closes
    // (Receiver::ReceiverHost::moveTo). Listening, stateChanged() comes with the new port; if the port cannot be
    // had, moveFailed() and the receiver stays where it was. Not listening: a start on that port.
    void moveTo(quint16 port);
    void setSecrets(const Signature::SecretList &secrets);
    void setAcceptAll(bool acceptAll);
    // Where accepted deliveries are forwarded from now on, while it runs and at the next start (docs/architecture.md
    // §3 "Forwarding"); the port and the journal stay as they are.
    void setForwardRoutes(const Receiver::ForwardRoutes &routes);
    // The host deliveries are verified for from now on: a tunnel's public URL; empty: the Host header's
    // (Receiver::ReceiverHost::setPublicUrl). Kept for later starts.
    void setPublicUrl(const QUrl &url);
    QUrl publicUrl() const { return m_settings.publicUrl; }
    // Starts again on the same port with this TLS configuration (docs/architecture.md §3 "HTTPS on the receiver");
    // a null one: plain HTTP. What else it was set to stays.
    void setTls(const QSslConfiguration &tls);
    bool usesTls() const { return !m_settings.tls.isNull(); }
    Receiver::ForwardRoutes forwardRoutes() const { return m_settings.forwardTo; }

    State state() const { return m_state; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/ while listening (the address a local registration points at); empty otherwise.
    QUrl localUrl() const;
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged(Workbench::ReceiverService::State state);
    void eventsReceived(const QList<Events::EventRecord> &records);
    void journalFailed(const QString &message);
    // The user's handler answered a forward of an event the log already has (ReceiverWorker::handlerAnswered).
    void handlerAnswered(const Events::HandlerAnswer &answer);
    // moveTo(port) could not listen there; a receiver that listened still does, on its old port.
    void moveFailed(quint16 port, const QString &message);

private:
    void onStarted(quint16 port);
    void setState(State state);

    ReceiverWorker *m_worker;
    WorkerThread m_thread;
    ReceiverSettings m_settings;
    State m_state = State::Stopped;
    quint16 m_port = 0;
    QString m_lastError;
};

} // namespace Workbench
