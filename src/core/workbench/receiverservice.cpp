// SPDX-License-Identifier: MIT
#include "workbench/receiverservice.h"

namespace Workbench {

ReceiverService::ReceiverService(QObject *parent)
    : QObject(parent), m_worker(new ReceiverWorker), m_thread(m_worker, QStringLiteral("receiver"))
{
    qRegisterMetaType<QList<Events::EventRecord>>();
    qRegisterMetaType<Events::HandlerAnswer>();
    connect(m_worker, &ReceiverWorker::started, this, &ReceiverService::onStarted);
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
    connect(m_worker, &ReceiverWorker::moveFailed, this, &ReceiverService::moveFailed);
    connect(m_worker, &ReceiverWorker::handlerAnswered, this, &ReceiverService::handlerAnswered);
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

void ReceiverService::moveTo(quint16 port)
{
    m_settings.port = port;
    m_settings.anyPortIfTaken = false;
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, port] { worker->moveTo(port); });
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

void ReceiverService::setForwardRoutes(const Receiver::ForwardRoutes &routes)
{
    m_settings.forwardTo = routes;
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, routes] { worker->setForwardRoutes(routes); });
}

void ReceiverService::setPublicUrl(const QUrl &url)
{
    m_settings.publicUrl = url;
    ReceiverWorker *worker = m_worker;
    m_thread.post([worker, url] { worker->setPublicUrl(url); });
}

void ReceiverService::setTls(const QSslConfiguration &tls)
{
    ReceiverSettings settings = m_settings;
    settings.tls = tls;
    if (m_state == State::Listening) {
        settings.port = m_port; // stays where registrations point
        settings.anyPortIfTaken = false;
    }
    start(settings);
}

QUrl ReceiverService::localUrl() const
{
    if (m_state != State::Listening)
        return {};
    QUrl url;
    url.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

// A move leaves the state Listening: the new port is news all the same.
void ReceiverService::onStarted(quint16 port)
{
    const bool moved = m_state == State::Listening && port != m_port;
    m_port = port;
    m_lastError.clear();
    if (moved)
        emit stateChanged(m_state);
    else
        setState(State::Listening);
}

void ReceiverService::setState(State state)
{
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Workbench
