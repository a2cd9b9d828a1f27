// SPDX-License-Identifier: MIT
// The whole local Vipps simulator in one object: the token call, the Webhooks and ePayment APIs, the landing
// page and the delivery engine, served on one address by the project's HTTP server. Every payment event the
// ledger records goes to the delivery engine as a webhook (docs/vipps-wire.md §5). Used by `vipps-hooks sim` and,
// on a thread of its own, by the app.
#pragma once

#include "sim/simcredentials.h"
#include "sim/simpayment.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Http {
class Server;
}

namespace Sim {

class DeliveryEngine;
class EPaymentRoutes;
class LandingPage;
class PaymentLedger;
class Simulator;
class WebhookRegistry;

struct SimulatorOptions
{
    static constexpr quint16 DefaultPort = 8079;

    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = DefaultPort; // 0: any free port
    SimCredentials credentials;
    std::chrono::milliseconds expireAfter{std::chrono::minutes(10)};
    QList<int> retryScheduleMs; // empty: DeliveryEngine::defaultRetrySchedule()
    bool strictUrls = false;
};

class LocalSimulator : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit LocalSimulator(const SimulatorOptions &options = {}, QObject *parent = nullptr);
    ~LocalSimulator() override;

    // Binds and serves; false with a sentence for the user ("port 8079 is already in use") otherwise.
    bool start(QString *error);
    void stop();
    bool isListening() const;
    // http://HOST:PORT of the bound server; empty before start().
    QUrl baseUrl() const;
    const SimulatorOptions &options() const { return m_options; }

    // One clock for token expiry, payment times and expiry, and delivery dates (tests pass a fake one).
    void setClock(Clock clock);
    // Expires the payments that are due by the clock now; a timer calls it when the next one falls due.
    void expireDue();

    Simulator &simulator() { return *m_simulator; }
    PaymentLedger &ledger() { return *m_ledger; }
    WebhookRegistry &webhooks();
    DeliveryEngine &deliveries() { return *m_deliveries; }

signals:
    // One per API call or landing page request; never carries keys, tokens or secrets.
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);
    // Every payment event, as it is handed to the delivery engine.
    void paymentEvent(const QString &msn, const Sim::PaymentEvent &event);

private:
    void wire();
    void onPaymentEvent(const QString &msn, const Sim::PaymentEvent &event);
    void armExpiryTimer();
    QDateTime now() const { return m_clock(); }

    SimulatorOptions m_options;
    Clock m_clock;
    // QObjects are children, so moveToThread() takes them all along; the rest is owned here.
    Simulator *m_simulator;
    PaymentLedger *m_ledger;
    QNetworkAccessManager *m_network;
    DeliveryEngine *m_deliveries;
    Http::Server *m_server;
    QTimer *m_expiryTimer;
    std::unique_ptr<EPaymentRoutes> m_routes;
    std::unique_ptr<LandingPage> m_landing;
};

} // namespace Sim
