// SPDX-License-Identifier: MIT
#include "workbench/receiverservice.h"

namespace Workbench {

ReceiverService::ReceiverService(QObject *parent)
    : QObject(parent), m_worker(new ReceiverWorker), m_thread(m_worker, QStringLiteral("receiver"))
{
    qRegisterMetaType<QList<Events::EventRecord>>();
    connect(m_worker, &ReceiverWorker::started, this, [this](quint16 port) {
        m_port = port;
        m_lastError.clear();
        setState(State::Listening);
    });
    connect(m_worker, &ReceiverWorker::failed, this, [this](const QString &message) {
        m_port = 0;
        m_lastError = message;
        setState(State::Failed);
    });
    connect(m_worker, &ReceiverWorker::stopped, this, [this] {
        if (m_state == State::Listening)
            setState(State::Stopped);
    });
    connect(m_worker, &ReceiverWorker::eventsReceived, this, &ReceiverService::eventsReceived);
    connect(m_worker, &ReceiverWorker::journalFailed, this, &ReceiverService::journalFailed);
}

ReceiverService::~ReceiverService() = default;

void ReceiverService::start(const ReceiverSettings &settings)
{
    m_settings = settings;
    setState(State::Starting);
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, settings] { worker->start(settings); });
}

void ReceiverService::stop()
{
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker] { worker->stop(); });
}

void ReceiverService::setSecrets(const Signature::SecretList &secrets)
{
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, secrets] { worker->setSecrets(secrets); });
}

void ReceiverService::setAcceptAll(bool acceptAll)
{
    m_settings.acceptAll = acceptAll;
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, acceptAll] { worker->setAcceptAll(acceptAll); });
}

QUrl ReceiverService::localUrl() const
{
    if (m_state != State::Listening)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void ReceiverService::setState(State state)
{
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Workbench
