// SPDX-License-Identifier: MIT
// The simulator's ePayment API v1 over HTTP (docs/vipps-wire.md §6): maps each path and method onto a PaymentLedger
// call and writes the ledger's Answer back in the wire format, refusals as application/problem+json with the
// request path as instance (docs/vipps-wire.md §7). Plugged into Simulator::setEPaymentHandler(), which has already
// checked the token and the subscription key.
#pragma once

#include "http/irequesthandler.h"
#include "sim/paymentledger.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sim {

class EPaymentRoutes : public Http::IRequestHandler
{
public:
    explicit EPaymentRoutes(PaymentLedger *ledger); // not owned; must outlive the routes

    Http::Response handle(const Http::Request &request) override;
    std::optional<Http::Response> refuseBeforeBody(const Http::Request &head) override;

private:
    enum class Operation { Create, Get, Events, Capture, Refund, Cancel, ForceApprove };
    enum class Body { None, Optional, Required };

    // One call as the ledger needs it.
    struct Call
    {
        QString msn;
        QString reference; // percent-decoded
        QJsonObject body;
        QString idempotencyKey;
    };

    struct Route
    {
        Operation operation;
        QByteArray method;
        Body body;
        Answer (EPaymentRoutes::*perform)(const Call &call);
    };

    struct Match
    {
        Operation operation;
        QString reference; // percent-decoded; empty for create
    };

    // Which operation a path names, and the reference in it; none for an unknown path.
    static std::optional<Match> match(const QByteArray &path);
    static std::optional<Match> withReference(Operation operation, const QByteArray &segment);
    static const Route &routeFor(Operation operation);
    static std::optional<Problem> readMsn(const Http::Request &request, QString *msn);
    static std::optional<Problem> readBody(const Http::Request &request, Body rule, QJsonObject *body);

    Answer create(const Call &call);
    Answer get(const Call &call);
    Answer events(const Call &call);
    Answer capture(const Call &call);
    Answer refund(const Call &call);
    Answer cancel(const Call &call);
    Answer forceApprove(const Call &call);

    PaymentLedger *m_ledger;
};

} // namespace Sim
