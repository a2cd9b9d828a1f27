// SPDX-License-Identifier: MIT
// One accepted socket: feeds the parser, hands complete requests to the handler in order,
// writes responses in request order, and enforces the header and idle timeouts.
#pragma once

#include "http/limits.h"
#include "http/requestparser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Http {

class IRequestHandler;
struct Response;

class Connection : public QObject
{
    Q_OBJECT

public:
    Connection(QTcpSocket *socket, IRequestHandler *handler, const Limits &limits, QObject *parent = nullptr);
    ~Connection() override;

signals:
    void closed();

private:
    void onReadyRead();
    void onBytesWritten();
    void processNext();
    void scheduleProcessing();
    void handleRequest(Request request);
    void failParse();
    void onHeaderTimeout();
    void onIdleTimeout();
    void sendAndClose(const Response &response);
    void send(const Response &response, bool keepAlive);
    void pullFromSocket();
    bool writeBacklogged() const;
    void updateTimers();

    QTcpSocket *m_socket;
    IRequestHandler *m_handler;
    Limits m_limits;
    RequestParser m_parser;
    QTimer m_headerTimer;
    QTimer m_idleTimer;
    bool m_processingScheduled = false;
    bool m_closing = false;
    bool m_requestStarted = false;
};

} // namespace Http
