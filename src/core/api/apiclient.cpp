// SPDX-License-Identifier: MIT
#include "api/apiclient.h"

#include "api/curl.h"
#include "api/tokenprovider.h"
#include "http/boundedreply.h"
#include "http/httpdate.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <utility>

// Method, URL, status, attempts and time only: never headers, bodies or tokens (docs/architecture.md §5).
Q_LOGGING_CATEGORY(lcApiClient, "vwb.api", QtInfoMsg)

namespace Api {

struct ApiClient::Call
{
    ApiRequest request;
    Callback done;
    QUrl url;
    QElapsedTimer timer;
    int attempts = 0;            // every request put on the wire
    int retries = 0;             // the 429/5xx/network ones among them, bounded by maxRetries
    bool refreshedToken = false; // the one extra attempt after a 401
    QByteArray token;            // the token of the latest attempt
};

namespace {

// Rendered as "$VIPPS_ACCESS_TOKEN" by Curl::render when no real token may be shown.
const QByteArray kTokenStandIn = QByteArrayLiteral("$VIPPS_ACCESS_TOKEN");
constexpr qint64 kMaxRetryAfterSeconds = 24 * 3600;

bool isDigits(const QByteArray &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

// RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP-date; anything else is ignored.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (isDigits(text))
        return qMin(text.toLongLong(), kMaxRetryAfterSeconds) * 1000;
    const QDateTime date = Http::HttpDate::parse(text);
    if (!date.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(date));
}

// docs/vipps-wire.md §7: 429 rate limited, 500 "retry with the same key", and the gateway family.
bool isRetryable(const ApiResponse &response)
{
    switch (response.error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout: return true;
    case ApiError::Kind::Http:
        return response.status == 429 || response.status == 500 || response.status == 502 || response.status == 503 ||
               response.status == 504;
    default: return false;
    }
}

// GET and DELETE without a body send none (no Content-Length); POST, PUT, PATCH always send one.
bool sendsBody(const ApiRequest &request)
{
    const QByteArray method = request.method.toUpper();
    return !request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
}

QList<Curl::Placeholder> secretPlaceholders(const ClientConfig &config, const std::optional<AccessToken> &token)
{
    QList<Curl::Placeholder> placeholders{
        {config.clientSecret.toUtf8(), QStringLiteral("VIPPS_CLIENT_SECRET")},
        {config.subscriptionKey.toUtf8(), QStringLiteral("VIPPS_SUBSCRIPTION_KEY")},
    };
    if (token)
        placeholders.append({token->value, QStringLiteral("VIPPS_ACCESS_TOKEN")});
    return placeholders;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent)
    : QObject(parent), m_network(network), m_config(config), m_tokens(new TokenProvider(network, config, this))
{
    connect(m_tokens, &TokenProvider::fetched, this, [this](const ApiResponse &response) {
        const ApiRequest request = m_tokens->request();
        emit callFinished(recordFor(request, m_config.url(request.path), response));
    });
}

ApiClient::~ApiClient()
{
    // Documented choice: abandoned calls are not called back, not even with Cancelled, because their
    // owners are usually being destroyed too. Pending retries and token waits die with this object.
    const QSet<Http::BoundedReply *> answers = std::exchange(m_inFlight, {});
    for (Http::BoundedReply *answer : answers) {
        answer->disconnect(this);
        delete answer; // aborts its reply
    }
}

void ApiClient::send(const ApiRequest &request, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    call->url = m_config.url(request.path);
    call->timer.start();
    const ApiError problem = configurationError(request, call->url);
    if (!problem.ok()) {
        ApiResponse response;
        response.error = problem;
        QMetaObject::invokeMethod(
            this, [this, call, response] { finish(call, response); }, Qt::QueuedConnection);
        return;
    }
    attempt(call);
}

QString ApiClient::curl(const ApiRequest &request, bool showSecrets) const
{
    const std::optional<AccessToken> cached = m_tokens->cached();
    const bool realToken = showSecrets && cached.has_value();
    QList<Curl::Placeholder> placeholders;
    if (!showSecrets)
        placeholders = secretPlaceholders(m_config, cached);
    if (!realToken)
        placeholders.append({kTokenStandIn, QStringLiteral("VIPPS_ACCESS_TOKEN")});
    const QByteArray token = realToken ? cached->value : kTokenStandIn;
    return Curl::render(request.method, m_config.url(request.path), headersFor(request, token), request.body,
                        placeholders);
}

ApiError ApiClient::configurationError(const ApiRequest &request, const QUrl &url) const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty())
        return ApiError::configuration(tr("No base URL: choose an environment or enter the simulator's address."));
    if (!url.isValid())
        return ApiError::configuration(tr("\"%1\" is not a valid path below the base URL.").arg(request.path));
    if (!request.authenticated)
        return {};
    if (m_config.subscriptionKey.isEmpty())
        return ApiError::configuration(tr("No subscription key: enter the Ocp-Apim-Subscription-Key in the profile."));
    // docs/vipps-wire.md §1: ePayment needs the MSN; partner keys may leave it out where the API allows.
    if (request.msnRequired && m_config.merchantSerialNumber.isEmpty() && !m_config.partnerMode)
        return ApiError::configuration(
            tr("%1 needs a merchant serial number (MSN): enter the MSN of the sales unit in the profile.")
                .arg(request.operation.isEmpty() ? tr("This call") : request.operation));
    return {};
}

// docs/vipps-wire.md §1: the common headers first, in a fixed order, then the request's own.
Http::HeaderList ApiClient::headersFor(const ApiRequest &request, const QByteArray &token) const
{
    Http::HeaderList headers;
    if (request.authenticated) {
        headers.append(Http::Header{"Authorization", "Bearer " + token});
        headers.append(Http::Header{"Ocp-Apim-Subscription-Key", m_config.subscriptionKey.toUtf8()});
        if (!m_config.merchantSerialNumber.isEmpty())
            headers.append(Http::Header{"Merchant-Serial-Number", m_config.merchantSerialNumber.toUtf8()});
        headers.append(m_config.systemHeaders());
    }
    if (!request.body.isEmpty() && !request.headers.contains("Content-Type"))
        headers.append(Http::Header{"Content-Type", "application/json"});
    if (!request.idempotencyKey.isEmpty())
        headers.append(Http::Header{"Idempotency-Key", request.idempotencyKey.toUtf8()});
    headers.append(request.headers);
    return headers;
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    if (!call->request.authenticated) {
        sendAttempt(call, QByteArray());
        return;
    }
    // Asked again on every attempt: a retry after a long Retry-After may need a fresh token.
    m_tokens->token([this, call](const AccessToken *token, const ApiError &error) {
        if (token) {
            sendAttempt(call, token->value);
            return;
        }
        ApiResponse response;
        response.error = error;
        finish(call, response);
    });
}

void ApiClient::sendAttempt(std::shared_ptr<Call> call, const QByteArray &token)
{
    call->token = token;
    ++call->attempts;
    const ApiRequest &request = call->request;
    const QNetworkRequest wire = m_config.networkRequest(call->url, headersFor(request, token));
    QNetworkReply *reply = sendsBody(request) ? m_network->sendCustomRequest(wire, request.method, request.body)
                                              : m_network->sendCustomRequest(wire, request.method);
    Http::BoundedReply *answer = m_config.read(reply, this);
    m_inFlight.insert(answer);
    connect(answer, &Http::BoundedReply::finished, this, [this, call, answer] { onReply(call, answer); });
}

void ApiClient::onReply(std::shared_ptr<Call> call, Http::BoundedReply *answer)
{
    m_inFlight.remove(answer);
    answer->deleteLater();
    const ApiResponse response = m_config.readReply(*answer);
    qCDebug(lcApiClient).noquote() << call->request.method << call->url.toString() << "attempt" << call->attempts
                                   << "status" << response.status << "after" << call->timer.elapsed() << "ms";
    if (refreshAfterUnauthorized(call, response))
        return;
    retryOrFinish(call, response);
}

// docs/vipps-wire.md §7: a 401 usually means a bad or expired token. One fresh token and one more try,
// not counted as a retry; a second 401 is the answer.
bool ApiClient::refreshAfterUnauthorized(const std::shared_ptr<Call> &call, const ApiResponse &response)
{
    if (response.status != 401 || !call->request.authenticated || call->refreshedToken)
        return false;
    call->refreshedToken = true;
    // Another call may already have replaced the token this attempt used; keep that one.
    const std::optional<AccessToken> cached = m_tokens->cached();
    if (cached && cached->value == call->token)
        m_tokens->invalidate();
    attempt(call);
    return true;
}

void ApiClient::retryOrFinish(std::shared_ptr<Call> call, const ApiResponse &response)
{
    if (!call->request.retryable || call->retries >= m_config.maxRetries || !isRetryable(response)) {
        finish(call, response);
        return;
    }
    ++call->retries;
    const int delayMs = retryDelayMs(response, call->retries);
    qCDebug(lcApiClient).noquote() << call->request.method << call->url.toString() << "retry" << call->retries << "in"
                                   << delayMs << "ms";
    // The same request again, Idempotency-Key included (docs/vipps-wire.md §1: same key + same body = safe retry).
    QPointer<ApiClient> alive(this);
    auto fire = [this, alive, call] {
        if (alive)
            attempt(call);
    };
    if (m_config.scheduleRetry)
        m_config.scheduleRetry(delayMs, fire);
    else
        QTimer::singleShot(delayMs, this, fire);
}

// Retry-After when the answer has one, else baseRetryDelayMs doubled per retry; both capped.
int ApiClient::retryDelayMs(const ApiResponse &response, int retry) const
{
    const qint64 cap = qMax(0, m_config.maxRetryDelayMs);
    const std::optional<qint64> told = retryAfterMs(response.headers.value("Retry-After"), m_config.clock());
    if (told)
        return int(qMin(*told, cap));
    qint64 delay = qMax(0, m_config.baseRetryDelayMs);
    for (int i = 1; i < retry && delay < cap; ++i)
        delay *= 2;
    return int(qMin(delay, cap));
}

CallRecord ApiClient::recordFor(const ApiRequest &request, const QUrl &url, const ApiResponse &response) const
{
    CallRecord record;
    record.operation = request.operation;
    record.method = request.method;
    record.url = url;
    record.status = response.status;
    record.attempts = response.attempts;
    record.elapsedMs = response.elapsedMs;
    record.error = response.error;
    record.curl = curl(request, false);
    return record;
}

void ApiClient::finish(std::shared_ptr<Call> call, const ApiResponse &response)
{
    ApiResponse result = response;
    result.attempts = call->attempts;
    result.elapsedMs = call->timer.elapsed();
    const CallRecord record = recordFor(call->request, call->url, result);
    qCDebug(lcApiClient).noquote() << record.method << record.url.toString() << "finished: status" << record.status
                                   << "attempts" << record.attempts << "in" << record.elapsedMs << "ms";
    // A slot or the callback may destroy this client: nothing here touches it afterwards.
    QPointer<ApiClient> alive(this);
    emit callFinished(record);
    if (alive && call->done)
        call->done(result);
}

} // namespace Api
