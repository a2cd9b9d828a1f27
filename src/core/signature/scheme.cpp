// SPDX-License-Identifier: MIT
#include "signature/scheme.h"

#include "http/httpdate.h"
#include "signature/digest.h"

#include <algorithm>
#include <cctype>

namespace Signature::Scheme {

namespace {

constexpr char kSchemeName[] = "HMAC-SHA256";
constexpr char kSignedHeaders[] = "SignedHeaders=x-ms-date;host;x-ms-content-sha256";

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

// Splits "Name rest" at the first run of whitespace.
void splitScheme(const QByteArray &value, QByteArray *scheme, QByteArray *params)
{
    const QByteArray trimmed = value.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !std::isspace(static_cast<unsigned char>(trimmed.at(end))))
        ++end;
    *scheme = trimmed.left(end);
    *params = trimmed.mid(end).trimmed();
}

// "Signature=<base64>" -> "<base64>"; base64 padding may contain '=', so split at the first one only.
bool parameterValue(const QByteArray &part, QByteArrayView name, QByteArray *value)
{
    const qsizetype eq = part.indexOf('=');
    if (eq < 0 || part.left(eq).trimmed().compare(name, Qt::CaseInsensitive) != 0)
        return false;
    *value = part.mid(eq + 1).trimmed();
    return true;
}

} // namespace

QByteArray contentHash(const QByteArray &body)
{
    // docs/vipps-wire.md §5 step 1: standard base64 with padding of the raw bytes.
    return Digest::sha256(body).toBase64();
}

QByteArray stringToSign(const QByteArray &pathAndQuery, const QByteArray &xMsDate, const QByteArray &host,
                        const QByteArray &contentHash)
{
    // docs/vipps-wire.md §5 step 2: single LF separators, no trailing newline.
    return QByteArrayLiteral("POST\n") + pathAndQuery + '\n' + xMsDate + ';' + host + ';' + contentHash;
}

QByteArray signature(const QByteArray &secretUtf8, const QByteArray &stringToSign)
{
    // docs/vipps-wire.md §5 step 3: the secret string is the key as is, never base64-decoded.
    return Digest::hmacSha256(secretUtf8, stringToSign).toBase64();
}

QByteArray authorizationValue(const QByteArray &signature)
{
    // docs/vipps-wire.md §5 step 4.
    return QByteArray(kSchemeName) + ' ' + kSignedHeaders + "&Signature=" + signature;
}

QByteArray signatureFromAuthorization(const QByteArray &authorizationValue)
{
    QByteArray scheme;
    QByteArray params;
    splitScheme(authorizationValue, &scheme, &params);
    if (scheme.compare(kSchemeName, Qt::CaseInsensitive) != 0)
        return {};
    // Right scheme: the result is never null from here on, only possibly empty.
    QByteArray found("");
    for (const QByteArray &part : params.split('&')) {
        QByteArray value;
        if (parameterValue(part, "Signature", &value))
            found = value;
    }
    return found;
}

QByteArray hostOf(const QUrl &url)
{
    // docs/vipps-wire.md §5 step 2: like JS URL.host / C# Uri.Authority.
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    const int port = url.port();
    if (port >= 0 && port != defaultPort(url.scheme()))
        host += QLatin1Char(':') + QString::number(port);
    return host.toUtf8();
}

QByteArray pathAndQueryOf(const QUrl &url)
{
    // docs/vipps-wire.md §5 step 2: JS pathname + search, C# Uri.PathAndQuery ("/" for a bare host).
    QByteArray out = url.path(QUrl::FullyEncoded).toUtf8();
    if (out.isEmpty())
        out = QByteArrayLiteral("/");
    if (url.hasQuery())
        out += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return out;
}

QByteArray formatDate(const QDateTime &utc)
{
    // x-ms-date is an RFC 1123 (IMF-fixdate) date with English names whatever the user's locale.
    return Http::HttpDate::format(utc);
}

QDateTime parseDate(const QByteArray &value)
{
    return Http::HttpDate::parse(value);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    // No early exit: every byte of the longer input is visited; a length difference also fails.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        diff |= unsigned(x ^ y);
    }
    return diff == 0;
}

} // namespace Signature::Scheme
