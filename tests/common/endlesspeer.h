// SPDX-License-Identifier: MIT
// Test helper: a hostile HTTP peer on 127.0.0.1 that answers every request "200 OK" with a chunked body that never
// ends. It runs on a thread of its own and writes whenever its socket has passed on what it held (never sleeping,
// never more than a few chunks queued), so it sends as fast as the reader's side of the connection takes bytes, not
// as fast as the reader's thread reads them. Also: the memory of a process as /proc tells it.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>

class EndlessPeer
{
public:
    static constexpr qint64 MiB = 1024 * 1024;
    // What a test lets the peer send before it looks at the reader's memory, and how much that may have grown by
    // then; a reader that keeps what it is sent grows by all of it (docs/architecture.md §3 "Answers read from
    // others").
    static constexpr qint64 EnoughBytes = 512 * MiB;
    static constexpr qint64 AllowedGrowth = 64 * MiB;

    EndlessPeer()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~EndlessPeer()
    {
        QThread *here = QThread::currentThread();
        QMetaObject::invokeMethod(
            &m_context,
            [this, here] {
                delete m_server; // and its sockets, on their thread
                m_context.moveToThread(here);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    EndlessPeer(const EndlessPeer &) = delete;
    EndlessPeer &operator=(const EndlessPeer &) = delete;

    bool start()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new Server(&m_sent);
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        return m_port != 0;
    }
    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    // Body bytes written so far, over every connection.
    qint64 bytesSent() const { return m_sent.load(); }

private:
    class Server : public QTcpServer
    {
    public:
        explicit Server(std::atomic<qint64> *sent) : m_sent(sent)
        {
            setProxy(QNetworkProxy::NoProxy);
            m_chunk = QByteArray::number(kChunkPayload, 16) + "\r\n" + QByteArray(kChunkPayload, 'x') + "\r\n";
        }

    protected:
        void incomingConnection(qintptr socketDescriptor) override
        {
            auto *socket = new QTcpSocket(this);
            socket->setSocketDescriptor(socketDescriptor);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
        }

    private:
        static constexpr int kChunkPayload = 1024 * 1024;
        static constexpr qint64 kQueuedBytes = 4 * MiB;

        // The request's header block is read line by line up to its empty line; then the answer starts, and the
        // rest (a request body) is read and ignored.
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
                m_sent->fetch_add(kChunkPayload);
            }
        }

        std::atomic<qint64> *m_sent;
        QByteArray m_chunk;
    };

    QThread m_thread;
    QObject m_context; // lives on m_thread: what runs there runs through it
    Server *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<qint64> m_sent{0};
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

// "grew by 12 MiB", for a failed check.
inline QByteArray growthText(const char *what, qint64 bytes)
{
    return QByteArray(what) + ' ' + QByteArray::number(bytes / EndlessPeer::MiB) + " MiB";
}
