// SPDX-License-Identifier: MIT
#include "http/tlsstream.h"

#include <QSslSocket>

namespace Http {

TlsStream::TlsStream(qintptr descriptor, const QSslConfiguration &configuration, QObject *parent)
    : ByteStream(parent), m_socket(new QSslSocket(this))
{
    m_socket->setSslConfiguration(configuration);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_closed = true;
        QMetaObject::invokeMethod(
            this, [this] { emit disconnected(); }, Qt::QueuedConnection);
        return;
    }
    m_peer = peerText(m_socket->peerAddress(), m_socket->peerPort());
    connect(m_socket, &QSslSocket::readyRead, this, &ByteStream::readyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ByteStream::bytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &TlsStream::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_handshakeError = errors.isEmpty() ? QString() : errors.first().errorString();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError)
            m_handshakeError = m_socket->errorString();
        if (error != QAbstractSocket::RemoteHostClosedError && m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    m_socket->startServerEncryption();
}

TlsStream::~TlsStream() = default;

qint64 TlsStream::bytesAvailable() const
{
    return m_socket->bytesAvailable(); // what came before a close stays readable
}

QByteArray TlsStream::read(qint64 maxBytes)
{
    return m_socket->read(maxBytes);
}

void TlsStream::setReadBufferSize(qint64 bytes)
{
    m_socket->setReadBufferSize(bytes);
}

void TlsStream::write(const QByteArray &bytes)
{
    if (!m_closing && !m_closed)
        m_socket->write(bytes);
}

qint64 TlsStream::bytesToWrite() const
{
    return m_closed ? 0 : m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

// TLS has no half-close: the close_notify goes after what is queued, then the connection ends.
void TlsStream::closeGracefully()
{
    if (m_closing || m_closed)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void TlsStream::abort()
{
    if (m_closed)
        return;
    m_socket->abort();
    onDisconnected();
}

void TlsStream::onDisconnected()
{
    if (m_closed)
        return;
    m_peerFinished = true;
    m_closed = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit readyRead(); // what was read before the close is all there is
            emit disconnected();
        },
        Qt::QueuedConnection);
}

} // namespace Http
