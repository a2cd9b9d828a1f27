// SPDX-License-Identifier: MIT
// The simulator's ePayment payments as values: states, events, aggregates, refusals and answers, with their
// JSON (docs/vipps-wire.md §5, §6, §7). PaymentLedger (paymentledger.h) changes them; this file only describes them.
#pragma once

#include "api/apierror.h"
#include "api/epaymentrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Sim {

// docs/vipps-wire.md §6 "States and events": there is no CAPTURED, REFUNDED or CANCELLED state.
enum class PaymentState { Created, Authorized, Aborted, Expired, Terminated };
QString paymentStateName(PaymentState state); // "CREATED", ...

// One entry of the event log, and the body of one webhook (docs/vipps-wire.md §4, §5).
struct PaymentEvent
{
    QString reference;
    QString pspReference;   // new for every event
    QString name;           // CREATED, AUTHORIZED, ABORTED, EXPIRED, CANCELLED, CAPTURED, REFUNDED, TERMINATED
    Api::Amount amount;     // the amount of this event, e.g. the captured part
    QDateTime timestamp;    // UTC
    QString idempotencyKey; // empty: none
    bool success = true;

    QJsonObject toJson() const; // PaymentEvent of GET .../events
};

struct PaymentAggregate
{
    qint64 authorized = 0;
    qint64 cancelled = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
};

struct Payment
{
    QString msn;
    QString reference;
    Api::Amount amount;
    PaymentState state = PaymentState::Created;
    QString paymentMethodType;
    QString userFlow;
    QString phoneNumber;
    QString paymentDescription; // shown to the user on the landing page; may be empty
    QString returnUrl;          // where the landing page sends the user back; may be empty
    QString token;              // the landing page's token, also accepted by force approve
    QString redirectUrl;        // empty for PUSH_MESSAGE
    QJsonObject metadata;
    QDateTime createdAt;
    quint64 sequence = 0; // creation order
    PaymentAggregate aggregate;
    QList<PaymentEvent> events;

    qint64 capturable() const { return aggregate.authorized - aggregate.captured - aggregate.cancelled; }
    qint64 refundable() const { return aggregate.captured - aggregate.refunded; }
    QString pspReference() const; // of the CREATED event (docs/vipps-wire.md §5)
};

// A fresh traceId for a problem answer ("00-<32 hex>-<16 hex>-01", docs/vipps-wire.md §7).
QString traceId();
// [{"name":...,"reason":...}, ...] as in Vipps' problem details (docs/vipps-wire.md §7).
QJsonArray extraDetailsJson(const QList<Api::ExtraDetail> &details);

// RFC 7807 with Vipps' extraDetails (docs/vipps-wire.md §7).
struct Problem
{
    int status = 0;
    QString title;
    QString detail;
    QList<Api::ExtraDetail> extraDetails;

    QString errorCode() const; // "6080", or empty for validation errors
    // Compact problem JSON with a fresh traceId, members in the documented order: type, title, status, detail,
    // instance, traceId, extraDetails (null when there are none; docs/vipps-wire.md §3 "Schemas", §7). Every problem
    // answer of the simulator is written here.
    QByteArray json(const QString &instance = {}) const;
};

struct Answer
{
    int status = 0;        // 200, 201, or the problem's status
    QJsonDocument body;    // the success body; null for force approve and reject
    Problem problem;       // when status >= 400
    bool replayed = false; // an earlier answer for the same Idempotency-Key and body

    bool ok() const { return status >= 200 && status < 300; }
    QByteArray json(const QString &instance = {}) const; // body or problem, compact
};

// The response bodies built from a payment (docs/vipps-wire.md §5, §6).
namespace PaymentJson {
QJsonObject amount(const Api::Amount &amount);                                 // {"currency", "value"}
QJsonObject aggregate(const Payment &payment);                                 // authorizedAmount, ...
QJsonObject modification(const Payment &payment, const QString &pspReference); // ModificationResponse
QJsonObject payment(const Payment &payment);                                   // GetPaymentResponse
QJsonArray events(const Payment &payment);                                     // the event log
QString timestamp(const QDateTime &time);                                      // 2026-01-19T16:26:32.099Z
QByteArray webhook(const QString &msn, const PaymentEvent &event);             // field names and order as in §5
} // namespace PaymentJson

namespace Answers {
Answer success(int status, const QJsonDocument &body = {});
Answer refused(const Problem &problem);
} // namespace Answers

// The ledger's refusals, with the titles, details and ErrorCodes of docs/vipps-wire.md §7. Those that may not
// apply return a Problem with status 0 when there is nothing to refuse.
namespace Problems {
Problem validation(const QList<Api::ExtraDetail> &details);                  // 400, "See extraDetails ..."
Problem rules(const Base::FieldErrors &errors);                               // validation() of the request's own rules
Problem notFound(const QString &msn, const QString &reference);              // 404, 5090
Problem idempotencyKey(const QString &key, bool required);                   // missing or too long
Problem idempotencyConflict(const QString &key, const char *code);           // 409, 4010, 4020 or 4150
Problem referenceExists(const QString &msn, const QString &reference);       // 409, 4150
Problem currencyMismatch(const Payment &payment, const Api::Amount &amount); // 4040
Problem captureNotAuthorized(const Payment &payment);                        // 6080
Problem captureTooHigh(const Payment &payment, qint64 value);                // 6090
Problem refundTooHigh(const Payment &payment, qint64 value);                 // 6150
Problem cancelAuthorized();                                                  // 6060
Problem cancelCaptured();                                                    // 6040
Problem notCancellable(const Payment &payment);                              // ABORTED or EXPIRED
Problem notApprovable(const Payment &payment);                               // not CREATED
Problem notRejectable(const Payment &payment);                               // not CREATED
Problem approvalFailure(qint64 value);                                       // the test amounts of approval (KIT-test)
Problem refundFailure(qint64 value);                                         // the test amounts of refund (KIT-test)
} // namespace Problems

} // namespace Sim

Q_DECLARE_METATYPE(Sim::PaymentEvent)
