// SPDX-License-Identifier: MIT
#include "http/server.h"

#include "http/connection.h"
#include "http/problembody.h"
#include "http/streamsocket.h"
#include "http/tlsstream.h"

#include <QNetworkProxy>
#include <QTcpSocket>

namespace Http {

Server::Server(IRequestHandler *handler, const Limits &limits, QObject *parent)
    : QTcpServer(parent), m_handler(handler), m_limits(limits)
{
    // docs/architecture.md §3: the receiver never listens through a proxy.
    setProxy(QNetworkProxy::NoProxy);
}

bool Server::start(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    if (listen(address, port))
        return true;
    if (errorMessage) {
        const QString where = address.toString() + QLatin1Char(':') + QString::number(port);
        if (serverError() == QAbstractSocket::AddressInUseError)
            *errorMessage = tr("Cannot listen on %1: the port is already in use. Stop the other program or "
                               "choose another port.")
                                .arg(where);
        else
            *errorMessage = tr("Cannot listen on %1: %2").arg(where, errorString());
    }
    return false;
}

void Server::incomingConnection(qintptr socketDescriptor)
{
    if (m_active >= m_limits.maxConnections) {
        refuse(socketDescriptor);
        return;
    }
    ByteStream *socket = m_tls.isNull() ? static_cast<ByteStream *>(new StreamSocket(socketDescriptor))
                                        : new TlsStream(socketDescriptor, m_tls);
    ++m_active;
    auto *connection = new Connection(socket, m_handler, m_limits, *m_clock, this);
    connect(connection, &Connection::closed, this, [this, connection] {
        --m_active;
        connection->deleteLater();
    });
}

void Server::refuse(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    emit connectionRefused();
    Response busy = ProblemBody::response(503, tr("Too many connections at once; try again shortly."));
    busy.headers.append(Header{"Retry-After", "1"});
    socket->write(busy.serialize({}));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

} // namespace Http
