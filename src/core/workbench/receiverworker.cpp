// SPDX-License-Identifier: MIT
#include "workbench/receiverworker.h"

#include "events/eventlogmodel.h"
#include "http/server.h"

#include <QDir>
#include <QFileInfo>

namespace Workbench {

ReceiverWorker::ReceiverWorker(QObject *parent) : QObject(parent)
{
    m_handler.setParent(this);
    m_batchTimer.setParent(this);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ReceiverWorker::flush);
    connect(&m_handler, &Receiver::WebhookHandler::delivered, this, &ReceiverWorker::onDelivered);
    connect(&m_handler, &Receiver::WebhookHandler::journalFailed, this, &ReceiverWorker::journalFailed);
}

ReceiverWorker::~ReceiverWorker()
{
    stop();
}

void ReceiverWorker::start(const ReceiverSettings &settings)
{
    stop();
    QString error;
    if (!openJournal(settings.journalPath, &error)) {
        emit failed(error);
        return;
    }
    m_handler.verifier().setPublicUrl(settings.publicUrl);
    m_handler.setAcceptAll(settings.acceptAll);
    if (!bind(settings.host, settings.port, &error)
        && !(settings.anyPortIfTaken && settings.port != 0 && bind(settings.host, 0, nullptr))) {
        m_journal.close();
        emit failed(error);
        return;
    }
    emit started(m_server->serverPort());
}

bool ReceiverWorker::bind(const QHostAddress &host, quint16 port, QString *error)
{
    QString message;
    m_server = new Http::Server(&m_handler, {}, this);
    if (m_server->start(host, port, &message))
        return true;
    delete m_server;
    m_server = nullptr;
    if (error)
        *error = message;
    return false;
}

bool ReceiverWorker::openJournal(const QString &path, QString *error)
{
    m_handler.setJournal(nullptr);
    if (path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_journal.open(path, error))
        return false;
    m_handler.setJournal(&m_journal);
    return true;
}

void ReceiverWorker::stop()
{
    flush();
    if (!m_server)
        return;
    delete m_server; // closes the listening socket and its connections
    m_server = nullptr;
    m_handler.setJournal(nullptr);
    m_journal.close();
    emit stopped();
}

void ReceiverWorker::setSecrets(const Signature::SecretList &secrets)
{
    m_handler.verifier().setSecrets(secrets);
}

void ReceiverWorker::setAcceptAll(bool acceptAll)
{
    m_handler.setAcceptAll(acceptAll);
}

void ReceiverWorker::onDelivered(const Receiver::Delivery &delivery)
{
    m_batch.append(Events::EventRecord::fromDelivery(delivery));
    m_batch.last().searchText = Events::EventLogModel::searchTextOf(m_batch.last()); // off the window's thread
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ReceiverWorker::flush()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    emit eventsReceived(std::exchange(m_batch, {}));
}

} // namespace Workbench
