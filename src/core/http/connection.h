// SPDX-License-Identifier: MIT
// One accepted socket: feeds the parser, hands complete requests to the handler in order,
// writes responses in request order, and enforces the header and idle timeouts.
#pragma once

#include "http/deadlineclock.h"
#include "http/limits.h"
#include "http/requestparser.h"
#include "http/response.h"

#include <QObject>

#include <memory>

namespace Http {

class IRequestHandler;
class ByteStream;

class Connection : public QObject
{
    Q_OBJECT

public:
    // The clock must outlive the connection.
    Connection(ByteStream *socket, IRequestHandler *handler, const Limits &limits, DeadlineClock &clock,
               QObject *parent = nullptr);
    ~Connection() override;

signals:
    void closed();

private:
    void onReadyRead();
    void onBytesWritten();
    void processNext();
    void scheduleProcessing();
    void handleRequest(Request request);
    void answer(const Response &response, const Response::Framing &framing);
    void failParse();
    void waitForMore();
    void answerExpectation();
    void endOfRequests();
    void onDeadline();
    qint64 msUntilDeadline() const;
    void armDeadline();
    void sendAndClose(const Response &response);
    void close();
    void send(const Response &response, const Response::Framing &framing);
    void pullFromSocket();
    bool writeBacklogged() const;
    void noteProgress();

    ByteStream *m_socket;
    IRequestHandler *m_handler;
    Limits m_limits;
    RequestParser m_parser;
    // One lazily re-armed timer serves every deadline: activity only updates the timestamps below,
    // and the timer, when it fires, checks them and re-arms for whatever is left.
    DeadlineClock &m_clock;
    std::unique_ptr<DeadlineClock::Timer> m_deadlineTimer;
    qint64 m_lastActivityMs;
    qint64 m_silentSinceMs;             // when the connection was accepted, until its first byte arrives; then -1
    qint64 m_requestStartMs = -1;       // when the first byte of the current request arrived
    qint64 m_bodyStartMs = -1;          // when the current request's header block was complete
    bool m_expectationAnswered = false; // for the request being read
    bool m_processingScheduled = false;
    bool m_processing = false;     // inside processNext()
    bool m_awaitingAnswer = false; // the handler has a request and has not answered it yet
    bool m_closing = false;
};

} // namespace Http
