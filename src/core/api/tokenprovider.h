// SPDX-License-Identifier: MIT
// Gets, caches and refreshes the access token of one profile (docs/vipps-wire.md §2): refreshed a little
// before expires_on; one request in flight however many callers wait for it.
#pragma once

#include "api/accesstoken.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/clientconfig.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Http {
class BoundedReply;
}

namespace Api {

class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AccessToken *token, const ApiError &error)>;

    // Refresh this long before expires_on (test tokens live 1 hour, production 24).
    static constexpr int RefreshMarginSeconds = 120;

    TokenProvider(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent = nullptr);
    // A request in flight is aborted and released; callbacks still waiting are never called.
    ~TokenProvider() override;

    // Calls back with a usable token: the cached one, or a fresh one from a single shared request.
    // Always later from the event loop, never from inside this call. On failure every waiter gets the
    // error and a null token; a 401 from the token endpoint means the credentials were refused.
    void token(Callback done);
    // Forgets the cached token (after a 401 on a call that used it); tokenChanged() with an invalid time.
    void invalidate();
    std::optional<AccessToken> cached() const { return m_token; }

    // The request as sent (credentials in headers, empty body), for copy-as-curl.
    ApiRequest request() const;

signals:
    void tokenChanged(const QDateTime &expiresOn);
    // Every token request that finished, answered or not (for the outgoing request log).
    void fetched(const Api::ApiResponse &response);

private:
    void fetch();
    void onReply(Http::BoundedReply *answer, qint64 elapsedMs);
    void finish(const ApiResponse &response);
    void complete(const std::optional<AccessToken> &token, const ApiError &error);
    ApiError configurationError() const;

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    std::optional<AccessToken> m_token;
    QList<Callback> m_waiting;
    bool m_fetching = false;
    QPointer<Http::BoundedReply> m_answer; // of the one request in flight
};

} // namespace Api
