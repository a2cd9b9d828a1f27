// SPDX-License-Identifier: MIT
// One accepted socket: feeds the parser, hands complete requests to the handler in order,
// writes responses in request order, and enforces the header and idle timeouts.
#pragma once

#include "http/deadlineclock.h"
#include "http/limits.h"
#include "http/requestparser.h"

#include <QObject>

#include <memory>

class QTcpSocket;

namespace Http {

class IRequestHandler;
struct Response;

class Connection : public QObject
{
    Q_OBJECT

public:
    // The clock must outlive the connection.
    Connection(QTcpSocket *socket, IRequestHandler *handler, const Limits &limits, DeadlineClock &clock,
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
    void answer(const Response &response, bool keepAlive);
    void failParse();
    void onDeadline();
    qint64 msUntilDeadline() const;
    void armDeadline();
    void sendAndClose(const Response &response);
    void send(const Response &response, bool keepAlive);
    void pullFromSocket();
    bool writeBacklogged() const;
    void noteProgress();

    QTcpSocket *m_socket;
    IRequestHandler *m_handler;
    Limits m_limits;
    RequestParser m_parser;
    // One lazily re-armed timer serves both deadlines: activity only updates the timestamps below,
    // and the timer, when it fires, checks them and re-arms for whatever is left.
    DeadlineClock &m_clock;
    std::unique_ptr<DeadlineClock::Timer> m_deadlineTimer;
    qint64 m_lastActivityMs;
    qint64 m_requestStartMs = -1; // when the first byte of the current request arrived
    bool m_processingScheduled = false;
    bool m_awaitingAnswer = false; // the handler has a request and has not answered it yet
    bool m_closing = false;
};

} // namespace Http
