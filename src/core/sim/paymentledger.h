// SPDX-License-Identifier: MIT
// The simulator's ePayment payments as pure logic: states, aggregates, refusals and events of
// docs/vipps-wire.md §6 and §7, with no HTTP, no sockets and no timers. The HTTP layer passes in the MSN, the
// reference, the parsed JSON body and the Idempotency-Key, and writes out the Answer it gets back.
//
// Behaviours chosen where the docs leave room:
// - Idempotency (§1, §6) is scoped per MSN, operation, reference and key: the same key may be used for the
//   create and the capture of one order. Bodies compare as JSON (key order and spacing do not matter).
//   Same key and body → the earlier answer again, replayed=true, no state change; same key, other body →
//   409 with ErrorCode 4020 (create, cancel), 4010 (capture) or 4150 (refund). Every answer below 500 stays
//   cached, refusals included. Create, capture and refund need the key; cancel works without one.
// - A reference already used under the same MSN → 409, ErrorCode 4150; other MSNs may reuse it.
// - Test amounts (§6, KIT-test): a payment of 151, 182, 183, 184, 186, 187, 197, 201 or 202 is created
//   normally, but approving it fails as the test user's card would: 400 "Payment not approved" naming the
//   reason in extraDetails ("amount.value"), no event, and the payment stays CREATED (the user may still
//   reject it, or it expires). A refund of 123 or 124 fails the same way ("modificationAmount.value").
// - Expiry (§6 "Timeouts"): a CREATED payment expires exactly expireAfter (default 10 minutes) after it was
//   created. Every call first expires what is due by the clock; expireDue(now) lets a timer in the
//   simulator do the same, and nextExpiry() says when to call it. The EXPIRED event carries the deadline.
// - Cancel (§6): before authorization → TERMINATED (with cancelTransactionOnly too); after it, the
//   authorized and uncaptured rest is released (CANCELLED event, cancelledAmount grows, state stays
//   AUTHORIZED); cancelTransactionOnly then → 6060; nothing left and something captured → 6040; a payment
//   already cancelled or terminated answers 200 again without a new event; ABORTED or EXPIRED → 400.
// - Capture on anything but AUTHORIZED → 6080; refund needs captured money, so it answers 6150 there.
// - Events (§5): idempotencyKey is absent from the webhook and null in the event log on ABORTED, EXPIRED,
//   CANCELLED and AUTHORIZED (none of them is a merchant call with a key).
#pragma once

#include "api/epaymentrequest.h"
#include "sim/simpayment.h" // PaymentState, PaymentEvent, Payment, Problem, Answer

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace Sim {

class PaymentLedger : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using IdGenerator = std::function<QString()>;

    explicit PaymentLedger(QObject *parent = nullptr);

    void setClock(Clock clock);
    void setIdGenerator(IdGenerator generator); // pspReferences and landing tokens; UUIDs by default
    void setExpireAfter(std::chrono::milliseconds after);
    std::chrono::milliseconds expireAfter() const { return m_expireAfter; }
    void setLandingPageUrl(const QUrl &url); // redirectUrl = url with ?token=...

    // POST /epayment/v1/payments → 201 {redirectUrl, reference}.
    Answer create(const QString &msn, const QJsonObject &body, const QString &idempotencyKey);
    Answer create(const QString &msn, const Api::CreatePaymentRequest &request, const QString &idempotencyKey);
    // POST .../capture, .../refund: {"modificationAmount":{...}} → 200 ModificationResponse.
    Answer capture(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key);
    Answer refund(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key);
    // POST .../cancel: {} or {"cancelTransactionOnly":true} → 200 ModificationResponse.
    Answer cancel(const QString &msn, const QString &reference, const QJsonObject &body, const QString &key);
    // The user approves (landing page) or rejects; 200 with no body.
    Answer approve(const QString &msn, const QString &reference);
    Answer reject(const QString &msn, const QString &reference);
    // POST /epayment/v1/test/payments/{reference}/approve: {"customer":{"phoneNumber"}} and/or {"token"}.
    Answer forceApprove(const QString &msn, const QString &reference, const QJsonObject &body);

    Answer getPayment(const QString &msn, const QString &reference); // 200 GetPaymentResponse
    Answer getEvents(const QString &msn, const QString &reference);  // 200 array of PaymentEvent

    int expireDue(const QDateTime &now); // number of payments that expired
    int expireDue();                     // the same by the ledger's clock, e.g. before reading payment()
    QDateTime nextExpiry() const;        // invalid when nothing waits

    const Payment *payment(const QString &msn, const QString &reference) const;
    const Payment *paymentForToken(const QString &token) const;

    // The webhook body, field names and order as in docs/vipps-wire.md §5.
    static QByteArray webhookPayload(const QString &msn, const PaymentEvent &event);

signals:
    void eventRecorded(const QString &msn, const Sim::PaymentEvent &event);

private:
    enum class Operation { Create, Capture, Refund, Cancel };
    struct CachedAnswer
    {
        QByteArray fingerprint;
        Answer answer;
    };
    using Key = QPair<QString, QString>; // MSN, reference

    Answer idempotent(Operation operation, const Key &key, const QString &idempotencyKey, const QJsonObject &body,
                      const std::function<Answer()> &perform);
    Answer performCreate(const QString &msn, const QJsonObject &body, const QString &idempotencyKey);
    Answer performCapture(Payment *payment, const QJsonObject &body, const QString &key);
    Answer performRefund(Payment *payment, const QJsonObject &body, const QString &key);
    Answer performCancel(Payment *payment, const QJsonObject &body, const QString &key);
    Answer performApprove(Payment *payment);
    Payment *find(const QString &msn, const QString &reference);
    Payment &insertPayment(const QString &msn, const Api::CreatePaymentRequest &request, const QJsonObject &body);
    const PaymentEvent &record(Payment &payment, const QString &name, qint64 value, const QString &key,
                               const QDateTime &at);
    QDateTime now();
    QString redirectUrlFor(const QString &userFlow, const QString &token) const;

    Clock m_clock;
    IdGenerator m_newId;
    std::chrono::milliseconds m_expireAfter{std::chrono::minutes(10)};
    QUrl m_landingPageUrl;
    QMap<Key, Payment> m_payments;
    QHash<QString, Key> m_tokens;
    QHash<QString, CachedAnswer> m_answers;
    quint64 m_sequence = 0;
};

} // namespace Sim
