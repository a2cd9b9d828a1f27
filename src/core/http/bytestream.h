// SPDX-License-Identifier: MIT
// One accepted connection as a Connection reads and writes it: plain (StreamSocket) or TLS (TlsStream)
// (docs/architecture.md §3 "HTTPS on the receiver").
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace Http {

class ByteStream : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "address:port" of the peer as seen when the connection was accepted ("[address]:port" for IPv6).
    virtual QString peer() const = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxBytes) = 0;
    // The peer is done sending: what bytesAvailable() holds is all that will ever come.
    virtual bool peerFinished() const = 0;
    // Takes nothing more in while this many bytes wait to be read.
    virtual void setReadBufferSize(qint64 bytes) = 0;
    // Queues bytes and sends what can go at once; nothing once closing.
    virtual void write(const QByteArray &bytes) = 0;
    virtual qint64 bytesToWrite() const = 0;
    // Sends what is queued, then closes; disconnected() follows.
    virtual void closeGracefully() = 0;
    // Closes at once; what is queued is lost.
    virtual void abort() = 0;

    // "address:port", "[address]:port" for IPv6: how peer() names a peer.
    static QString peerText(const QHostAddress &address, quint16 port);

signals:
    // New bytes to read, or the peer finished.
    void readyRead();
    // Some of the queued bytes went out.
    void bytesWritten();
    // The connection is closed; emitted once, from the event loop.
    void disconnected();
};

} // namespace Http
