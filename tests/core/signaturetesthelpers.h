// SPDX-License-Identifier: MIT
// Known values and request builders shared by the signature tests.
#pragma once

#include "http/request.h"
#include "signature/scheme.h"
#include "signature/secret.h"
#include "signature/signer.h"
#include "signature/verification.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QUrl>

namespace SignatureTest {

// --- Derived vectors, docs/vipps-wire.md §5 (computed with the documented algorithm; not published by Vipps).
inline const QByteArray kDerivedSecret = QByteArrayLiteral("090a478d-37ff-4e77-970e-d457aeb26a3a");
inline const QByteArray kDerivedDate = QByteArrayLiteral("Sat, 31 May 2025 17:30:33 GMT");
// The 256-byte ePayment CREATED body logged twice in COMM-log (docs/vipps-wire.md §5 and Sources); its
// x-ms-content-sha256 in that log is kCommLogContentHash.
inline const QByteArray kCommLogBody = QByteArrayLiteral(
    R"({"msn":"373370","reference":"inv-8-attempt-2","pspReference":"740e7483-c083-4b95-9246-a37299ad53b7",)"
    R"("name":"CREATED","amount":{"currency":"NOK","value":12100},"timestamp":"2025-05-31T17:29:23.358Z",)"
    R"("idempotencyKey":"683b3c72858e20.24358952","success":true})");
inline const QByteArray kCommLogContentHash = QByteArrayLiteral("kQSmDK2O2OZoefs7WJBmm2OR4kuoPtDMNGGmh0QVvtA=");
inline const QByteArray kDerivedUrl1 = QByteArrayLiteral("https://example.com:8080/hooks/vipps?env=test");
inline const QByteArray kDerivedSignature1 = QByteArrayLiteral("oCMzppRzfv3RqoNXW6LRpSmz6MPn6b4R/CJldxuoelU=");
inline const QByteArray kDerivedUrl2 = QByteArrayLiteral("https://example.com/");
inline const QByteArray kEmptyContentHash = QByteArrayLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
inline const QByteArray kDerivedSignature2 = QByteArrayLiteral("mcBSCquJsmq0Uu9i48bqB/Xg2nx5l2divI8XiNEJEr0=");

// --- Vipps' worked example: vippsas/webhooks-api request-authentication.md (JS and C# samples, "Sample
// values"), published as https://developer.vippsmobilepay.com/docs/APIs/webhooks-api/request-authentication/
// (docs/vipps-wire.md §5, Sources).
inline const QByteArray kVippsSecret =
    QByteArrayLiteral("A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==");
inline const QByteArray kVippsUrl = QByteArrayLiteral("https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63");
inline const QByteArray kVippsDate = QByteArrayLiteral("Thu, 30 Mar 2023 08:38:32 GMT");
inline const QByteArray kVippsBody =
    QByteArrayLiteral(R"({"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"})");
inline const QByteArray kVippsContentHash = QByteArrayLiteral("lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");
inline const QByteArray kVippsSignature = QByteArrayLiteral("agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=");
inline const QByteArray kVippsStringToSign =
    QByteArrayLiteral("POST\n/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63\n"
                      "Thu, 30 Mar 2023 08:38:32 GMT;webhook.site;lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=");

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// The receive times matching the two dates above.
inline const QDateTime kDerivedNow = utc(2025, 5, 31, 17, 30, 33);
inline const QDateTime kVippsNow = utc(2023, 3, 30, 8, 38, 32);

inline QUrl url(const QByteArray &text)
{
    return QUrl(QString::fromUtf8(text));
}

inline Signature::Secret secret(const QByteArray &value, const char *label, const char *webhookId = "")
{
    return Signature::Secret{QString::fromLatin1(webhookId), value, QString::fromLatin1(label)};
}

inline Http::Request request(const Http::HeaderList &headers, const QByteArray &target, const QByteArray &body)
{
    Http::Request r;
    r.method = QByteArrayLiteral("POST");
    r.target = target;
    r.version = QByteArrayLiteral("HTTP/1.1");
    r.headers = headers;
    r.body = body;
    return r;
}

// A delivery as Vipps sends it to `registeredUrl`, signed by Signer.
inline Http::Request signedDelivery(const QByteArray &secretValue, const QUrl &registeredUrl, const QByteArray &body,
                                    const QDateTime &date)
{
    Http::HeaderList headers = Signature::Signer::sign(secretValue, registeredUrl, body, date).toHeaders();
    headers.append(
        Http::Header{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    headers.append(
        Http::Header{QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Vipps MobilePay/1.0 Webhooks/1.0")});
    return request(headers, Signature::Scheme::pathAndQueryOf(registeredUrl), body);
}

// A delivery whose Authorization is an HMAC over an arbitrary string: how signer mistakes are made.
inline Http::Request handSigned(const QByteArray &key, const QByteArray &toSign, const QByteArray &hostHeader,
                                const QByteArray &target, const QByteArray &date, const QByteArray &body)
{
    const Http::HeaderList headers{
        {QByteArrayLiteral("Host"), hostHeader},
        {QByteArrayLiteral("x-ms-date"), date},
        {QByteArrayLiteral("x-ms-content-sha256"), Signature::Scheme::contentHash(body)},
        {QByteArrayLiteral("Authorization"),
         Signature::Scheme::authorizationValue(Signature::Scheme::signature(key, toSign))},
    };
    return request(headers, target, body);
}

// Sets the first header called `name` (any case) to `value`, or appends it.
inline void setHeader(Http::Request *r, const QByteArray &name, const QByteArray &value)
{
    for (Http::Header &header : r->headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            header.value = value;
            return;
        }
    }
    r->headers.append(Http::Header{name, value});
}

inline void removeHeader(Http::Request *r, const QByteArray &name)
{
    r->headers.removeIf([&](const Http::Header &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
}

// Gives the first header called `from` (any case) the exact name `to`.
inline void renameHeader(Http::Request *r, const QByteArray &from, const QByteArray &to)
{
    for (Http::Header &header : r->headers) {
        if (header.name.compare(from, Qt::CaseInsensitive) == 0) {
            header.name = to;
            return;
        }
    }
}

inline bool contains(const QByteArray &haystack, const QByteArray &secretValue)
{
    return !secretValue.isEmpty() && haystack.contains(secretValue);
}

// True when any secret's value shows up in the reason or in one of the recorded steps.
inline bool leaksSecret(const Signature::Verification &v, const Signature::SecretList &secrets)
{
    for (const Signature::Secret &s : secrets) {
        const QByteArray fields[] = {
            v.reason.toUtf8(), v.webhookId.toUtf8(), v.secretLabel.english().toUtf8(), v.stringToSign, v.host,
            v.pathAndQuery,    v.computedSignature,  v.computedContentHash};
        for (const QByteArray &field : fields) {
            if (contains(field, s.value))
                return true;
        }
    }
    return false;
}

} // namespace SignatureTest

#define VWB_VERIFY_NO_SECRET(verification, secrets)                                                                    \
    QVERIFY2(!SignatureTest::leaksSecret(verification, secrets),                                                       \
             qPrintable(QStringLiteral("a secret's value leaked: ") + (verification).reason))

Q_DECLARE_METATYPE(Http::Request)
Q_DECLARE_METATYPE(Signature::Secret)
Q_DECLARE_METATYPE(Signature::Result)
