// SPDX-License-Identifier: MIT
#include "signature/signer.h"

#include "signature/scheme.h"

namespace Signature {

Http::HeaderList SignedHeaders::toHeaders() const
{
    return {
        {QByteArrayLiteral("Host"), host},
        {QByteArrayLiteral("x-ms-date"), xMsDate},
        {QByteArrayLiteral("x-ms-content-sha256"), contentHash},
        {QByteArrayLiteral("Authorization"), authorization},
    };
}

SignedHeaders Signer::sign(const QByteArray &secretUtf8, const QUrl &registeredUrl, const QByteArray &body,
                           const QDateTime &dateUtc)
{
    // Vipps request authentication, steps 1-4 (docs/vipps-wire.md §5).
    SignedHeaders out;
    out.host = Scheme::hostOf(registeredUrl);
    out.xMsDate = Scheme::formatDate(dateUtc);
    out.contentHash = Scheme::contentHash(body);
    const QByteArray toSign =
        Scheme::stringToSign(Scheme::pathAndQueryOf(registeredUrl), out.xMsDate, out.host, out.contentHash);
    out.authorization = Scheme::authorizationValue(Scheme::signature(secretUtf8, toSign));
    return out;
}

} // namespace Signature
