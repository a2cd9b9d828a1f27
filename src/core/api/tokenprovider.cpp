// SPDX-License-Identifier: MIT
#include "api/tokenprovider.h"

#include "http/boundedreply.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <utility>

// Method, URL, status and time only: never headers, bodies or the token (docs/architecture.md §5).
Q_LOGGING_CATEGORY(lcApiToken, "vwb.api", QtInfoMsg)

namespace Api {

TokenProvider::TokenProvider(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent)
    : QObject(parent), m_network(network), m_config(config)
{}

TokenProvider::~TokenProvider()
{
    if (!m_answer)
        return;
    m_answer->disconnect(this);
    delete m_answer.data(); // aborts its reply
}

void TokenProvider::token(Callback done)
{
    if (m_token && m_token->usableAt(m_config.clock(), RefreshMarginSeconds)) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), token = *m_token] { done(&token, ApiError()); }, Qt::QueuedConnection);
        return;
    }
    // Single flight: however many callers wait, one request is on the wire.
    m_waiting.append(std::move(done));
    if (!m_fetching)
        fetch();
}

void TokenProvider::invalidate()
{
    if (!m_token)
        return;
    m_token.reset();
    emit tokenChanged(QDateTime());
}

// docs/vipps-wire.md §2: POST {base}/accesstoken/get, empty body, the credentials in headers.
ApiRequest TokenProvider::request() const
{
    ApiRequest request;
    request.operation = tr("Get access token");
    request.method = "POST";
    request.path = QStringLiteral("/accesstoken/get"); // the spec's spelling, not /accessToken/get
    request.authenticated = false;
    request.msnRequired = false;
    request.retryable = false;
    request.headers.append(Http::Header{"client_id", m_config.clientId.toUtf8()});
    request.headers.append(Http::Header{"client_secret", m_config.clientSecret.toUtf8()});
    request.headers.append(Http::Header{"Ocp-Apim-Subscription-Key", m_config.subscriptionKey.toUtf8()});
    if (!m_config.merchantSerialNumber.isEmpty())
        request.headers.append(Http::Header{"Merchant-Serial-Number", m_config.merchantSerialNumber.toUtf8()});
    request.headers.append(m_config.systemHeaders());
    return request;
}

ApiError TokenProvider::configurationError() const
{
    QStringList missing;
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty())
        missing.append(tr("base URL"));
    if (m_config.clientId.isEmpty())
        missing.append(tr("client id"));
    if (m_config.clientSecret.isEmpty())
        missing.append(tr("client secret"));
    if (m_config.subscriptionKey.isEmpty())
        missing.append(tr("subscription key"));
    if (missing.isEmpty())
        return {};
    return ApiError::configuration(
        tr("Cannot get an access token without a %1. Enter it in the profile.").arg(missing.join(QLatin1String(", "))));
}

void TokenProvider::fetch()
{
    m_fetching = true;
    const ApiError problem = configurationError();
    if (!problem.ok()) {
        ApiResponse response;
        response.error = problem;
        QMetaObject::invokeMethod(
            this, [this, response] { finish(response); }, Qt::QueuedConnection);
        return;
    }
    const ApiRequest call = request();
    const QNetworkRequest wire = m_config.networkRequest(m_config.url(call.path), call.headers);
    // An empty QByteArray still goes out as a body: "Content-Length: 0", as curl --data '' sends it.
    Http::BoundedReply *answer = m_config.read(m_network->sendCustomRequest(wire, call.method, QByteArray()), this);
    m_answer = answer;
    QElapsedTimer timer;
    timer.start();
    connect(answer, &Http::BoundedReply::finished, this, [this, answer, timer] { onReply(answer, timer.elapsed()); });
}

void TokenProvider::onReply(Http::BoundedReply *answer, qint64 elapsedMs)
{
    m_answer = nullptr;
    answer->deleteLater();
    ApiResponse response = m_config.readReply(*answer);
    response.attempts = 1;
    response.elapsedMs = elapsedMs;
    qCDebug(lcApiToken).noquote() << "POST" << m_config.url(request().path).toString() << "status" << response.status
                                  << "in" << elapsedMs << "ms";
    finish(response);
}

void TokenProvider::finish(const ApiResponse &response)
{
    emit fetched(response);
    ApiError error = response.error;
    if (error.kind == ApiError::Kind::Http && error.status == 401) {
        // docs/vipps-wire.md §2: a 401 here means wrong keys, or keys of the other environment.
        const QString refused = tr("The credentials were refused: check the client id, client secret and "
                                   "subscription key, and that they belong to this environment.");
        error.message =
            error.message.isEmpty() ? refused : refused + QLatin1String(" (") + error.message + QLatin1Char(')');
        if (error.detail.isEmpty())
            error.detail = refused;
    }
    if (!error.ok()) {
        complete(std::nullopt, error);
        return;
    }
    QString message;
    const std::optional<AccessToken> fresh = AccessToken::fromJson(response.body, m_config.clock(), &message);
    if (!fresh) {
        complete(std::nullopt, ApiError::malformed(response.status, message));
        return;
    }
    m_token = fresh;
    QPointer<TokenProvider> alive(this);
    emit tokenChanged(fresh->expiresOn);
    if (alive)
        complete(fresh, ApiError());
}

void TokenProvider::complete(const std::optional<AccessToken> &token, const ApiError &error)
{
    m_fetching = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    // A waiter may destroy this provider (and its owner); the rest are then dropped, as documented.
    QPointer<TokenProvider> alive(this);
    for (const Callback &done : waiting) {
        if (!alive)
            return;
        done(token ? &*token : nullptr, error);
    }
}

} // namespace Api
