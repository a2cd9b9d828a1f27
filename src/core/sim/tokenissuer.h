// SPDX-License-Identifier: MIT
// The simulator's access tokens (docs/vipps-wire.md §2): opaque random bearer tokens with an expiry,
// checked on every other call (docs/vipps-wire.md §1).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace Sim {

using Clock = std::function<QDateTime()>;

struct IssuedToken
{
    QByteArray value; // a secret: never logged
    QDateTime notBefore;
    QDateTime expiresOn;
};

class TokenIssuer
{
public:
    // Tokens from the Vipps test environment live one hour (docs/vipps-wire.md §2).
    static constexpr int DefaultLifetimeSeconds = 3600;

    enum class Check { Valid, Missing, NotBearer, Unknown, Expired };

    explicit TokenIssuer(Clock clock = {});

    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    void setLifetimeSeconds(int seconds) { m_lifetimeSeconds = seconds; }
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

    // 32 random bytes as 43 base64url characters, remembered until they expire.
    IssuedToken issue();
    // An "Authorization" header value: the word "Bearer", a space, a token issued here and not expired.
    Check check(const QByteArray &authorization) const;
    bool isValid(const QByteArray &authorization) const { return check(authorization) == Check::Valid; }
    int activeTokens() const { return int(m_expiries.size()); }

private:
    void forgetExpired();

    Clock m_clock;
    int m_lifetimeSeconds = DefaultLifetimeSeconds;
    QHash<QByteArray, QDateTime> m_expiries; // SHA-256 of the token -> expiry; the tokens themselves are not kept
};

} // namespace Sim
