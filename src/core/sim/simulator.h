// SPDX-License-Identifier: MIT
// The local Vipps simulator's HTTP front (docs/vipps-wire.md §1-§3, §7): the token call, the Webhooks API, and the
// place where the ePayment API plugs in. Answers in the real wire formats; served by Http::Server.
#pragma once

#include "http/irequesthandler.h"
#include "sim/simcredentials.h"
#include "sim/tokenissuer.h"
#include "sim/webhookregistry.h"

#include <QObject>

#include <optional>

namespace Sim {

class Simulator : public QObject, public Http::IRequestHandler
{
    Q_OBJECT

public:
    explicit Simulator(const SimCredentials &credentials = {}, QObject *parent = nullptr);

    const SimCredentials &credentials() const { return m_credentials; }
    TokenIssuer &tokens() { return m_tokens; }
    WebhookRegistry *webhooks() { return &m_webhooks; }
    void setStrictUrls(bool strict) { m_webhooks.setStrictUrls(strict); }

    // The ePayment API (/epayment/...) is served by this handler once set, after the same token and
    // subscription key checks as every other call; until then those paths answer 501. Not owned.
    void setEPaymentHandler(Http::IRequestHandler *handler) { m_ePayment = handler; }
    // The customer's landing page (/landing...), served without any token or key check once set. Not owned.
    void setLandingPage(Http::IRequestHandler *handler) { m_landing = handler; }

    Http::Response handle(const Http::Request &request) override;
    std::optional<Http::Response> refuseBeforeBody(const Http::Request &head) override;

signals:
    // One line per call for the sim command's log; never carries keys, tokens or secrets.
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);

private:
    enum class Route { Token, Webhooks, Webhook, EPayment, Landing, Unknown };

    Route routeOf(const QByteArray &path) const;
    Http::Response dispatch(const Http::Request &request);
    std::optional<Http::Response> refuseByHead(const Http::Request &request);
    std::optional<Http::Response> refuseMethod(Route route, const Http::Request &request) const;
    std::optional<Http::Response> refuseCaller(const Http::Request &request) const;
    QString msnOf(const Http::Request &request) const;

    Http::Response issueToken(const Http::Request &request);
    Http::Response registerWebhook(const Http::Request &request);
    Http::Response listWebhooks(const Http::Request &request) const;
    Http::Response deleteWebhook(const Http::Request &request);
    Http::Response ePayment(const Http::Request &request);

    SimCredentials m_credentials;
    TokenIssuer m_tokens;
    WebhookRegistry m_webhooks;
    Http::IRequestHandler *m_ePayment = nullptr;
    Http::IRequestHandler *m_landing = nullptr;
};

} // namespace Sim
