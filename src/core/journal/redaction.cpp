// SPDX-License-Identifier: MIT
#include "journal/redaction.h"

#include <initializer_list>

namespace Journal::Redaction {

namespace {

constexpr char Redacted[] = "[redacted]";

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isOneOf(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    for (const QByteArrayView candidate : names) {
        if (name.size() == candidate.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// An auth-scheme word such as "Bearer" or "Basic" (RFC 9110 §11.1), short enough not to be a credential.
bool looksLikeScheme(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 20)
        return false;
    for (const char c : word) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// Vipps signs deliveries with "HMAC-SHA256 SignedHeaders=...&Signature=..." (docs/vipps-wire.md §5).
QByteArray redactedAuthorization(const QByteArray &value)
{
    const QByteArrayView trimmed = QByteArrayView(value).trimmed();
    qsizetype space = 0;
    while (space < trimmed.size() && trimmed.at(space) != ' ' && trimmed.at(space) != '\t')
        ++space;
    const QByteArrayView scheme = trimmed.first(space);
    if (scheme.compare("HMAC-SHA256", Qt::CaseInsensitive) == 0)
        return value;
    if (space == trimmed.size() || !looksLikeScheme(scheme))
        return QByteArray(Redacted);
    return scheme.toByteArray() + ' ' + Redacted;
}

} // namespace

QByteArray redactedValue(QByteArrayView name, const QByteArray &value)
{
    if (value.isEmpty())
        return value;
    if (isOneOf(name, {"Authorization", "X-Vipps-Authorization"}))
        return redactedAuthorization(value);
    if (isOneOf(name, {"Proxy-Authorization", "Ocp-Apim-Subscription-Key", "client_secret", "Cookie", "Set-Cookie"}))
        return QByteArray(Redacted);
    if (startsWithNoCase(QByteArrayView(value).trimmed(), "Bearer "))
        return QByteArray("Bearer ") + Redacted;
    return value;
}

Http::HeaderList redactedHeaders(const Http::HeaderList &headers)
{
    Http::HeaderList out;
    out.reserve(headers.size());
    for (const Http::Header &header : headers)
        out.append(Http::Header{header.name, redactedValue(header.name, header.value)});
    return out;
}

} // namespace Journal::Redaction
