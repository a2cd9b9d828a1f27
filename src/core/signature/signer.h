// SPDX-License-Identifier: MIT
// Signs a delivery exactly as Vipps does (docs/vipps-wire.md §5). Used by the simulator, `send` and tests.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Signature {

struct SignedHeaders
{
    QByteArray host;
    QByteArray xMsDate;
    QByteArray contentHash;
    QByteArray authorization;

    // Host, x-ms-date, x-ms-content-sha256, Authorization in that order.
    Http::HeaderList toHeaders() const;
};

class Signer
{
public:
    static SignedHeaders sign(const QByteArray &secretUtf8, const QUrl &registeredUrl, const QByteArray &body,
                              const QDateTime &dateUtc);
};

} // namespace Signature
