// SPDX-License-Identifier: MIT
#include "signature/verifier.h"

#include "http/request.h"
#include "signature/diagnosis.h"
#include "signature/scheme.h"

#include <cctype>

namespace Signature {

namespace {

constexpr char kAuthorization[] = "Authorization";
constexpr char kVippsAuthorization[] = "X-Vipps-Authorization";
constexpr char kContentHashHeader[] = "x-ms-content-sha256";
constexpr char kDateHeader[] = "x-ms-date";
constexpr char kWebhookIdHeader[] = "Webhook-Id";
constexpr qsizetype kMaxSchemeNameLength = 24;

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

const Http::Header *findHeader(const Http::HeaderList &headers, QByteArrayView name)
{
    for (const Http::Header &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

// The auth-scheme word of a value ("Bearer"), or empty when the value does not look like "<scheme> <credentials>".
// Only this word is ever shown: the credentials after it may be a token.
QByteArray schemeWord(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0 || space > kMaxSchemeNameLength)
        return {};
    const QByteArray word = trimmed.left(space);
    for (const char c : word) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return {};
    }
    return word;
}

// Why one authorization header cannot be used, never quoting its credentials.
Phrase unusableReason(const Http::Header *header, const char *name)
{
    const QString headerName = QString::fromLatin1(name);
    if (!header)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "no %1 header"), {headerName});
    if (header->value.trimmed().isEmpty())
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "an empty %1 header"), {headerName});
    if (!Scheme::signatureFromAuthorization(header->value).isNull())
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "an HMAC-SHA256 %1 header without a Signature= part"),
                      {headerName});
    const QByteArray scheme = schemeWord(header->value);
    if (scheme.isEmpty())
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "an %1 header that is not of the HMAC-SHA256 scheme"),
                      {headerName});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "an %1 header with the %2 scheme instead of HMAC-SHA256"),
                  {headerName, text(scheme)});
}

Phrase unsignedReason(const Http::Header *authorization, const Http::Header *vippsAuthorization)
{
    //: %1 and %2 each say what is wrong with one header, e.g. "no Authorization header".
    return Phrase(
        QT_TRANSLATE_NOOP("Signature::Phrase",
                          "the request is not signed: it has %1 and %2. Vipps signs every delivery with "
                          "HMAC-SHA256 in Authorization and X-Vipps-Authorization; some proxies strip "
                          "Authorization"),
        {unusableReason(authorization, kAuthorization), unusableReason(vippsAuthorization, kVippsAuthorization)});
}

bool useAuthorization(const Http::Header *header, Verification *v)
{
    if (!header)
        return false;
    const QByteArray signature = Scheme::signatureFromAuthorization(header->value);
    if (signature.isEmpty())
        return false;
    v->authorizationHeaderName = header->name;
    v->receivedAuthorization = header->value;
    v->receivedSignature = signature;
    return true;
}

// Vipps request authentication, step 4: Authorization, or X-Vipps-Authorization when a proxy dropped it.
bool findAuthorization(const Http::HeaderList &headers, Verification *v)
{
    const Http::Header *authorization = findHeader(headers, kAuthorization);
    const Http::Header *vippsAuthorization = findHeader(headers, kVippsAuthorization);
    if (useAuthorization(authorization, v) || useAuthorization(vippsAuthorization, v))
        return true;
    v->result = Result::Unsigned;
    v->setReason(unsignedReason(authorization, vippsAuthorization));
    return false;
}

// Vipps request authentication, steps 1 and 2: every value that goes into the string to sign.
void fillSteps(const Http::Request &request, const QByteArray &host, const QByteArray &pathAndQuery,
               const QDateTime &now, Verification *v)
{
    v->receivedContentHash = request.headers.value(kContentHashHeader);
    v->computedContentHash = Scheme::contentHash(request.body);
    v->xMsDate = request.headers.value(kDateHeader);
    v->host = host;
    v->pathAndQuery = pathAndQuery;
    v->stringToSign = Scheme::stringToSign(pathAndQuery, v->xMsDate, host, v->computedContentHash);
    v->sentAt = Scheme::parseDate(v->xMsDate);
    v->clockSkewSeconds = v->sentAt.isValid() && now.isValid() ? v->sentAt.secsTo(now) : 0;
}

Verification rejected(Verification v, Result result, const Phrase &reason)
{
    v.result = result;
    v.setReason(reason);
    return v;
}

Phrase contentHashReason(const Verification &v)
{
    const QByteArray received = v.receivedContentHash.trimmed();
    if (received.isEmpty())
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "the request has no x-ms-content-sha256 header: Vipps always sends the base64 "
                                        "SHA-256 of the body in it, so this was not signed the Vipps way"),
                      {});
    if (received == v.computedContentHash)
        return {};
    if (received.compare(QByteArray::fromBase64(v.computedContentHash).toHex(), Qt::CaseInsensitive) == 0)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "x-ms-content-sha256 is the SHA-256 of the body in hex: Vipps sends it in "
                                        "base64"),
                      {});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "the body differs from what was signed (x-ms-content-sha256 does not match): "
                                    "something between Vipps and you changed the body, or the signer hashed "
                                    "different bytes"),
                  {});
}

// docs/architecture.md §3 "Secret choice": the secret named by Webhook-Id first, then every other known secret.
QList<const Secret *> secretOrder(const SecretList &secrets, const QByteArray &webhookId, const Secret **selected)
{
    *selected = nullptr;
    QList<const Secret *> order;
    for (const Secret &secret : secrets) {
        const bool named = !webhookId.isEmpty() && secret.webhookId.compare(text(webhookId), Qt::CaseInsensitive) == 0;
        if (named && !*selected) {
            *selected = &secret;
            order.prepend(&secret);
        } else {
            order.append(&secret);
        }
    }
    return order;
}

// Vipps request authentication, steps 3 and 4: HMAC with each secret, constant-time comparison.
const Secret *matchSecret(const QList<const Secret *> &order, Verification *v)
{
    for (const Secret *secret : order) {
        const QByteArray computed = Scheme::signature(secret->value, v->stringToSign);
        if (v->secretsTried++ == 0) {
            v->computedSignature = computed;
            v->secretLabel = secret->label;
        }
        if (Scheme::equalConstantTime(computed, v->receivedSignature)) {
            v->computedSignature = computed;
            v->secretLabel = secret->label;
            return secret;
        }
    }
    return nullptr;
}

Phrase matchReason(const Secret *match, const Secret *selected, const QByteArray &webhookId)
{
    if (selected && selected != match)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "signature matches %1, not %2 that Webhook-Id %3 names"),
                      {match->label, selected->label, text(webhookId)});
    if (!selected && !webhookId.isEmpty())
        return Phrase(
            QT_TRANSLATE_NOOP("Signature::Phrase", "signature matches %1 (Webhook-Id %2 names no known secret)"),
            {match->label, text(webhookId)});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase", "signature matches %1"), {match->label});
}

// `match` is how the signature matched (matchReason), said after the cause.
Phrase staleReason(qint64 skew, int maxSkew, const Phrase &match)
{
    if (skew >= 0)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "x-ms-date is %1 s in the past; allowed skew is %2 s: check the clocks, or "
                                        "this is a replay (the %3)"),
                      {QString::number(skew), QString::number(maxSkew), match});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "x-ms-date is %1 s in the future; allowed skew is %2 s: check the clocks of this "
                                    "machine and of the sender (the %3)"),
                  {QString::number(-skew), QString::number(maxSkew), match});
}

// docs/architecture.md §3 "Verification results": only a matching signature is checked for freshness; 0 turns the check off.
Verification checkFreshness(Verification v, int maxSkew)
{
    if (!v.sentAt.isValid() && maxSkew > 0)
        return rejected(v, Result::Invalid,
                        Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                                 "x-ms-date \"%1\" is not an RFC 1123 date such as \"Thu, 30 Mar 2023 "
                                                 "08:38:32 GMT\", so its age cannot be checked (the %2)"),
                               {text(v.xMsDate), v.reasonPhrase}));
    if (maxSkew > 0 && qAbs(v.clockSkewSeconds) > maxSkew)
        return rejected(v, Result::Stale, staleReason(v.clockSkewSeconds, maxSkew, v.reasonPhrase));
    v.result = Result::Valid;
    return v;
}

} // namespace

void Verifier::setSecrets(const SecretList &secrets)
{
    m_secrets = secrets;
}

void Verifier::addSecret(const Secret &secret)
{
    m_secrets.append(secret);
}

QByteArray Verifier::signedHost(const Http::Request &request) const
{
    // docs/architecture.md §3 "Host and path for the signed string"; docs/vipps-wire.md §5: the host of the registered URL.
    if (!m_registeredUrl.isEmpty())
        return Scheme::hostOf(m_registeredUrl);
    if (!m_publicUrl.isEmpty())
        return Scheme::hostOf(m_publicUrl);
    // RFC 9112 §3.2.2: a target in absolute form names the host, whatever the Host header says.
    if (const QByteArray authority = request.authority(); !authority.isEmpty())
        return authority;
    return request.headers.value("Host");
}

QByteArray Verifier::signedPathAndQuery(const Http::Request &request) const
{
    if (!m_registeredUrl.isEmpty())
        return Scheme::pathAndQueryOf(m_registeredUrl);
    return request.pathAndQuery();
}

Verification Verifier::verify(const Http::Request &request, const QDateTime &now) const
{
    Verification v;
    const bool isSigned = findAuthorization(request.headers, &v);
    fillSteps(request, signedHost(request), signedPathAndQuery(request), now, &v);
    if (!isSigned)
        return v;
    if (m_secrets.isEmpty()) {
        v.webhookId = text(request.headers.value(kWebhookIdHeader).trimmed());
        v.webhookSecretUnknown = !v.webhookId.isEmpty();
        return rejected(v, Result::NoSecret, noSecretReason(Audience::CommandLine));
    }
    if (const Phrase hashProblem = contentHashReason(v); !hashProblem.isEmpty())
        return rejected(v, Result::Invalid, hashProblem);
    if (v.xMsDate.trimmed().isEmpty())
        return rejected(v, Result::Invalid,
                        Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                                 "the request has no x-ms-date header: Vipps signs the send time in "
                                                 "it, so the signature cannot be checked"),
                               {}));
    return checkSecrets(request, v);
}

Verification Verifier::checkSecrets(const Http::Request &request, Verification v) const
{
    const QByteArray webhookId = request.headers.value(kWebhookIdHeader).trimmed();
    const Secret *selected = nullptr;
    const QList<const Secret *> order = secretOrder(m_secrets, webhookId, &selected);
    const Secret *match = matchSecret(order, &v);
    if (!match) {
        v.webhookId = text(webhookId);
        const Mismatch mismatch = diagnoseMismatch(request, v, m_secrets);
        v.webhookSecretUnknown = mismatch.webhookSecretUnknown;
        return rejected(v, Result::Invalid, mismatch.reason);
    }
    v.webhookId = match->webhookId.isEmpty() ? text(webhookId) : match->webhookId;
    v.setReason(matchReason(match, selected, webhookId));
    return checkFreshness(v, m_maxSkew);
}

} // namespace Signature
