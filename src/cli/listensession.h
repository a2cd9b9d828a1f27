// SPDX-License-Identifier: MIT
// A running `vipps-hooks listen`: a Receiver::ReceiverHost set up from the options, and the output.
#pragma once

#include "cli/listenconfig.h"
#include "receiver/receiverhost.h"

#include <QObject>
#include <QTimer>

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
    void printBanner();
    void onDelivered(const Receiver::Delivery &delivery);
    void onForwarded(qint64 seq, int status, qint64 elapsedMs, const QString &error);
    void flushOutput();

    ListenConfig m_config;
    CliContext &m_context;
    Receiver::ReceiverHost m_host;
    QByteArray m_lines;  // the lines not yet handed to stdout
    QTimer m_flushTimer; // output to a pipe or file is handed over in batches; a terminal sees every line at once
    bool m_interactive = false;
    qint64 m_requests = 0;
    qint64 m_valid = 0;
    qint64 m_notStored = 0;
};

} // namespace Cli
