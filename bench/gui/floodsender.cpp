// SPDX-License-Identifier: MIT
#include "floodsender.h"

#include "sim/deliveryheaders.h"

#include <QTcpSocket>

namespace {

constexpr int kConnections = 8;
constexpr int kTickMs = 10;

} // namespace

FloodSender::FloodSender(quint16 port, const QByteArray &secret, int ratePerSecond, int total)
    : m_port(port), m_secret(secret), m_rate(ratePerSecond), m_total(total)
{
    m_timer.setParent(this);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &FloodSender::tick);
}

void FloodSender::start()
{
    for (int i = 0; i < kConnections; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            m_answered += bytes.count("HTTP/1.1 ");
            if (m_sent >= m_total && m_answered >= m_sent) {
                m_timer.stop();
                emit finished(m_sent, m_answered);
            }
        });
        m_sockets.append(socket);
    }
    m_clock.start();
    m_timer.start();
}

// Sends what the rate says is due by now, spread over the connections.
void FloodSender::tick()
{
    const qint64 due = std::min<qint64>(m_total, m_clock.elapsed() * m_rate / 1000);
    while (m_sent < due) {
        m_sockets.at(int(m_sent % kConnections))->write(request(m_sent));
        ++m_sent;
    }
}

QByteArray FloodSender::request(qint64 index) const
{
    const QByteArray reference = "bench-order-" + QByteArray::number(index);
    const QByteArray body = R"({"msn":"123456","reference":")" + reference + R"(","pspReference":"psp-)" +
                            QByteArray::number(index) + R"(","name":"AUTHORIZED","amount":{"currency":"NOK",)" +
                            R"("value":4900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})";
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(m_port));
    const Http::HeaderList headers =
        Sim::DeliveryHeaders::build(m_secret, url, QStringLiteral("bench-hook"), body, QDateTime::currentDateTimeUtc());
    QByteArray bytes = "POST /hooks/vipps HTTP/1.1\r\n";
    for (const Http::Header &header : headers)
        bytes += header.name + ": " + header.value + "\r\n";
    return bytes + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
