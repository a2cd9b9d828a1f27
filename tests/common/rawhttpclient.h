// SPDX-License-Identifier: MIT
// Test helper: a raw TCP client that sends hand-made bytes and splits the answers into responses.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QSignalSpy>
#include <QTcpSocket>

#include <sys/socket.h>

struct RawResponse
{
    QByteArray statusLine; // without its CRLF
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    // The header fields but Date, which may tick between two answers.
    QList<QPair<QByteArray, QByteArray>> headersButDate() const
    {
        QList<QPair<QByteArray, QByteArray>> fields = headers;
        fields.removeIf([](const auto &field) { return field.first == "Date"; });
        return fields;
    }
};

// A request without a body to 127.0.0.1.
inline QByteArray bareRequest(const QByteArray &method, const QByteArray &target)
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

class RawHttpClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Waits (event loop running) until n complete responses arrived or timeoutMs passed.
    QList<RawResponse> readResponses(int n, int timeoutMs = 5000) { return read(n, timeoutMs, false); }

    RawResponse readResponse(int timeoutMs = 5000)
    {
        const QList<RawResponse> list = readResponses(1, timeoutMs);
        return list.isEmpty() ? RawResponse{} : list.first();
    }

    // The answer to a HEAD request: its header block only, whatever its Content-Length says (RFC 9110 §9.3.2).
    RawResponse readHeadResponse(int timeoutMs = 5000)
    {
        const QList<RawResponse> list = read(1, timeoutMs, true);
        return list.isEmpty() ? RawResponse{} : list.first();
    }

    // Every answer the server sent once it has closed the connection (at most expected + 1 are looked for); empty
    // when it did not close or sent bytes that are no whole answer.
    QList<RawResponse> readAnswersUntilClosed(int expected)
    {
        if (!waitForClose())
            return {};
        const QList<RawResponse> answers = readResponses(expected + 1, 0);
        if (!m_buffer.isEmpty())
            qWarning("bytes after the last answer: %s", m_buffer.constData());
        return m_buffer.isEmpty() ? answers : QList<RawResponse>{};
    }

    // True once the server closed the connection (within timeoutMs).
    bool waitForClose(int timeoutMs = 5000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
        return spy.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    // Sends a FIN and keeps reading (a half-close, as `nc -N` does; QTcpSocket has no call for it).
    void finishSending() { ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR); }

    QTcpSocket &socket() { return m_socket; }
    QByteArray leftover() const { return m_buffer; }

private:
    QList<RawResponse> read(int n, int timeoutMs, bool headersOnly)
    {
        QList<RawResponse> out;
        QElapsedTimer timer;
        timer.start();
        while (out.size() < n) {
            RawResponse r;
            if (takeResponse(&r, headersOnly)) {
                out.append(r);
                continue;
            }
            if (timer.elapsed() > timeoutMs || m_socket.state() != QAbstractSocket::ConnectedState) {
                if (m_socket.bytesAvailable() > 0) {
                    m_buffer += m_socket.readAll();
                    continue;
                }
                break;
            }
            QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
            if (m_socket.bytesAvailable() == 0)
                spy.wait(100);
            m_buffer += m_socket.readAll();
        }
        return out;
    }

    bool takeResponse(RawResponse *r, bool headersOnly)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        r->statusLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
        r->status = r->statusLine.split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon);
            const QByteArray value = line.mid(colon + 1).trimmed();
            r->headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (headersOnly)
            length = 0;
        if (m_buffer.size() < end + 4 + length)
            return false;
        r->body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
