// SPDX-License-Identifier: MIT
// Test helper: loopback HTTP servers for client tests. CannedServer is the project's own receiver
// (Http::Server) with a handler that records every request and answers from per-path queues of canned
// responses, or from a function. SilentServer accepts connections and never answers (timeouts).
#pragma once

#include "http/irequesthandler.h"
#include "http/request.h"
#include "http/response.h"
#include "http/server.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

Q_DECLARE_METATYPE(Http::HeaderList)

namespace Http {
// For QCOMPARE failure messages: one "Name: value" line per header, in order.
inline char *toString(const HeaderList &headers)
{
    QByteArray text = "\n";
    for (const Header &header : headers)
        text += "    " + header.name + ": " + header.value + '\n';
    return qstrdup(text.constData());
}
} // namespace Http

class CannedServer : public Http::IRequestHandler
{
public:
    using Responder = std::function<Http::Response(const Http::Request &request)>;

    CannedServer() : m_server(this) {}

    // Binds 127.0.0.1 on a free port.
    bool start(QString *error = nullptr)
    {
        QString ignored;
        return m_server.start(QHostAddress::LocalHost, 0, error ? error : &ignored);
    }
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT followed by prefix ("/vipps" for a simulator mounted below a path).
    QUrl baseUrl(const QString &prefix = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(prefix));
    }

    // The next request whose path (without the query) is exactly path gets this response.
    void enqueue(const QByteArray &path, const Http::Response &response) { m_queues[path].enqueue(response); }
    void enqueueJson(const QByteArray &path, int status, const QByteArray &body,
                     const Http::HeaderList &extraHeaders = {})
    {
        Http::Response response = Http::Response::json(status, body);
        response.headers.append(extraHeaders);
        enqueue(path, response);
    }
    // Answers requests with nothing queued for their path; without one they get 404.
    void setResponder(const QByteArray &path, Responder responder) { m_responders[path] = std::move(responder); }

    const QList<Http::Request> &requests() const { return m_requests; }
    QList<Http::Request> requests(const QByteArray &path) const
    {
        QList<Http::Request> matching;
        for (const Http::Request &request : m_requests) {
            if (request.path() == path)
                matching.append(request);
        }
        return matching;
    }
    qsizetype count(const QByteArray &path) const { return requests(path).size(); }
    void clear() { m_requests.clear(); }

    Http::Response handle(const Http::Request &request) override
    {
        m_requests.append(request);
        const QByteArray path = request.path();
        QQueue<Http::Response> &queue = m_queues[path];
        if (!queue.isEmpty())
            return queue.dequeue();
        const auto responder = m_responders.constFind(path);
        if (responder != m_responders.constEnd())
            return (*responder)(request);
        return Http::Response::json(404, R"({"title":"Not Found","status":404})", "application/problem+json");
    }

private:
    Http::Server m_server;
    QList<Http::Request> m_requests;
    QHash<QByteArray, QQueue<Http::Response>> m_queues;
    QHash<QByteArray, Responder> m_responders;
};

// Accepts every connection, reads nothing, writes nothing: a server that never answers.
class SilentServer : public QTcpServer
{
public:
    SilentServer() { setProxy(QNetworkProxy::NoProxy); }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int accepted() const { return m_accepted; }

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        auto *socket = new QTcpSocket(this); // held open until the server goes away
        socket->setSocketDescriptor(socketDescriptor);
        ++m_accepted;
    }

private:
    int m_accepted = 0;
};

// A port nothing listens on: bound once to get a free number, then closed (connection refused).
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.setProxy(QNetworkProxy::NoProxy);
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
