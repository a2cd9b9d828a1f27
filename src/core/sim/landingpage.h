// SPDX-License-Identifier: MIT
// The page a payment's redirectUrl opens in the simulator (docs/vipps-wire.md §6 "Create request": the customer
// approves or rejects there). GET /landing?token=T shows the payment; POST /landing/approve and
// /landing/reject with the form field token=T act as the customer and redirect back to the page.
// Needs no access token: it is the customer's browser, not the merchant, that calls it.
#pragma once

#include "http/irequesthandler.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sim {

class PaymentLedger;
struct Answer;
struct Payment;

class LandingPage : public Http::IRequestHandler
{
public:
    static constexpr const char *Path = "/landing";
    static constexpr qsizetype MaxFormBytes = 4 * 1024; // a token field needs far less

    explicit LandingPage(PaymentLedger *ledger); // not owned; must outlive the page

    // Whether a request path belongs to the landing page ("/landing", "/landing/approve", "/landing/reject").
    static bool handles(const QByteArray &path);
    Http::Response handle(const Http::Request &request) override;
    std::optional<Http::Response> refuseBeforeBody(const Http::Request &head) override;

private:
    enum class Action { Approve, Reject };

    static std::optional<Action> actionFor(const QByteArray &path);
    Http::Response show(const Http::Request &request);
    Http::Response act(const Http::Request &request, Action action);
    Http::Response refused(const QString &token, const Answer &answer);
    const Payment *paymentFor(const QString &token); // with its state brought up to the ledger's clock

    PaymentLedger *m_ledger;
};

} // namespace Sim
