// SPDX-License-Identifier: MIT
// The answer of POST /accesstoken/get (docs/vipps-wire.md §2).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Api {

struct AccessToken
{
    QByteArray value; // the JWT: a secret, never logged
    QString tokenType;
    qint64 expiresIn = 0; // seconds
    QDateTime expiresOn;  // UTC
    QDateTime notBefore;  // UTC

    // Every field may come as a JSON string (Vipps does) or a number (the spec's examples do).
    // expiresOn falls back to receivedAt + expires_in when expires_on is absent.
    static std::optional<AccessToken> fromJson(const QByteArray &body, const QDateTime &receivedAt, QString *error);
    bool usableAt(const QDateTime &now, int marginSeconds) const;
};

} // namespace Api
