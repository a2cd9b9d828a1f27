// SPDX-License-Identifier: MIT
// Delivers simulator events to registered webhooks as Vipps does (docs/vipps-wire.md §5): signed per registration,
// retried on a configurable schedule, re-signed on every retry, ordered per registration and payment.
#pragma once

#include "http/boundedreply.h"
#include "http/header.h"
#include "sim/deliveryattempt.h"
#include "sim/webhookregistry.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Sim {

class DeliveryEngine : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Scheduler = std::function<void(int delayMs, std::function<void()> task)>;

    // docs/vipps-wire.md §5: no answer within 10 s counts as a failure; the whole answer, not its first byte
    // (docs/architecture.md §3 "Answers read from others").
    static constexpr int DefaultTimeoutMs = Http::BoundedReply::DefaultDeadlineMs;

    // Neither network nor registry is owned; both must outlive the engine. A registration removed from the
    // registry is cancelled here.
    DeliveryEngine(QNetworkAccessManager *network, WebhookRegistry *registry, QObject *parent = nullptr);
    ~DeliveryEngine() override;

    // A compressed stand-in for Vipps' days of backoff: 1 s, 2 s, 5 s, 10 s, 30 s.
    static QList<int> defaultRetrySchedule();

    void setClock(Clock clock);
    void setScheduler(Scheduler scheduler);
    // Delays before retry 1, 2, …; when they run out the delivery is dropped.
    void setRetrySchedule(const QList<int> &delaysMs) { m_retrySchedule = delaysMs; }
    QList<int> retrySchedule() const { return m_retrySchedule; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // The clock that timeout is measured on; nullptr: Http::DeadlineClock::system(). Not owned.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_deadlineClock = clock; }
    // On: every successful delivery to that registration is sent a second time, unchanged.
    void setDuplicates(const QString &registrationId, bool on);
    bool duplicates(const QString &registrationId) const { return m_duplicates.contains(registrationId); }

    // One delivery per registration of msn subscribed to eventType; body is sent exactly as given.
    void enqueue(const QString &msn, const QString &eventType, const QByteArray &body);
    // Drops every pending delivery of the registration: queued, waiting for a retry, or in flight (its answer is
    // then ignored). Other registrations' deliveries, even for the same payment, go on.
    void cancel(const QString &registrationId);
    // Deliveries not yet succeeded, dropped or cancelled, including those waiting for an earlier one.
    int pendingCount() const { return m_pending; }

signals:
    // status is the HTTP status, 0 when there was no answer; error is empty on success.
    void deliveryAttempted(const QString &registrationId, const QString &eventType, int attempt, int status,
                           const QString &error);
    void deliverySucceeded(const QString &registrationId, const QString &eventType, int attempt, int status);
    void deliveryDropped(const QString &registrationId, const QString &eventType, int attempts, int lastStatus,
                         const QString &lastError);
    void duplicateSent(const QString &registrationId, const QString &eventType, int status);
    // attempts made before the cancel; 0 when the delivery was still waiting for an earlier one.
    void deliveryCancelled(const QString &registrationId, const QString &eventType, int attempts);
    // Each attempt once its answer (or failure) is in, with its URL and the time of the retry, if one is left;
    // right after deliveryAttempted().
    void attemptReported(const Sim::DeliveryAttempt &attempt);

private:
    struct Delivery
    {
        DeliveryTarget target;
        QString eventType;
        QByteArray body;
        QString reference; // empty when the body has none
        QString orderKey;  // registration id + reference; empty without a reference
        int attempt = 0;
        QDateTime sentAt;         // of the latest attempt, its x-ms-date
        Http::HeaderList headers; // of the latest attempt
        bool cancelled = false;   // a late answer or a scheduled retry is then ignored
    };
    using DeliveryPtr = std::shared_ptr<Delivery>;

    void submit(const DeliveryPtr &delivery);
    void attempt(const DeliveryPtr &delivery);
    void post(const DeliveryPtr &delivery, bool duplicate);
    void onFinished(const DeliveryPtr &delivery, const Http::BoundedReply &answer);
    void onDuplicateFinished(const DeliveryPtr &delivery, const Http::BoundedReply &answer);
    void retryOrDrop(const DeliveryPtr &delivery, int status, const QString &error);
    int retryDelayMs(const Delivery &delivery) const; // -1 when no retry is left
    DeliveryAttempt reportOf(const Delivery &delivery, int status, const QString &error) const;
    void complete(const DeliveryPtr &delivery);
    void release(const DeliveryPtr &delivery);
    void later(int delayMs, std::function<void()> task);
    Http::HeaderList headersFor(const Delivery &delivery) const;

    QNetworkAccessManager *m_network;
    WebhookRegistry *m_registry;
    Clock m_clock;
    Scheduler m_scheduler;
    QList<int> m_retrySchedule;
    int m_timeoutMs = DefaultTimeoutMs;
    Http::DeadlineClock *m_deadlineClock = nullptr;
    QSet<QString> m_duplicates;
    QHash<QString, QList<DeliveryPtr>> m_ordered; // orderKey → deliveries, the first one in flight
    QList<DeliveryPtr> m_live;                    // every pending delivery, in the order they were enqueued
    int m_pending = 0;
};

} // namespace Sim
