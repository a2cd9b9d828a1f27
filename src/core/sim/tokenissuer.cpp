// SPDX-License-Identifier: MIT
#include "sim/tokenissuer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Sim {

namespace {

constexpr int kTokenBytes = 32;

QByteArray digestOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray randomToken()
{
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RFC 9110 §11.1: the scheme name is case-insensitive; docs/vipps-wire.md §1: without "Bearer" the answer is 401.
QByteArray bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

} // namespace

TokenIssuer::TokenIssuer(Clock clock)
{
    setClock(std::move(clock));
}

void TokenIssuer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

IssuedToken TokenIssuer::issue()
{
    forgetExpired();
    IssuedToken token;
    token.value = randomToken();
    token.notBefore = m_clock();
    token.expiresOn = token.notBefore.addSecs(m_lifetimeSeconds);
    m_expiries.insert(digestOf(token.value), token.expiresOn);
    return token;
}

TokenIssuer::Check TokenIssuer::check(const QByteArray &authorization) const
{
    if (authorization.trimmed().isEmpty())
        return Check::Missing;
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return Check::NotBearer;
    const auto found = m_expiries.constFind(digestOf(token));
    if (found == m_expiries.constEnd())
        return Check::Unknown;
    return m_clock() < found.value() ? Check::Valid : Check::Expired;
}

void TokenIssuer::forgetExpired()
{
    const QDateTime now = m_clock();
    m_expiries.removeIf([&now](const auto &entry) { return entry.value() <= now; });
}

} // namespace Sim
