// SPDX-License-Identifier: MIT
#include "cli/simlog.h"

#include "base/visibletext.h"
#include "http/response.h"
#include "sim/deliveryengine.h"
#include "sim/localsimulator.h"
#include "sim/webhookregistry.h"

#include <QTextStream>
#include <QTime>

namespace Cli {

namespace {

// The path without any query; bytes outside UTF-8 escaped, as write() escapes control characters.
QString printablePath(const QByteArray &path)
{
    const qsizetype query = path.indexOf('?');
    return QString::fromUtf8(Base::visibleUtf8(QByteArrayView(path).first(query < 0 ? path.size() : query)));
}

QString statusText(int status)
{
    return QStringLiteral("%1 %2").arg(status).arg(QString::fromLatin1(Http::Response::reasonPhrase(status)));
}

} // namespace

SimLog::SimLog(Sim::LocalSimulator *simulator, QTextStream *out, QObject *parent)
    : QObject(parent), m_simulator(simulator), m_out(out)
{
    using Sim::DeliveryEngine;
    connect(simulator, &Sim::LocalSimulator::requestHandled, this, &SimLog::onRequest);
    connect(simulator, &Sim::LocalSimulator::paymentEvent, this, &SimLog::onPaymentEvent);
    connect(&simulator->webhooks(), &Sim::WebhookRegistry::registrationsChanged, this, &SimLog::rememberUrls);
    DeliveryEngine *engine = &simulator->deliveries();
    connect(engine, &DeliveryEngine::deliveryAttempted, this, &SimLog::onAttempt);
    connect(engine, &DeliveryEngine::deliveryDropped, this, &SimLog::onDropped);
    connect(engine, &DeliveryEngine::duplicateSent, this, &SimLog::onDuplicate);
    connect(engine, &DeliveryEngine::deliveryCancelled, this, &SimLog::onCancelled);
}

void SimLog::onRequest(const QByteArray &method, const QByteArray &path, int status)
{
    ++m_calls;
    write(QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(method), printablePath(path)).arg(status));
}

void SimLog::onPaymentEvent(const QString &msn, const Sim::PaymentEvent &event)
{
    Q_UNUSED(msn)
    ++m_events;
    write(tr("event     %1  %2  %3").arg(event.name, event.reference, event.amount.text()));
}

void SimLog::onAttempt(const QString &registrationId, const QString &eventType, int attempt, int status,
                       const QString &error)
{
    ++m_attempts;
    const QString outcome = status == 0 ? tr("failed: %1").arg(error) : statusText(status);
    write(tr("delivery  %1  attempt %2 → %3  %4  (webhook %5)")
              .arg(eventType)
              .arg(attempt)
              .arg(urlOf(registrationId), outcome, registrationId));
}

void SimLog::onDropped(const QString &registrationId, const QString &eventType, int attempts, int lastStatus,
                       const QString &lastError)
{
    const QString last = lastStatus == 0 ? lastError : statusText(lastStatus);
    write(tr("dropped   %1 → %2  after %3 attempts, last %4  (webhook %5)")
              .arg(eventType, urlOf(registrationId))
              .arg(attempts)
              .arg(last, registrationId));
}

void SimLog::onDuplicate(const QString &registrationId, const QString &eventType, int status)
{
    const QString outcome = status == 0 ? tr("no answer") : statusText(status);
    write(tr("duplicate %1 → %2  %3, sent a second time on purpose  (webhook %4)")
              .arg(eventType, urlOf(registrationId), outcome, registrationId));
}

void SimLog::onCancelled(const QString &registrationId, const QString &eventType, int attempts)
{
    write(tr("cancelled %1 → %2  the webhook was deleted after %3 attempts  (webhook %4)")
              .arg(eventType, urlOf(registrationId))
              .arg(attempts)
              .arg(registrationId));
}

void SimLog::rememberUrls()
{
    const QString msn = m_simulator->options().credentials.merchantSerialNumber;
    for (const Sim::Registration &registration : m_simulator->webhooks().list(msn))
        m_urls.insert(registration.id, registration.url);
}

QString SimLog::urlOf(const QString &registrationId) const
{
    const QUrl url = m_urls.value(registrationId);
    return url.isEmpty() ? tr("(unknown URL)") : url.toString();
}

// Every line holds text from clients and webhooks' answers (names, references, URLs, errors): shown, never obeyed.
void SimLog::write(const QString &line)
{
    *m_out << QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")) << "  " << Base::visibleText(line) << '\n';
    m_out->flush();
}

} // namespace Cli
