// SPDX-License-Identifier: MIT
#include "http/connection.h"

#include "http/irequesthandler.h"
#include "http/problembody.h"
#include "http/streamsocket.h"

#include <QDateTime>
#include <QPointer>
#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace Http {

namespace {
// Stop reading while this much unanswered output is queued (a client that pipelines but never reads).
constexpr qint64 WriteBacklogLimit = 4 * 1024 * 1024;
// RFC 9112 §9.6 leaves it to the server how long a closing connection may take to send its last answer and
// see the client close too; after this it is cut.
constexpr int LingerMs = 5 * 1000;
// RFC 9110 §15.2.1: the go-ahead for a body that waits for it; an interim answer, so it has no header fields.
const QByteArray ContinueAnswer = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");

Response::Framing framingFor(const Request &request)
{
    return {request.wantsKeepAlive(), request.method == "HEAD", request.version == "HTTP/1.0"};
}
} // namespace

Connection::Connection(ByteStream *socket, IRequestHandler *handler, const Limits &limits, DeadlineClock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits)
    , m_clock(clock)
    , m_deadlineTimer(clock.createTimer([this] { onDeadline(); }))
    , m_lastActivityMs(clock.nowMs())
    , m_silentSinceMs(m_lastActivityMs)
{
    m_socket->setParent(this);
    // Bound what the socket takes from the kernel; the parser's own buffer is bounded by pullFromSocket().
    m_socket->setReadBufferSize(limits.maxHeaderBytes + 64 * 1024);
    connect(m_socket, &ByteStream::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &ByteStream::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &ByteStream::disconnected, this, &Connection::closed);
    armDeadline();
}

Connection::~Connection() = default;

// From the socket's notifier: handled at once, which saves a queued call per request (docs/architecture.md §7).
// What follows a request on the same connection still waits for the next turn (scheduleProcessing), and so does
// data a stream announces while a request is being handled.
void Connection::onReadyRead()
{
    if (m_processing || m_processingScheduled || m_closing) {
        scheduleProcessing();
        return;
    }
    processNext();
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
    const QScopedValueRollback<bool> processing(m_processing, true);
    if (m_closing || m_awaitingAnswer || writeBacklogged())
        return;
    pullFromSocket();
    switch (m_parser.parse()) {
    case RequestParser::Status::NeedMore: waitForMore(); return;
    case RequestParser::Status::Failed: failParse(); return;
    case RequestParser::Status::Complete: handleRequest(m_parser.takeRequest()); break;
    }
    if (!m_closing && (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0 || m_socket->peerFinished()))
        scheduleProcessing();
    else
        noteProgress();
}

// The parser has taken all there is; more comes with the next readyRead, unless the client has finished sending.
void Connection::waitForMore()
{
    if (m_socket->peerFinished() && m_socket->bytesAvailable() == 0) {
        endOfRequests();
        return;
    }
    if (m_parser.inBody() && !m_expectationAnswered)
        answerExpectation();
    if (!m_closing)
        noteProgress();
}

// RFC 9110 §10.1.1: a client that sent "Expect: 100-continue" holds its body back until told to go on. It gets the
// final answer at once when the request line and header fields decide it (a body too large was refused already,
// by the parser), else "100 Continue"; the body may also come unasked, and is read either way.
void Connection::answerExpectation()
{
    m_expectationAnswered = true;
    const Request &head = m_parser.current();
    if (!head.expectsContinue())
        return;
    if (const std::optional<Response> refusal = m_handler->refuseBeforeBody(head))
        sendAndClose(*refusal); // the body is not read, so nothing else can follow on this connection
    else
        m_socket->write(ContinueAnswer);
}

// RFC 9112 §9.6: the client half-closed (its FIN came) and every request before it has been answered, so the
// connection closes after the answers. A request it cut short cannot be completed any more.
void Connection::endOfRequests()
{
    if (m_parser.inProgress())
        sendAndClose(ProblemBody::response(400, QStringLiteral("The client stopped sending before the request was "
                                                               "complete.")));
    else
        close();
}

void Connection::noteProgress()
{
    m_lastActivityMs = m_clock.nowMs();
    if (m_parser.inProgress()) {
        m_silentSinceMs = -1;
        if (m_requestStartMs < 0)
            m_requestStartMs = m_lastActivityMs;
        if (m_parser.inBody() && m_bodyStartMs < 0)
            m_bodyStartMs = m_lastActivityMs;
    } else {
        m_requestStartMs = -1;
        m_bodyStartMs = -1;
    }
    armDeadline();
}

// RFC 9112 gives no numbers; docs/architecture.md §3 "Limits": a new connection's first byte and a request's whole
// header block within 10 s of its first byte, the body within 30 s of the header block, 60 s idle between requests.
qint64 Connection::msUntilDeadline() const
{
    qint64 deadline = m_lastActivityMs + m_limits.idleTimeoutMs;
    if (m_silentSinceMs >= 0)
        deadline = qMin(deadline, m_silentSinceMs + m_limits.headerTimeoutMs);
    if (m_requestStartMs >= 0 && m_parser.inHeaders())
        deadline = qMin(deadline, m_requestStartMs + m_limits.headerTimeoutMs);
    if (m_bodyStartMs >= 0 && m_parser.inBody())
        deadline = qMin(deadline, m_bodyStartMs + m_limits.bodyTimeoutMs);
    return deadline - m_clock.nowMs();
}

void Connection::armDeadline()
{
    // Never later than the shorter of the header and body timeouts from now: a request or body that starts after
    // this point has its deadline no earlier than that, so the timer is never late for it and needs no restart.
    const qint64 latest = qMin(m_limits.headerTimeoutMs, m_limits.bodyTimeoutMs);
    if (!m_deadlineTimer->isActive() && !m_closing)
        m_deadlineTimer->start(int(std::clamp<qint64>(msUntilDeadline(), 0, latest)));
}

void Connection::onDeadline()
{
    if (m_closing) {
        m_socket->abort(); // the linger time is over
        return;
    }
    if (m_awaitingAnswer) // answer() takes up the deadlines again
        return;
    if (msUntilDeadline() > 0) {
        armDeadline(); // there was activity since the timer was armed
        return;
    }
    if (m_parser.inProgress()) {
        const bool inHeaders = m_parser.inHeaders();
        sendAndClose(ProblemBody::response(408, inHeaders
                                                    ? QStringLiteral("The request headers were not complete in time.")
                                                    : QStringLiteral("The request body was not complete in time.")));
        return;
    }
    close();
}

void Connection::handleRequest(Request request)
{
    m_expectationAnswered = false;
    m_silentSinceMs = -1;
    m_requestStartMs = -1;
    m_bodyStartMs = -1;
    request.remote = m_socket->peer();
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const Response::Framing framing = framingFor(request);
    m_awaitingAnswer = true;
    const QPointer<Connection> self(this);
    m_handler->handleAsync(request, [self, framing](const Response &response) {
        if (self)
            self->answer(response, framing);
    });
}

// Pipelined requests wait in the buffers until the one before them is answered, so answers keep their order. So do
// the client's FIN and the close it leads to (RFC 9112 §9.6): a request the handler took is answered first.
void Connection::answer(const Response &response, const Response::Framing &framing)
{
    if (!std::exchange(m_awaitingAnswer, false))
        return;
    send(response, framing);
    if (!m_closing && (m_parser.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0 || m_socket->peerFinished()))
        scheduleProcessing();
    else
        noteProgress();
}

void Connection::failParse()
{
    const ParseError error = m_parser.error();
    sendAndClose(ProblemBody::response(statusFor(error), describe(error)));
}

// An answer before the request was complete: the connection closes after it. What is known of the request still
// decides its framing: a refused HEAD gets no content either.
void Connection::sendAndClose(const Response &response)
{
    send(response, {false, m_parser.current().method == "HEAD"});
}

void Connection::send(const Response &response, const Response::Framing &framing)
{
    if (m_closing)
        return;
    m_socket->write(response.serialize(framing));
    if (!framing.keepAlive || response.closeConnection)
        close();
}

// Sends what is queued, then lingers for the client's close (StreamSocket::closeGracefully), at most LingerMs.
void Connection::close()
{
    m_closing = true;
    m_deadlineTimer->stop();
    m_deadlineTimer->start(LingerMs);
    m_socket->closeGracefully();
}

} // namespace Http
