// SPDX-License-Identifier: MIT
// The one way this program calls a Vipps API: common headers, token, timeout, retries, error values,
// every reply released on every path.
#pragma once

#include "api/apirequest.h"
#include "api/clientconfig.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Http {
class BoundedReply;
}

namespace Api {

class TokenProvider;

// One finished call, for the outgoing request log (no secrets: headers are already redacted).
struct CallRecord
{
    QString operation;
    QByteArray method;
    QUrl url;
    int status = 0;
    int attempts = 0;
    qint64 elapsedMs = 0;
    ApiError error;
    QString curl; // secrets as $VIPPS_... placeholders
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &response)>;

    // The network manager is not owned (one per thread is shared by all clients).
    ApiClient(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent = nullptr);
    // Calls still in flight are abandoned: their replies are aborted and released, and neither their
    // callbacks nor callFinished() are called.
    ~ApiClient() override;

    const ClientConfig &config() const { return m_config; }
    TokenProvider *tokens() const { return m_tokens; }

    // Sends with the common headers (docs/vipps-wire.md §1), a token when request.authenticated,
    // a timeout per attempt, retries with backoff for 429/5xx/network errors on retryable requests
    // honouring Retry-After, and one token refresh plus retry on a 401.
    // done is always called later from the event loop, exactly once (unless the client is destroyed first).
    // Without request.authenticated no common header is added: the request carries its own (the token call).
    void send(const ApiRequest &request, Callback done);

    // The exact request as curl would send it; secrets become $VIPPS_CLIENT_SECRET,
    // $VIPPS_SUBSCRIPTION_KEY and $VIPPS_ACCESS_TOKEN unless showSecrets.
    QString curl(const ApiRequest &request, bool showSecrets = false) const;

signals:
    // Every finished call, the token requests included (for the outgoing request log).
    void callFinished(const Api::CallRecord &record);

private:
    struct Call;
    ApiError configurationError(const ApiRequest &request, const QUrl &url) const;
    Http::HeaderList headersFor(const ApiRequest &request, const QByteArray &token) const;
    void attempt(std::shared_ptr<Call> call);
    void sendAttempt(std::shared_ptr<Call> call, const QByteArray &token);
    void onReply(std::shared_ptr<Call> call, Http::BoundedReply *answer);
    bool refreshAfterUnauthorized(const std::shared_ptr<Call> &call, const ApiResponse &response);
    void retryOrFinish(std::shared_ptr<Call> call, const ApiResponse &response);
    int retryDelayMs(const ApiResponse &response, int retry) const;
    CallRecord recordFor(const ApiRequest &request, const QUrl &url, const ApiResponse &response) const;
    void finish(std::shared_ptr<Call> call, const ApiResponse &response);

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    TokenProvider *m_tokens;
    QSet<Http::BoundedReply *> m_inFlight; // released (their replies aborted) on destruction
};

} // namespace Api
