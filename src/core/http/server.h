// SPDX-License-Identifier: MIT
// The receiver's TCP server: one Connection per socket, a cap on concurrent connections.
#pragma once

#include "http/deadlineclock.h"
#include "http/limits.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

namespace Http {

class IRequestHandler;

class Server : public QTcpServer
{
    Q_OBJECT

public:
    Server(IRequestHandler *handler, const Limits &limits = {}, QObject *parent = nullptr);

    // Binds; on failure returns false with a sentence for the user (e.g. "port 8080 is already in use").
    bool start(const QHostAddress &address, quint16 port, QString *errorMessage);
    int activeConnections() const { return m_active; }
    const Limits &limits() const { return m_limits; }
    // The clock that connections accepted from now on keep their deadlines by; nullptr means
    // DeadlineClock::system(), the default. Not owned; it must outlive the server.
    void setDeadlineClock(DeadlineClock *clock) { m_clock = clock ? clock : &DeadlineClock::system(); }

    // Connections accepted from now on speak TLS with this configuration (its certificate and key); a null
    // configuration: plain HTTP, the default.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool usesTls() const { return !m_tls.isNull(); }

signals:
    void connectionRefused();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void refuse(qintptr socketDescriptor);

    IRequestHandler *m_handler;
    Limits m_limits;
    DeadlineClock *m_clock = &DeadlineClock::system();
    int m_active = 0;
    QSslConfiguration m_tls;
};

} // namespace Http
