// SPDX-License-Identifier: MIT
#include "receiver/receiverhost.h"

#include "http/server.h"
#include "journal/files.h"
#include "receiver/forwarder.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <memory>

namespace Receiver {

namespace {
// A verified (or accept-all) POST that was answered 2xx; a refused method has no result.
bool isAcceptedDelivery(const Delivery &delivery)
{
    const int status = delivery.entry.status;
    return status >= 200 && status < 300 && !delivery.entry.result.isEmpty();
}
} // namespace

ReceiverHost::ReceiverHost(QObject *parent) : QObject(parent)
{
    m_handler.setParent(this); // moves to the host's thread with it
    connect(&m_handler, &WebhookHandler::delivered, this, &ReceiverHost::onDelivered);
    connect(&m_handler, &WebhookHandler::journalFailed, this, &ReceiverHost::journalFailed);
}

ReceiverHost::~ReceiverHost()
{
    stop();
}

ReceiverHost::StartResult ReceiverHost::start(const ReceiverSettings &settings)
{
    stop();
    m_settings = settings;
    m_error.clear();
    m_journalWarning.clear();
    Signature::Verifier &verifier = m_handler.verifier();
    verifier.setPublicUrl(settings.publicUrl);
    verifier.setMaxClockSkew(settings.maxClockSkew);
    m_handler.setAcceptAll(settings.acceptAll);
    if (!openJournal(settings.journalPath))
        return fail(StartResult::JournalFailed);
    if (!bind(settings)) {
        stop();
        return fail(StartResult::ListenFailed);
    }
    if (!settings.forwardTo.isEmpty())
        startForwarding(settings.forwardTo);
    emit started(m_server->serverPort());
    return StartResult::Started;
}

ReceiverHost::StartResult ReceiverHost::fail(StartResult result)
{
    emit failed(m_error);
    return result;
}

bool ReceiverHost::openJournal(const QString &path)
{
    if (path.isEmpty())
        return true;
    // The rule for every journal path, given or default: its folder is made when missing, for the owner only.
    Journal::Files::makeFolders(QFileInfo(path).absolutePath());
    m_journal.setOptions(m_settings.journalOptions);
    if (!m_journal.open(path, &m_error))
        return false;
    // A journal that existed keeps its mode; one others may read is pointed out (docs/architecture.md §4 "Files").
    if (const QString mode = Journal::Files::modeIfReadableByOthers(path); !mode.isEmpty())
        m_journalWarning = tr("the journal %1 holds whole requests and other users may read it (mode %2); "
                              "'chmod 600 %1' makes it private.")
                               .arg(QDir::toNativeSeparators(path), mode);
    m_handler.setJournal(&m_journal);
    return true;
}

bool ReceiverHost::bind(const ReceiverSettings &settings)
{
    m_server = listenOn(settings, settings.port, &m_error);
    if (!m_server && settings.anyPortIfTaken && settings.port != 0)
        m_server = listenOn(settings, 0, nullptr);
    return m_server != nullptr;
}

Http::Server *ReceiverHost::listenOn(const ReceiverSettings &settings, quint16 port, QString *error)
{
    QString message;
    auto server = std::make_unique<Http::Server>(&m_handler, settings.limits, this);
    server->setTls(settings.tls);
    if (server->start(settings.host, port, &message))
        return server.release();
    if (error)
        *error = message;
    return nullptr;
}

void ReceiverHost::startForwarding(const ForwardRoutes &routes)
{
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy); // the handler is the user's own, reached directly
    m_forwarder = new Forwarder(m_network, routes, this);
    m_forwarder->setDeadlineClock(m_forwardClock);
    connect(m_forwarder, &Forwarder::forwarded, this, &ReceiverHost::onForwarded);
}

void ReceiverHost::stop()
{
    const bool wasListening = isListening();
    delete m_server; // closes the listening socket and its connections
    m_server = nullptr;
    delete m_forwarder; // before the network, so an aborted forward reports nothing
    m_forwarder = nullptr;
    delete m_network;
    m_network = nullptr;
    m_handler.setJournal(nullptr);
    if (m_journal.isOpen()) {
        m_journal.sync();
        m_journal.close();
    }
    if (wasListening)
        emit stopped();
}

bool ReceiverHost::moveTo(quint16 port)
{
    ReceiverSettings settings = m_settings;
    settings.port = port;
    settings.anyPortIfTaken = false;
    if (!isListening()) {
        if (start(settings) == StartResult::Started)
            return true;
        emit moveFailed(port, m_error);
        return false;
    }
    if (port == this->port())
        return true; // already there; binding it again would find it taken
    Http::Server *server = listenOn(settings, port, &m_error);
    if (!server) {
        emit moveFailed(port, m_error);
        return false;
    }
    delete m_server; // only now: closes the old port and its connections
    m_server = server;
    m_settings = settings;
    m_error.clear();
    emit started(m_server->serverPort());
    return true;
}

void ReceiverHost::setSecrets(const Signature::SecretList &secrets)
{
    m_handler.verifier().setSecrets(secrets);
}

void ReceiverHost::setAcceptAll(bool acceptAll)
{
    m_handler.setAcceptAll(acceptAll);
}

void ReceiverHost::setForwardRoutes(const ForwardRoutes &routes)
{
    m_settings.forwardTo = routes;
    if (m_forwarder)
        m_forwarder->setRoutes(routes);
    else if (isListening() && !routes.isEmpty())
        startForwarding(routes);
}

quint16 ReceiverHost::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ReceiverHost::journalPath() const
{
    return m_journal.isOpen() ? m_journal.path() : QString();
}

void ReceiverHost::onDelivered(const Delivery &delivery)
{
    emit delivered(delivery);
    if (m_forwarder && isAcceptedDelivery(delivery))
        m_forwarder->forward(delivery);
}

// docs/architecture.md §4 "Forward lines": the answer joins the journal that holds its entry.
void ReceiverHost::onForwarded(const Journal::Forward &forward)
{
    QString error;
    const bool journaled = m_journal.isOpen() && m_journal.appendForward(forward, &error);
    if (m_journal.isOpen() && !journaled)
        emit forwardNotJournaled(error);
    emit forwarded(forward, journaled);
}

} // namespace Receiver
