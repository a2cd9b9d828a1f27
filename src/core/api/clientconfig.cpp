// SPDX-License-Identifier: MIT
#include "api/clientconfig.h"

#include "http/boundedreply.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Api {

namespace {

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// No whole answer: none in time, one longer than any Vipps API sends, or none at all.
ApiError incompleteAnswer(const Http::BoundedReply &answer, int timeoutMs)
{
    if (answer.timedOut())
        return ApiError::timeout(timeoutMs);
    const QUrl url = answer.reply() ? answer.reply()->url() : QUrl();
    if (answer.tooLarge()) {
        const QString limit = Http::BoundedReply::sizeText(answer.bounds().keepBytes);
        return ApiError::malformed(answer.status(),
                                   QCoreApplication::translate("Api::ClientConfig",
                                                               "The answer from %1 was longer than %2, more than any "
                                                               "Vipps API sends; it was not read to its end.")
                                       .arg(where(url), limit));
    }
    return ApiError::network(
        QCoreApplication::translate("Api::ClientConfig", "No answer from %1: %2").arg(where(url), answer.failure()));
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
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

Http::BoundedReply *ClientConfig::read(QNetworkReply *reply, QObject *parent) const
{
    Http::BoundedReply::Bounds bounds;
    bounds.keepBytes = maxAnswerBytes;
    bounds.refuseLonger = true; // a cut JSON answer would be read as another one
    bounds.deadlineMs = timeoutMs;
    return new Http::BoundedReply(reply, bounds, deadlineClock, parent);
}

ApiResponse ClientConfig::readReply(const Http::BoundedReply &answer) const
{
    ApiResponse response;
    if (!answer.complete()) {
        // No complete answer: status stays 0 even when the status line came before the failure.
        response.error = incompleteAnswer(answer, timeoutMs);
        return response;
    }
    response.status = answer.status();
    response.headers = headersOf(answer.reply());
    response.body = answer.body();
    // docs/vipps-wire.md §7: RFC 7807, Azure APIM's {statusCode, message}, or whatever else the body holds.
    if (response.status < 200 || response.status > 299)
        response.error = ProblemDetails::fromResponse(response.status, response.body);
    return response;
}

} // namespace Api
