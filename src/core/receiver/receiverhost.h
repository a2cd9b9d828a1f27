// SPDX-License-Identifier: MIT
// One running webhook receiver, as `vipps-hooks listen` and the app both run it: the journal, the handler
// that verifies and records, the server with its limits, and the forwarding of accepted deliveries
// (docs/architecture.md §3).
#pragma once

#include "journal/forward.h"
#include "journal/writer.h"
#include "receiver/receiversettings.h"
#include "receiver/webhookhandler.h"
#include "signature/secret.h"

#include <QObject>

class QNetworkAccessManager;

namespace Http {
class DeadlineClock;
class Server;
} // namespace Http

namespace Receiver {

class Forwarder;

class ReceiverHost : public QObject
{
    Q_OBJECT

public:
    enum class StartResult { Started, JournalFailed, ListenFailed };

    explicit ReceiverHost(QObject *parent = nullptr);
    ~ReceiverHost() override;

    // Stops what runs, then opens the journal and binds. Emits started() or failed() before it returns;
    // on failure errorString() says why and nothing is left open.
    StartResult start(const ReceiverSettings &settings);
    // Closes the server and its connections, then syncs and closes the journal. Emits stopped() if it ran.
    void stop();
    // Listens on port instead, with the journal, handler, secrets and forwarding it has: the new port is bound
    // before the old one is closed, so a port that cannot be had leaves the receiver as it was and moveFailed()
    // says why. Not listening: starts on port with the settings of the last start(). Emits started() on success,
    // nothing when it already listens there.
    bool moveTo(quint16 port);

    // Secrets stay across start() and stop(); they may change at any time.
    void setSecrets(const Signature::SecretList &secrets);
    void setAcceptAll(bool acceptAll);
    // Where accepted deliveries are forwarded from now on (ReceiverSettings::forwardTo), without a restart: the port,
    // the journal and forwards under way stay as they are. Kept for the next start() without settings of its own
    // (moveTo() while stopped).
    void setForwardRoutes(const ForwardRoutes &routes);
    // The clock of the forwards' 10 s deadline, from the next start() on; nullptr: the system's. Not owned; for tests.
    void setForwardDeadlineClock(Http::DeadlineClock *clock) { m_forwardClock = clock; }

    bool isListening() const { return m_server != nullptr; }
    quint16 port() const;
    // The open journal's path; empty without one.
    QString journalPath() const;
    QString errorString() const { return m_error; }
    // Set by start() when the journal already existed and users other than its owner may read it; else empty.
    QString journalWarning() const { return m_journalWarning; }

signals:
    void started(quint16 port);
    void failed(const QString &message);
    void stopped();
    // moveTo(port) could not listen there; a receiver that ran still runs where it did.
    void moveFailed(quint16 port, const QString &message);
    // After the delivery is journaled, before it is answered.
    void delivered(const Receiver::Delivery &delivery);
    // The journal could not be written; the delivery was answered 503 so the sender retries.
    void journalFailed(const QString &message);
    // An accepted delivery was passed on to a route of ReceiverSettings::forwardTo and the handler answered, or
    // failed to (status 0, error says why). journaled: its forward line is in the journal (docs/architecture.md §4
    // "Forward lines").
    void forwarded(const Journal::Forward &forward, bool journaled);
    // A forward line could not be written to the journal; forwarded() follows with journaled false.
    void forwardNotJournaled(const QString &message);

private:
    bool openJournal(const QString &path);
    bool bind(const ReceiverSettings &settings);
    Http::Server *listenOn(const ReceiverSettings &settings, quint16 port, QString *error); // null on failure
    void startForwarding(const ForwardRoutes &routes);
    StartResult fail(StartResult result); // m_error says why
    void onDelivered(const Receiver::Delivery &delivery);
    void onForwarded(const Journal::Forward &forward);

    WebhookHandler m_handler;
    Journal::Writer m_journal;
    Http::Server *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Forwarder *m_forwarder = nullptr;
    Http::DeadlineClock *m_forwardClock = nullptr;
    QString m_error;
    QString m_journalWarning;
    ReceiverSettings m_settings; // of the last start(), with the port moved to since
};

} // namespace Receiver
