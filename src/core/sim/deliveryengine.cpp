// SPDX-License-Identifier: MIT
#include "sim/deliveryengine.h"

#include "sim/deliveryheaders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Sim {

namespace {

Q_LOGGING_CATEGORY(lcDelivery, "vwb.sim.delivery", QtInfoMsg)

QString referenceOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("reference")).toString();
}

// docs/vipps-wire.md §5: ordering is per registered webhook and payment; no reference, no constraint.
QString orderKeyFor(const QString &registrationId, const QString &reference)
{
    return reference.isEmpty() ? QString() : registrationId + QLatin1Char('\n') + reference;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300; // docs/vipps-wire.md §5: success = 2XX
}

// The status of a whole answer; 0 when none came, even after a status line (a body that never ended).
int statusOf(const Http::BoundedReply &answer)
{
    return answer.complete() ? answer.status() : 0;
}

QString errorFor(const Http::BoundedReply &answer)
{
    if (!answer.complete())
        return answer.failure();
    return QStringLiteral("HTTP %1").arg(answer.status());
}

} // namespace

DeliveryEngine::DeliveryEngine(QNetworkAccessManager *network, WebhookRegistry *registry, QObject *parent)
    : QObject(parent), m_network(network), m_registry(registry), m_retrySchedule(defaultRetrySchedule())
{
    setClock({});
    setScheduler({});
    connect(m_registry, &WebhookRegistry::registrationRemoved, this,
            [this](const QString &, const QString &id) { cancel(id); });
}

DeliveryEngine::~DeliveryEngine() = default;

QList<int> DeliveryEngine::defaultRetrySchedule()
{
    return {1000, 2000, 5000, 10000, 30000};
}

void DeliveryEngine::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void DeliveryEngine::setScheduler(Scheduler scheduler)
{
    if (scheduler) {
        m_scheduler = std::move(scheduler);
        return;
    }
    m_scheduler = [this](int delayMs, std::function<void()> task) {
        QTimer::singleShot(delayMs, this, std::move(task));
    };
}

void DeliveryEngine::setDuplicates(const QString &registrationId, bool on)
{
    if (on)
        m_duplicates.insert(registrationId);
    else
        m_duplicates.remove(registrationId);
}

void DeliveryEngine::enqueue(const QString &msn, const QString &eventType, const QByteArray &body)
{
    const QList<DeliveryTarget> targets = m_registry->targetsFor(eventType, msn);
    for (const DeliveryTarget &target : targets) {
        auto delivery = std::make_shared<Delivery>();
        delivery->target = target;
        delivery->eventType = eventType;
        delivery->body = body;
        delivery->reference = referenceOf(body);
        delivery->orderKey = orderKeyFor(target.id, delivery->reference);
        submit(delivery);
    }
}

void DeliveryEngine::submit(const DeliveryPtr &delivery)
{
    ++m_pending;
    m_live.append(delivery);
    if (delivery->orderKey.isEmpty()) {
        attempt(delivery);
        return;
    }
    // docs/vipps-wire.md §5: a failed delivery blocks later ones for the same payment, so one at a time per key.
    QList<DeliveryPtr> &queue = m_ordered[delivery->orderKey];
    queue.append(delivery);
    if (queue.size() == 1)
        attempt(delivery);
}

void DeliveryEngine::attempt(const DeliveryPtr &delivery)
{
    if (delivery->cancelled)
        return; // a retry scheduled before the cancel
    ++delivery->attempt;
    delivery->sentAt = m_clock().toUTC();
    delivery->headers = headersFor(*delivery); // docs/vipps-wire.md §5: every retry is re-signed with a new date
    post(delivery, false);
}

Http::HeaderList DeliveryEngine::headersFor(const Delivery &delivery) const
{
    const DeliveryTarget &target = delivery.target;
    return DeliveryHeaders::build(target.secret, target.url, target.id, delivery.body, delivery.sentAt);
}

void DeliveryEngine::post(const DeliveryPtr &delivery, bool duplicate)
{
    QNetworkRequest request(delivery->target.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const Http::Header &header : std::as_const(delivery->headers))
        request.setRawHeader(header.name, header.value);
    Http::BoundedReply::Bounds bounds;
    bounds.deadlineMs = m_timeoutMs;
    auto *answer = new Http::BoundedReply(m_network->post(request, delivery->body), bounds, m_deadlineClock, this);
    connect(answer, &Http::BoundedReply::finished, this, [this, delivery, answer, duplicate] {
        answer->deleteLater();
        if (duplicate)
            onDuplicateFinished(delivery, *answer);
        else
            onFinished(delivery, *answer);
    });
}

void DeliveryEngine::onFinished(const DeliveryPtr &delivery, const Http::BoundedReply &answer)
{
    if (delivery->cancelled)
        return;
    const int status = statusOf(answer);
    const QString error = isSuccess(status) ? QString() : errorFor(answer);
    const QString &id = delivery->target.id;
    qCDebug(lcDelivery) << "delivery" << delivery->eventType << "to" << id << "attempt" << delivery->attempt << status;
    emit deliveryAttempted(id, delivery->eventType, delivery->attempt, status, error);
    emit attemptReported(reportOf(*delivery, status, error));
    if (!error.isEmpty()) {
        retryOrDrop(delivery, status, error);
        return;
    }
    emit deliverySucceeded(id, delivery->eventType, delivery->attempt, status);
    if (m_duplicates.contains(id))
        post(delivery, true); // same date and signature, on purpose
    else
        complete(delivery);
}

void DeliveryEngine::onDuplicateFinished(const DeliveryPtr &delivery, const Http::BoundedReply &answer)
{
    if (delivery->cancelled)
        return;
    const int status = statusOf(answer);
    emit duplicateSent(delivery->target.id, delivery->eventType, status);
    complete(delivery);
}

void DeliveryEngine::retryOrDrop(const DeliveryPtr &delivery, int status, const QString &error)
{
    // docs/vipps-wire.md §5: retried with backoff, then dropped for good.
    if (const int delayMs = retryDelayMs(*delivery); delayMs >= 0) {
        later(delayMs, [this, delivery] { attempt(delivery); });
        return;
    }
    qCInfo(lcDelivery) << "dropped" << delivery->eventType << "to" << delivery->target.id << "after"
                       << delivery->attempt << "attempts";
    emit deliveryDropped(delivery->target.id, delivery->eventType, delivery->attempt, status, error);
    complete(delivery);
}

int DeliveryEngine::retryDelayMs(const Delivery &delivery) const
{
    return delivery.attempt <= m_retrySchedule.size() ? m_retrySchedule.at(delivery.attempt - 1) : -1;
}

DeliveryAttempt DeliveryEngine::reportOf(const Delivery &delivery, int status, const QString &error) const
{
    DeliveryAttempt report;
    report.sentAt = delivery.sentAt;
    report.registrationId = delivery.target.id;
    report.url = delivery.target.url;
    report.eventType = delivery.eventType;
    report.reference = delivery.reference;
    report.attempt = delivery.attempt;
    report.status = status;
    report.error = error;
    const int delayMs = error.isEmpty() ? -1 : retryDelayMs(delivery);
    if (delayMs >= 0)
        report.nextRetryAt = m_clock().toUTC().addMSecs(delayMs);
    return report;
}

void DeliveryEngine::complete(const DeliveryPtr &delivery)
{
    release(delivery);
    if (delivery->orderKey.isEmpty())
        return;
    const auto queue = m_ordered.constFind(delivery->orderKey);
    if (queue != m_ordered.cend())
        attempt(queue->first()); // the next event for this payment may go now
}

// No longer pending: out of the count and out of its payment's queue, which is dropped once empty.
void DeliveryEngine::release(const DeliveryPtr &delivery)
{
    --m_pending;
    m_live.removeOne(delivery);
    if (delivery->orderKey.isEmpty())
        return;
    auto queue = m_ordered.find(delivery->orderKey);
    if (queue == m_ordered.end())
        return;
    queue->removeOne(delivery);
    if (queue->isEmpty())
        m_ordered.erase(queue);
}

void DeliveryEngine::cancel(const QString &registrationId)
{
    QList<DeliveryPtr> cancelled;
    for (const DeliveryPtr &delivery : std::as_const(m_live)) {
        if (delivery->target.id == registrationId)
            cancelled.append(delivery);
    }
    // Order keys begin with the registration id, so the queues emptied here held only these deliveries and
    // nothing else waits behind them.
    for (const DeliveryPtr &delivery : std::as_const(cancelled)) {
        delivery->cancelled = true;
        release(delivery);
    }
    for (const DeliveryPtr &delivery : std::as_const(cancelled)) {
        qCInfo(lcDelivery) << "cancelled" << delivery->eventType << "to" << registrationId;
        emit deliveryCancelled(registrationId, delivery->eventType, delivery->attempt);
    }
}

void DeliveryEngine::later(int delayMs, std::function<void()> task)
{
    QPointer<DeliveryEngine> guard(this);
    m_scheduler(delayMs, [guard, task = std::move(task)] {
        if (guard)
            task();
    });
}

} // namespace Sim
