// SPDX-License-Identifier: MIT
// Test helper: the raw bytes of one webhook delivery signed the way Vipps signs it, for tests that drive a
// receiver over a socket (docs/vipps-wire.md §5).
#pragma once

#include "signature/scheme.h"
#include "signature/signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// A POST of body to url's path and query, signed with secret for url (so Host is url's host) and dated date,
// with Vipps' content type and user agent, then extraHeaders (each ending in "\r\n") and a Content-Length.
inline QByteArray signedDeliveryBytes(const QUrl &url, const QByteArray &secret, const QByteArray &body,
                                      const QByteArray &extraHeaders = {},
                                      const QDateTime &date = QDateTime::currentDateTimeUtc())
{
    const Signature::SignedHeaders signedHeaders = Signature::Signer::sign(secret, url, body, date);
    QByteArray bytes = "POST " + Signature::Scheme::pathAndQueryOf(url) + " HTTP/1.1\r\n";
    for (const Http::Header &h : signedHeaders.toHeaders())
        bytes += h.name + ": " + h.value + "\r\n";
    bytes += "Content-Type: application/json; charset=utf-8\r\nUser-Agent: Vipps MobilePay/1.0 Webhooks/1.0\r\n";
    bytes += extraHeaders;
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return bytes;
}
