// SPDX-License-Identifier: MIT
// Test helper: a hostile HTTP peer on 127.0.0.1 that answers every request "200 OK" with a chunked body that never
// ends, written as fast as the reader takes it (more whenever the socket has written what it held, never sleeping,
// never more than a few chunks queued); and the memory of a process as /proc tells it.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class EndlessPeer : public QTcpServer
{
public:
    static constexpr qint64 MiB = 1024 * 1024;

    EndlessPeer()
    {
        setProxy(QNetworkProxy::NoProxy);
        const QByteArray payload(kChunkPayload, 'x');
        m_chunk = QByteArray::number(kChunkPayload, 16) + "\r\n" + payload + "\r\n";
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    // Body bytes written so far, over every connection.
    qint64 bytesSent() const { return m_sent; }
    int accepted() const { return m_accepted; }
    // Cuts every connection in the middle of its body.
    void closeAll()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
        ++m_accepted;
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
    }

private:
    static constexpr int kChunkPayload = 256 * 1024;
    static constexpr qint64 kQueuedBytes = 1 * MiB;

    // The request's header block is read line by line up to its empty line; then the answer starts, and the rest
    // (a request body) is read and ignored.
    void read(QTcpSocket *socket)
    {
        while (!socket->property("answering").toBool() && socket->canReadLine()) {
            const QByteArray line = socket->readLine();
            if (line == "\r\n" || line == "\n") {
                socket->setProperty("answering", true);
                answer(socket);
            }
        }
        if (socket->property("answering").toBool())
            socket->readAll();
    }

    void answer(QTcpSocket *socket)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { pump(socket); });
        pump(socket);
    }

    void pump(QTcpSocket *socket)
    {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kQueuedBytes) {
            socket->write(m_chunk);
            m_sent += kChunkPayload;
        }
    }

    QByteArray m_chunk;
    qint64 m_sent = 0;
    int m_accepted = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

// A "VmRSS" or "VmHWM" line of /proc/PID/status ("self" for this process) in bytes; -1 when not there.
inline qint64 processMemory(const QString &pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

inline qint64 residentBytes()
{
    return processMemory(QStringLiteral("self"), "VmRSS");
}
