// SPDX-License-Identifier: MIT
#include "api/clientconfig.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Api {

namespace {

// Errors where no complete HTTP answer came: connection and proxy failures, an unknown scheme, a broken
// answer. The others (QNetworkReply maps 400 to ProtocolInvalidOperationError, 401 to
// AuthenticationRequiredError, ...) come with an HTTP status that the caller judges.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    // setTransferTimeout() aborts the reply; nothing else here aborts one that is still listened to.
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
}

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

ApiError transportError(const QNetworkReply *reply, int timeoutMs)
{
    if (isTimeout(reply->error()))
        return ApiError::timeout(timeoutMs);
    return ApiError::network(QCoreApplication::translate("Api::ClientConfig", "No answer from %1: %2")
                                 .arg(where(reply->url()), reply->errorString()));
}

Http::HeaderList headersOf(const QNetworkReply *reply)
{
    Http::HeaderList headers;
    const QList<QNetworkReply::RawHeaderPair> pairs = reply->rawHeaderPairs();
    for (const QNetworkReply::RawHeaderPair &pair : pairs)
        headers.append(Http::Header{pair.first, pair.second});
    return headers;
}

} // namespace

ClientConfig ClientConfig::fromProfile(const Credentials::Profile &profile, const QString &clientSecret,
                                       const QString &subscriptionKey)
{
    ClientConfig config;
    config.baseUrl = profile.effectiveBaseUrl();
    config.clientId = profile.clientId;
    config.clientSecret = clientSecret;
    config.subscriptionKey = subscriptionKey;
    config.merchantSerialNumber = profile.merchantSerialNumber;
    config.system = profile.system;
    config.partnerMode = profile.partnerMode;
    return config;
}

Http::HeaderList ClientConfig::systemHeaders() const
{
    const std::pair<const char *, const QString *> fields[] = {
        {"Vipps-System-Name", &system.name},
        {"Vipps-System-Version", &system.version},
        {"Vipps-System-Plugin-Name", &system.pluginName},
        {"Vipps-System-Plugin-Version", &system.pluginVersion},
    };
    Http::HeaderList headers;
    for (const auto &[name, value] : fields) {
        if (!value->isEmpty())
            headers.append(Http::Header{name, value->toUtf8()});
    }
    return headers;
}

QUrl ClientConfig::url(const QString &encodedPath) const
{
    const QUrl base = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QByteArray path = encodedPath.toUtf8();
    if (!path.isEmpty() && !path.startsWith('/'))
        path.prepend('/');
    const QByteArray encoded = base.toEncoded() + path;
    // Strict keeps every escape as given; a path with a stray '%' or a space falls back to tolerant parsing,
    // which encodes what is not allowed as it stands.
    const QUrl strict = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    return strict.isValid() ? strict : QUrl::fromEncoded(encoded, QUrl::TolerantMode);
}

QNetworkRequest ClientConfig::networkRequest(const QUrl &url, const Http::HeaderList &headers) const
{
    QNetworkRequest request(url);
    for (const Http::Header &header : headers)
        request.setRawHeader(header.name, header.value);
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : 0);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

ApiResponse ClientConfig::readReply(QNetworkReply *reply) const
{
    ApiResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isTransportError(reply->error()) || !status.isValid()) {
        // No complete answer: status stays 0 even when the status line came before the failure.
        response.error = transportError(reply, timeoutMs);
        return response;
    }
    response.status = status.toInt();
    response.headers = headersOf(reply);
    response.body = reply->readAll();
    // docs/vipps-wire.md §7: RFC 7807, Azure APIM's {statusCode, message}, or whatever else the body holds.
    if (response.status < 200 || response.status > 299)
        response.error = ProblemDetails::fromResponse(response.status, response.body);
    return response;
}

} // namespace Api
