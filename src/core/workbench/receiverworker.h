// SPDX-License-Identifier: MIT
// The app's embedded receiver as it runs on its own thread: server, handler and journal, with received
// requests handed on in batches so a flood costs the window one update per batch (docs/architecture.md §2).
#pragma once

#include "events/eventrecord.h"
#include "journal/writer.h"
#include "receiver/webhookhandler.h"
#include "signature/secret.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace Http {
class Server;
}

namespace Workbench {

struct ReceiverSettings
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0;
    bool anyPortIfTaken = false; // the wished port is busy (a `vipps-hooks listen`, say): take a free one
    QString journalPath; // empty: no journal
    QUrl publicUrl;      // a tunnel's URL, for the signed host and path (docs/architecture.md §3 "Host and path for the signed string")
    bool acceptAll = false;
};

class ReceiverWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchIntervalMs = 50;

    explicit ReceiverWorker(QObject *parent = nullptr);
    ~ReceiverWorker() override;

    // Stops what runs, then binds anew; answers with started() or failed().
    void start(const ReceiverSettings &settings);
    void stop();
    void setSecrets(const Signature::SecretList &secrets);
    void setAcceptAll(bool acceptAll);

signals:
    void started(quint16 port);
    void failed(const QString &message);
    void stopped();
    void eventsReceived(const QList<Events::EventRecord> &records);
    void journalFailed(const QString &message);

private:
    bool openJournal(const QString &path, QString *error);
    bool bind(const QHostAddress &host, quint16 port, QString *error);
    void onDelivered(const Receiver::Delivery &delivery);
    void flush();

    Receiver::WebhookHandler m_handler;
    Journal::Writer m_journal;
    Http::Server *m_server = nullptr;
    QList<Events::EventRecord> m_batch;
    QTimer m_batchTimer;
};

} // namespace Workbench
