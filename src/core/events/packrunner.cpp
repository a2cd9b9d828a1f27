// SPDX-License-Identifier: MIT
#include "events/packrunner.h"

#include "events/packsteprequest.h"

#include <QMetaObject>

namespace Events {

PackRunner::PackRunner(QObject *parent) : QObject(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_sender, &Http::RequestSender::finished, this, &PackRunner::onAnswer);
}

void PackRunner::start(const TestPack &pack, const QUrl &to, const QByteArray &secret)
{
    if (m_running)
        cancel();
    m_pack = pack;
    m_to = to;
    m_secret = secret;
    m_next = 0;
    m_summary = PackSummary{};
    m_summary.steps = int(pack.steps.size());
    m_running = true;
    QMetaObject::invokeMethod(this, &PackRunner::sendNext, Qt::QueuedConnection);
}

void PackRunner::cancel()
{
    if (!m_running)
        return;
    m_sender.cancel();
    m_summary.cancelled = true;
    finish();
}

void PackRunner::sendNext()
{
    if (!m_running)
        return;
    if (m_next >= m_pack.steps.size()) {
        finish();
        return;
    }
    const PackStepRequest step = PackStepRequest::build(m_pack.steps.at(m_next), m_to, m_secret, m_now());
    m_sent = step.request;
    m_note = step.note;
    emit stepStarted(m_next, m_sent);
    m_sender.send(m_sent);
}

void PackRunner::onAnswer(const Http::PeerAnswer &answer)
{
    if (!m_running)
        return;
    const PackStep &step = m_pack.steps.at(m_next);
    if (m_next == 0 && answer.connectionFailed) { // nothing listens there: the other steps would only fail the same way
        m_summary.unreachable = true;
        emit stepFinished(PackStepResult::judge(m_next, step, m_sent, m_note, answer));
        finish();
        return;
    }
    const PackStepResult result = PackStepResult::judge(m_next, step, m_sent, m_note, answer);
    ++m_summary.run;
    m_summary.passed += result.passed ? 1 : 0;
    ++m_next;
    emit stepFinished(result);
    sendNext();
}

void PackRunner::finish()
{
    m_running = false;
    m_secret.clear();
    emit finished(m_summary);
}

} // namespace Events
