// SPDX-License-Identifier: MIT
#include "http/connection.h"

#include "http/irequesthandler.h"
#include "http/problembody.h"

#include <QDateTime>
#include <QTcpSocket>

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

Connection::Connection(QTcpSocket *socket, IRequestHandler *handler, const Limits &limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler), m_limits(limits), m_parser(limits)
{
    m_socket->setParent(this);
    // Bound what Qt buffers from the kernel; the parser's own buffer is bounded by pullFromSocket().
    m_socket->setReadBufferSize(limits.maxHeaderBytes + 64 * 1024);
    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, &Connection::onHeaderTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::closed);
    m_idleTimer.start(m_limits.idleTimeoutMs);
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
    if (m_closing || writeBacklogged())
        return;
    pullFromSocket();
    switch (m_parser.parse()) {
    case RequestParser::Status::NeedMore: updateTimers(); return;
    case RequestParser::Status::Failed: failParse(); return;
    case RequestParser::Status::Complete: handleRequest(m_parser.takeRequest()); break;
    }
    if (!m_closing && (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0))
        scheduleProcessing();
    else
        updateTimers();
}

void Connection::updateTimers()
{
    m_idleTimer.start(m_limits.idleTimeoutMs);
    const bool started = m_parser.inProgress();
    if (started && !m_requestStarted) {
        // RFC 9112 gives no number; DESIGN.md: headers must be complete within 10 s of the first byte.
        m_headerTimer.start(m_limits.headerTimeoutMs);
    }
    if (!m_parser.inHeaders())
        m_headerTimer.stop();
    m_requestStarted = started;
}

void Connection::handleRequest(Request request)
{
    m_headerTimer.stop();
    m_requestStarted = false;
    request.remote = remoteOf(m_socket);
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const bool keepAlive = request.wantsKeepAlive();
    const Response response = m_handler->handle(request);
    send(response, keepAlive);
}

void Connection::failParse()
{
    const ParseError error = m_parser.error();
    sendAndClose(ProblemBody::response(statusFor(error), describe(error)));
}

void Connection::onHeaderTimeout()
{
    if (m_parser.inHeaders() && m_parser.inProgress())
        sendAndClose(ProblemBody::response(408, QStringLiteral("The request headers were not complete in time.")));
}

void Connection::onIdleTimeout()
{
    if (m_parser.inProgress()) {
        sendAndClose(ProblemBody::response(408, QStringLiteral("The request was not complete in time.")));
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
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
        m_headerTimer.stop();
        m_idleTimer.stop();
        m_socket->disconnectFromHost(); // flushes what is queued first
    }
}

} // namespace Http
