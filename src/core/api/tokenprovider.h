// SPDX-License-Identifier: MIT
// Gets, caches and refreshes the access token of one profile (vipps-api.md §2): refreshed a little
// before expires_on; one request in flight however many callers wait for it.
#pragma once

#include "api/accesstoken.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/clientconfig.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Api {

class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AccessToken *token, const ApiError &error)>;

    // Refresh this long before expires_on (test tokens live 1 hour, production 24).
    static constexpr int RefreshMarginSeconds = 120;

    TokenProvider(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent = nullptr);

    // Calls back with a usable token: the cached one, or a fresh one from a single shared request.
    void token(Callback done);
    // Forgets the cached token (after a 401 on a call that used it).
    void invalidate();
    std::optional<AccessToken> cached() const { return m_token; }

    // The request as sent (credentials in headers, empty body), for copy-as-curl.
    ApiRequest request() const;

signals:
    void tokenChanged(const QDateTime &expiresOn);

private:
    void fetch();
    void finish(const ApiResponse &response);

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    std::optional<AccessToken> m_token;
    QList<Callback> m_waiting;
    bool m_fetching = false;
};

} // namespace Api
