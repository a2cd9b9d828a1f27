// SPDX-License-Identifier: MIT
// A running `vipps-hooks listen`: a Receiver::ReceiverHost set up from the options, and the output.
#pragma once

#include "cli/listenconfig.h"
#include "receiver/receiverhost.h"

#include <QMap>
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
    void onForwarded(const Journal::Forward &forward, bool journaled);
    void rememberLabel(const Receiver::Delivery &delivery);
    void printLine(const QByteArray &line);
    void flushOutput();

    ListenConfig m_config;
    CliContext &m_context;
    Receiver::ReceiverHost m_host;
    QByteArray m_lines;  // the lines not yet handed to stdout
    QTimer m_flushTimer; // output to a pipe or file is handed over in batches; a terminal sees every line at once
    bool m_interactive = false;
    // Which event a handler's answer is about, for answers not printed right under it: the newest accepted
    // deliveries' labels, at most kLabelsKept, by seq.
    QMap<qint64, QByteArray> m_labels;
    qint64 m_lastSeqShown = 0; // of the event whose lines were printed last
    qint64 m_requests = 0;
    qint64 m_valid = 0;
    qint64 m_notStored = 0;
};

} // namespace Cli
