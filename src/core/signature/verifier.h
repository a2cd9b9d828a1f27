// SPDX-License-Identifier: MIT
// Verifies Vipps webhook deliveries (docs/vipps-wire.md §5; docs/architecture.md §3).
#pragma once

#include "signature/secret.h"
#include "signature/verification.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Http {
struct Request;
}

namespace Signature {

class Verifier
{
public:
    void setSecrets(const SecretList &secrets);
    void addSecret(const Secret &secret);
    const SecretList &secrets() const { return m_secrets; }

    // Host for the string to sign comes from this URL when set (a tunnel's public URL);
    // otherwise from the Host header.
    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }
    // When set, both host and path+query come from this URL (`verify --url`).
    void setRegisteredUrl(const QUrl &url) { m_registeredUrl = url; }
    // Allowed |now - x-ms-date| in seconds; 0 disables the check.
    void setMaxClockSkew(int seconds) { m_maxSkew = seconds; }
    int maxClockSkew() const { return m_maxSkew; }

    // `now` is the receive time (injectable for tests).
    Verification verify(const Http::Request &request, const QDateTime &now) const;

private:
    QByteArray signedHost(const Http::Request &request) const;
    QByteArray signedPathAndQuery(const Http::Request &request) const;
    Verification checkSecrets(const Http::Request &request, Verification v) const;

    SecretList m_secrets;
    QUrl m_publicUrl;
    QUrl m_registeredUrl;
    int m_maxSkew = 300;
};

} // namespace Signature
