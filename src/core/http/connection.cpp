// SPDX-License-Identifier: MIT
#include "http/connection.h"

#include "http/irequesthandler.h"
#include "http/problembody.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace Http {

namespace {
// Stop reading while this much unanswered output is queued (a client that pipelines but never reads).
constexpr qint64 WriteBacklogLimit = 4 * 1024 * 1024;

QString remoteOf(const QTcpSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(socket->peerPort());
}
} // namespace

Connection::Connection(QTcpSocket *socket, IRequestHandler *handler, const Limits &limits, DeadlineClock &clock,
                       QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler), m_limits(limits), m_parser(limits), m_clock(clock),
      m_deadlineTimer(clock.createTimer([this] { onDeadline(); })), m_lastActivityMs(clock.nowMs())
{
    m_socket->setParent(this);
    // Bound what Qt buffers from the kernel; the parser's own buffer is bounded by pullFromSocket().
    m_socket->setReadBufferSize(limits.maxHeaderBytes + 64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::closed);
    armDeadline();
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessing();
}

Connection::~Connection() = default;

void Connection::onReadyRead()
{
    scheduleProcessing();
}

void Connection::onBytesWritten()
{
    if (!writeBacklogged())
        scheduleProcessing();
}

bool Connection::writeBacklogged() const
{
    return m_socket->bytesToWrite() > WriteBacklogLimit;
}

void Connection::scheduleProcessing()
{
    // Pipelined requests are handled one per event-loop turn (a queued call, not recursion),
    // so one busy client cannot starve the others.
    if (m_processingScheduled || m_closing)
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::processNext, Qt::QueuedConnection);
}

void Connection::pullFromSocket()
{
    // Read only what the parser may need for the current request, so a flood of pipelined
    // requests stays in the kernel's buffer instead of ours.
    const qint64 room = m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 64 * 1024 - m_parser.bufferedBytes();
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_parser.append(m_socket->read(qMin(room, m_socket->bytesAvailable())));
}

void Connection::processNext()
{
    m_processingScheduled = false;
    if (m_closing || m_awaitingAnswer || writeBacklogged())
        return;
    pullFromSocket();
    switch (m_parser.parse()) {
    case RequestParser::Status::NeedMore: noteProgress(); return;
    case RequestParser::Status::Failed: failParse(); return;
    case RequestParser::Status::Complete: handleRequest(m_parser.takeRequest()); break;
    }
    if (!m_closing && (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0))
        scheduleProcessing();
    else
        noteProgress();
}

void Connection::noteProgress()
{
    m_lastActivityMs = m_clock.nowMs();
    if (!m_parser.inProgress())
        m_requestStartMs = -1;
    else if (m_requestStartMs < 0)
        m_requestStartMs = m_lastActivityMs;
    armDeadline();
}

// RFC 9112 gives no numbers; docs/architecture.md §3 "Limits": headers within 10 s of a request's first byte, 60 s idle.
qint64 Connection::msUntilDeadline() const
{
    const qint64 now = m_clock.nowMs();
    qint64 remaining = m_lastActivityMs + m_limits.idleTimeoutMs - now;
    if (m_requestStartMs >= 0 && m_parser.inHeaders())
        remaining = qMin(remaining, m_requestStartMs + m_limits.headerTimeoutMs - now);
    return remaining;
}

void Connection::armDeadline()
{
    // Never later than one header timeout from now: a request that starts after this point has its
    // header deadline no earlier than that, so the timer is never late for it and needs no restart.
    if (!m_deadlineTimer->isActive() && !m_closing)
        m_deadlineTimer->start(int(std::clamp<qint64>(msUntilDeadline(), 0, m_limits.headerTimeoutMs)));
}

void Connection::onDeadline()
{
    if (m_closing || m_awaitingAnswer) // answer() takes up the deadlines again
        return;
    if (msUntilDeadline() > 0) {
        armDeadline(); // there was activity since the timer was armed
        return;
    }
    if (m_parser.inProgress()) {
        const bool inHeaders = m_parser.inHeaders();
        sendAndClose(ProblemBody::response(408, inHeaders
                                                    ? QStringLiteral("The request headers were not complete in time.")
                                                    : QStringLiteral("The request was not complete in time.")));
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::handleRequest(Request request)
{
    m_requestStartMs = -1;
    request.remote = remoteOf(m_socket);
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const bool keepAlive = request.wantsKeepAlive();
    m_awaitingAnswer = true;
    const QPointer<Connection> self(this);
    m_handler->handleAsync(request, [self, keepAlive](const Response &response) {
        if (self)
            self->answer(response, keepAlive);
    });
}

// Pipelined requests wait in the buffers until the one before them is answered, so answers keep their order.
void Connection::answer(const Response &response, bool keepAlive)
{
    if (!std::exchange(m_awaitingAnswer, false))
        return;
    send(response, keepAlive);
    if (!m_closing && (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0))
        scheduleProcessing();
    else
        noteProgress();
}

void Connection::failParse()
{
    const ParseError error = m_parser.error();
    sendAndClose(ProblemBody::response(statusFor(error), describe(error)));
}

void Connection::sendAndClose(const Response &response)
{
    send(response, false);
}

void Connection::send(const Response &response, bool keepAlive)
{
    if (m_closing)
        return;
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive || response.closeConnection) {
        m_closing = true;
        m_deadlineTimer->stop();
        m_socket->disconnectFromHost(); // flushes what is queued first
    }
}

} // namespace Http
