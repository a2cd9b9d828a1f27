// SPDX-License-Identifier: MIT
// ePayment API v1: create, get, events, capture, refund, cancel, and the test-only force approve
// (docs/vipps-wire.md §6). Bodies are checked before sending; state-changing calls carry an Idempotency-Key
// that is made once per logical operation and reused on every retry.
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/epaymentrequest.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace Api {

class ApiClient;

struct PaymentAggregate
{
    Amount authorized;
    Amount cancelled;
    Amount captured;
    Amount refunded;
};

// GetPaymentResponse / ModificationResponse, the fields this program shows; raw keeps everything.
struct Payment
{
    QString reference;
    QString state; // CREATED, AUTHORIZED, ABORTED, EXPIRED, TERMINATED
    Amount amount;
    PaymentAggregate aggregate;
    QString pspReference;
    QString redirectUrl;
    QJsonObject raw;

    static Payment fromJson(const QJsonObject &object);
};

struct PaymentEvent
{
    QString reference;
    QString pspReference;
    QString name; // CREATED, AUTHORIZED, CAPTURED, ...
    Amount amount;
    QString timestamp; // as sent; 3 or 7 fractional digits occur
    QString idempotencyKey;
    bool success = false;

    static PaymentEvent fromJson(const QJsonObject &object);
};

struct CreatedPayment
{
    QString reference;
    QString redirectUrl; // absent for PUSH_MESSAGE
};

class EPaymentApi
{
public:
    using CreateCallback = std::function<void(const CreatedPayment &payment, const ApiError &error)>;
    using PaymentCallback = std::function<void(const Payment &payment, const ApiError &error)>;
    using EventsCallback = std::function<void(const QList<PaymentEvent> &events, const ApiError &error)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    explicit EPaymentApi(ApiClient *client);

    // idempotencyKey: empty makes a new one (QUuid) for this operation.
    void create(const CreatePaymentRequest &request, const QString &idempotencyKey, CreateCallback done);
    void get(const QString &reference, PaymentCallback done);
    void events(const QString &reference, EventsCallback done);
    void capture(const QString &reference, const ModificationRequest &request, const QString &idempotencyKey,
                 PaymentCallback done);
    void refund(const QString &reference, const ModificationRequest &request, const QString &idempotencyKey,
                PaymentCallback done);
    void cancel(const QString &reference, const CancelRequest &request, const QString &idempotencyKey,
                PaymentCallback done);
    // Refused (Kind::Configuration) for a production profile: the endpoint exists only in test.
    void forceApprove(const QString &reference, const ForceApproveRequest &request, DoneCallback done);

    // The requests as they are sent, for --curl (reference percent-encoded into the path).
    static ApiRequest createRequest(const CreatePaymentRequest &request, const QString &idempotencyKey);
    static ApiRequest getRequest(const QString &reference);
    static ApiRequest eventsRequest(const QString &reference);
    static ApiRequest captureRequest(const QString &reference, const ModificationRequest &request,
                                     const QString &idempotencyKey);
    static ApiRequest refundRequest(const QString &reference, const ModificationRequest &request,
                                    const QString &idempotencyKey);
    static ApiRequest cancelRequest(const QString &reference, const CancelRequest &request,
                                    const QString &idempotencyKey);
    static ApiRequest forceApproveRequest(const QString &reference, const ForceApproveRequest &request);
    static QString newIdempotencyKey();

private:
    ApiClient *m_client;
};

} // namespace Api
