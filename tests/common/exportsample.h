// SPDX-License-Identifier: MIT
// Test helper: journal entries for the export and import tests, built in memory with the raw secrets the journal
// would have redacted (a bearer token, a subscription key, a client secret, a cookie) and a delivery's HMAC
// signature, which an export keeps.
#pragma once

#include "journal/entry.h"

namespace ExportSample {

const QByteArray Token = QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.export-test-token-Zk3");
const QByteArray SubscriptionKey = QByteArrayLiteral("export-test-subscription-key-7f3a");
const QByteArray ClientSecret = QByteArrayLiteral("export-test-client-secret-Qw9");
const QByteArray CookieValue = QByteArrayLiteral("session=export-test-cookie-55");
const QByteArray Signature =
    QByteArrayLiteral("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=c2lnbmF0dXJlLWtlcHQ=");
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"export-order-1","name":"CAPTURED","amount":{"currency":"NOK","value":1500}})");

// A delivery with a query, repeated headers and every secret header besides its signature.
inline Journal::Entry delivery()
{
    Journal::Entry e;
    e.seq = 42;
    e.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 56, 22, 123), Qt::UTC);
    e.remote = QStringLiteral("127.0.0.1:50000");
    e.method = "POST";
    e.target = "/hooks/vipps?order=a%20b&flag";
    e.headers = {{"Host", "example.com:8080"},
                 {"x-ms-date", "Thu, 26 Nov 2026 10:56:21 GMT"},
                 {"x-ms-content-sha256", "kQSmDK2O2OZoefs7WJBmm2OR4kuoPtDMNGGmh0QVvtA="},
                 {"Authorization", Signature},
                 {"X-Vipps-Authorization", Signature},
                 {"Ocp-Apim-Subscription-Key", SubscriptionKey},
                 {"client_secret", ClientSecret},
                 {"Cookie", CookieValue},
                 {"X-Forwarded-Token", "Bearer " + Token},
                 {"X-Trace", "first"},
                 {"x-trace", "second"},
                 {"Content-Type", "application/json; charset=utf-8"}};
    e.body = Body;
    e.result = QStringLiteral("valid");
    e.webhookId = QStringLiteral("wh-1");
    e.status = 200;
    return e;
}

// An API call's shape: a bearer token in Authorization.
inline Journal::Entry apiCall()
{
    Journal::Entry e = delivery();
    e.seq = 43;
    e.target = "/epayment/v1/payments";
    e.headers = {{"Host", "example.com"},
                 {"Authorization", "Bearer " + Token},
                 {"Ocp-Apim-Subscription-Key", SubscriptionKey},
                 {"Content-Type", "application/json"}};
    e.result = QStringLiteral("unsigned");
    e.reason = QStringLiteral("neither Authorization nor X-Vipps-Authorization is a signature");
    e.webhookId.clear();
    e.status = 401;
    return e;
}

} // namespace ExportSample
