// SPDX-License-Identifier: MIT
// Sends signed deliveries to the app's receiver at a fixed rate over a few keep-alive connections, on its own
// thread, so the window under test only does what it does in real use.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class QTcpSocket;

class FloodSender : public QObject
{
    Q_OBJECT

public:
    FloodSender(quint16 port, const QByteArray &secret, int ratePerSecond, int total);

    void start();
    qint64 sent() const { return m_sent; }

signals:
    void finished(qint64 sent, qint64 answered);

private:
    void tick();
    QByteArray request(qint64 index) const;

    quint16 m_port;
    QByteArray m_secret;
    int m_rate;
    int m_total;
    QList<QTcpSocket *> m_sockets;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_date;
    qint64 m_sent = 0;
    qint64 m_answered = 0;
};
