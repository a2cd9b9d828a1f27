// SPDX-License-Identifier: MIT
// A running `vipps-hooks listen`: server, handler, journal, optional forwarder, and the output.
#pragma once

#include "cli/listenconfig.h"
#include "journal/writer.h"
#include "receiver/webhookhandler.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Http {
class Server;
}
namespace Receiver {
class Forwarder;
}

namespace Cli {

class CliContext;

class ListenSession : public QObject
{
    Q_OBJECT

public:
    ListenSession(const ListenConfig &config, CliContext &context, QObject *parent = nullptr);
    ~ListenSession() override;

    // Opens the journal and binds. On failure prints why and returns the exit code; else ExitOk.
    int start();
    // Stops accepting, syncs the journal, prints the totals.
    void stop();

private:
    int openJournal();
    int bind();
    void printBanner();
    void onDelivered(const Receiver::Delivery &delivery);
    void onForwarded(qint64 seq, int status, qint64 elapsedMs, const QString &error);
    void flushOutput();

    ListenConfig m_config;
    CliContext &m_context;
    Journal::Writer m_journal;
    Receiver::WebhookHandler m_handler;
    Http::Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Receiver::Forwarder *m_forwarder = nullptr;
    QFile m_lines;       // stdout, for the one line per request
    QTimer m_flushTimer; // output to a pipe or file is flushed in batches; a terminal sees every line at once
    bool m_interactive = false;
    qint64 m_requests = 0;
    qint64 m_valid = 0;
};

} // namespace Cli
