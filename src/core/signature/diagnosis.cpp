// SPDX-License-Identifier: MIT
#include "signature/diagnosis.h"

#include "http/request.h"
#include "signature/scheme.h"

#include <functional>
#include <utility>

namespace Signature {

namespace {

// What one failed verification looked like, for the checks below.
struct Probe
{
    const Http::Request &request;
    const Verification &attempt;
    const SecretList &secrets;
};

using KeyTransform = std::function<QByteArray(const QByteArray &)>;
using Encoder = std::function<QByteArray(const QByteArray &)>;

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The first secret whose HMAC over `toSign` (optionally with a changed key or output encoding)
// reproduces the received signature.
const Secret *signerOf(const Probe &p, const QByteArray &toSign, const KeyTransform &key = {},
                       const Encoder &encode = {})
{
    for (const Secret &secret : p.secrets) {
        const QByteArray k = key ? key(secret.value) : secret.value;
        if (k.isNull())
            continue;
        QByteArray mac = Scheme::signature(k, toSign);
        if (encode)
            mac = encode(QByteArray::fromBase64(mac));
        if (Scheme::equalConstantTime(mac, p.attempt.receivedSignature))
            return &secret;
    }
    return nullptr;
}

const Secret *signerFor(const Probe &p, const QByteArray &host, const QByteArray &pathAndQuery)
{
    return signerOf(p, Scheme::stringToSign(pathAndQuery, p.attempt.xMsDate, host, p.attempt.computedContentHash));
}

QByteArray withoutPort(const QByteArray &host)
{
    const qsizetype colon = host.lastIndexOf(':');
    if (colon < 0 || host.indexOf(']', colon) >= 0)
        return host;
    return host.left(colon);
}

QByteArray firstListElement(const QByteArray &value)
{
    const qsizetype comma = value.indexOf(',');
    return (comma < 0 ? value : value.left(comma)).trimmed();
}

// (a), (b): the signer chose another host than this receiver: the Host header, a proxy's
// X-Forwarded-Host, or the same host with or without a port.
// Each is said with the secret's label, the host it signed and the host this receiver used.
const char *const kPortReason = QT_TRANSLATE_NOOP(
    "Signature::Phrase", "the signature matches %1 for host \"%2\", but this receiver used \"%3\": only the port "
                         "differs. Vipps signs the registered URL's host, with \":port\" only when the port is not the "
                         "scheme default (443 for https); give this receiver the URL exactly as registered");
const char *const kHostHeaderReason =
    QT_TRANSLATE_NOOP("Signature::Phrase",
                      "the signature matches %1 for host \"%2\" from the Host header, not \"%3\" from the public "
                      "or registered URL: check that the URL given to this receiver is the one registered with Vipps");
const char *const kForwardedHostReason = QT_TRANSLATE_NOOP(
    "Signature::Phrase", "the signature matches %1 for host \"%2\" from X-Forwarded-Host, not \"%3\" from the Host "
                         "header: the request came through a proxy or tunnel; start the receiver with --public-url set "
                         "to the URL registered with Vipps (https://%2...)");

Phrase hostReason(const Probe &p, const QByteArray &candidate, const QByteArray &source)
{
    const QByteArray used = p.attempt.host;
    if (used == candidate || candidate.isEmpty())
        return {};
    const Secret *secret = signerFor(p, candidate, p.attempt.pathAndQuery);
    if (!secret)
        return {};
    const char *reason = kHostHeaderReason;
    if (withoutPort(candidate).compare(withoutPort(used), Qt::CaseInsensitive) == 0)
        reason = kPortReason;
    else if (source == "X-Forwarded-Host")
        reason = kForwardedHostReason;
    return Phrase(reason, {secret->label, text(candidate), text(used)});
}

QList<QByteArray> portVariants(const QByteArray &host)
{
    const QByteArray bare = withoutPort(host);
    return {bare, bare + ":443", bare + ":80"};
}

Phrase diagnoseHost(const Probe &p)
{
    const QByteArray hostHeader = p.request.headers.value("Host").trimmed();
    const QByteArray forwarded = firstListElement(p.request.headers.value("X-Forwarded-Host"));
    // Each candidate with where it came from; a port variant of the used host always differs only by port.
    QList<std::pair<QByteArray, QByteArray>> candidates{{hostHeader, "Host"}, {forwarded, "X-Forwarded-Host"}};
    for (const QByteArray &host : portVariants(p.attempt.host))
        candidates.append({host, "port"});
    for (const QByteArray &host : portVariants(hostHeader))
        candidates.append({host, "Host"});
    for (const auto &[host, source] : candidates) {
        if (const Phrase reason = hostReason(p, host, source); !reason.isEmpty())
            return reason;
    }
    return {};
}

// (c): the signer chose another path: the target as received, no query, "/", a trailing slash, decoded.
QByteArray pathPart(const QByteArray &pathAndQuery)
{
    const qsizetype q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.left(q);
}

QByteArray toggledTrailingSlash(const QByteArray &pathAndQuery)
{
    const QByteArray path = pathPart(pathAndQuery);
    const QByteArray rest = pathAndQuery.mid(path.size());
    if (path == "/")
        return {};
    return (path.endsWith('/') ? path.chopped(1) : path + '/') + rest;
}

struct PathCandidate
{
    QByteArray path;
    const char *explanation; // %1 secret label, %2 candidate path, %3 path this receiver used
};

QList<PathCandidate> pathCandidates(const Probe &p)
{
    const QByteArray used = p.attempt.pathAndQuery;
    return {
        {p.request.pathAndQuery(),
         QT_TRANSLATE_NOOP("Signature::Phrase",
                           "the signature matches %1 for path \"%2\" as received in the request, not \"%3\" from "
                           "the registered URL: the registered URL's path differs from where the delivery arrived")},
        {pathPart(used),
         QT_TRANSLATE_NOOP("Signature::Phrase",
                           "the signature matches %1 for path \"%2\" without the query string, not \"%3\": the "
                           "signer dropped the query; Vipps signs the path and query of the registered URL")},
        {QByteArrayLiteral("/"),
         QT_TRANSLATE_NOOP("Signature::Phrase",
                           "the signature matches %1 for path \"%2\", not \"%3\": the signer left out the path; "
                           "Vipps signs the path and query of the registered URL")},
        {toggledTrailingSlash(used),
         QT_TRANSLATE_NOOP("Signature::Phrase",
                           "the signature matches %1 for path \"%2\", not \"%3\": a trailing slash differs; Vipps "
                           "signs the URL exactly as registered")},
        {QByteArray::fromPercentEncoding(used),
         QT_TRANSLATE_NOOP("Signature::Phrase",
                           "the signature matches %1 for the percent-decoded path \"%2\", not \"%3\": Vipps signs "
                           "the path as encoded in the registered URL")},
    };
}

Phrase diagnosePath(const Probe &p)
{
    const QByteArray used = p.attempt.pathAndQuery;
    for (const PathCandidate &candidate : pathCandidates(p)) {
        if (candidate.path.isEmpty() || candidate.path == used)
            continue;
        if (const Secret *secret = signerFor(p, p.attempt.host, candidate.path))
            return Phrase(candidate.explanation, {secret->label, text(candidate.path), text(used)});
    }
    return {};
}

// (d): the signer base64-decoded the secret and used the bytes as the key (wrong per step 3).
Phrase diagnoseDecodedSecret(const Probe &p)
{
    const KeyTransform decoded = [](const QByteArray &value) -> QByteArray {
        const auto result = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.isEmpty() || result.decoded == value)
            return {};
        return result.decoded;
    };
    const Secret *secret = signerOf(p, p.attempt.stringToSign, decoded);
    if (!secret)
        return {};
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "the signature matches %1 only when the secret is base64-decoded first: the "
                                    "signer decoded the secret before using it as the HMAC key. Vipps uses the UTF-8 "
                                    "bytes of the secret string exactly as returned at registration"),
                  {secret->label});
}

// (e): CRLF separators or a trailing newline in the string to sign (step 2 wants single LFs, none at the end).
Phrase diagnoseLineEndings(const Probe &p)
{
    QByteArray crlf = p.attempt.stringToSign;
    crlf.replace("\n", "\r\n");
    if (const Secret *secret = signerOf(p, crlf))
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "the signature matches %1 when the string to sign is joined with CRLF: Vipps "
                                        "separates its lines with a single LF (\\n)"),
                      {secret->label});
    if (const Secret *secret = signerOf(p, p.attempt.stringToSign + '\n'))
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "the signature matches %1 when the string to sign ends with a newline: Vipps "
                                        "adds no trailing newline"),
                      {secret->label});
    return {};
}

// The right HMAC, written in another encoding than standard base64 with padding.
struct Encoding
{
    Encoder encode;
    const char *explanation; // %1 secret label
};

Phrase diagnoseSignatureEncoding(const Probe &p)
{
    const char *const urlSafe =
        QT_TRANSLATE_NOOP("Signature::Phrase", "the signature matches %1 but uses the URL-safe base64 alphabet: Vipps "
                                               "uses standard base64 with padding");
    const Encoding encodings[] = {
        {[](const QByteArray &mac) { return mac.toHex(); },
         QT_TRANSLATE_NOOP("Signature::Phrase", "the signature matches %1 but is written in hex: Vipps sends it in "
                                                "base64")},
        {[](const QByteArray &mac) { return mac.toBase64(QByteArray::OmitTrailingEquals); },
         QT_TRANSLATE_NOOP("Signature::Phrase", "the signature matches %1 but lacks its trailing \"=\": Vipps uses "
                                                "standard base64 with padding")},
        {[](const QByteArray &mac) { return mac.toBase64(QByteArray::Base64UrlEncoding); }, urlSafe},
        {[](const QByteArray &mac) {
             return mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
         },
         urlSafe},
    };
    for (const Encoding &encoding : encodings) {
        if (const Secret *secret = signerOf(p, p.attempt.stringToSign, {}, encoding.encode))
            return Phrase(encoding.explanation, {secret->label});
    }
    return {};
}

// (f): the delivery names a registration whose secret is not known here.
Phrase diagnoseUnknownWebhook(const Probe &p)
{
    const QByteArray webhookId = p.request.headers.value("Webhook-Id").trimmed();
    if (webhookId.isEmpty())
        return {};
    for (const Secret &secret : p.secrets) {
        if (secret.webhookId.compare(text(webhookId), Qt::CaseInsensitive) == 0)
            return {};
    }
    return unknownWebhookReason(text(webhookId), p.secrets.size(), Audience::CommandLine);
}

Phrase unknownCause(const Probe &p)
{
    //: %1 counts the secrets tried; %2%3 is the URL, its host and its path.
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "the signature was made with a secret this receiver does not know (%1 tried), or "
                                    "for a different URL than %2%3: check the secret returned when the webhook was "
                                    "registered and the registered URL"),
                  {QString::number(p.attempt.secretsTried), text(p.attempt.host), text(p.attempt.pathAndQuery)});
}

} // namespace

Mismatch diagnoseMismatch(const Http::Request &request, const Verification &attempt, const SecretList &secrets)
{
    const Probe probe{request, attempt, secrets};
    using Check = Phrase (*)(const Probe &);
    for (const Check check :
         {diagnoseHost, diagnosePath, diagnoseDecodedSecret, diagnoseLineEndings, diagnoseSignatureEncoding}) {
        if (const Phrase reason = check(probe); !reason.isEmpty())
            return {reason};
    }
    if (const Phrase reason = diagnoseUnknownWebhook(probe); !reason.isEmpty())
        return {reason, true};
    return {unknownCause(probe)};
}

Phrase unknownWebhookReason(const QString &webhookId, qsizetype knownSecrets, Audience audience)
{
    const QString known = QString::number(knownSecrets);
    //: "Add the secret of this webhook" is the inspector's button.
    if (audience == Audience::App)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "the delivery is for webhook %1, whose secret this app does not hold, and "
                                        "no secret it holds matches (%2 tried): add the secret Vipps returned when "
                                        "this webhook was registered (Add the secret of this webhook), or register "
                                        "the webhook in this app"),
                      {webhookId, known});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "the delivery is for webhook %1, whose secret this receiver does not know, and "
                                    "no known secret matches (%2 tried): register the webhook through this tool or "
                                    "pass --webhook-id %1=SECRET"),
                  {webhookId, known});
}

Phrase noSecretReason(Audience audience)
{
    if (audience == Audience::App)
        return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                        "this app holds no webhook secret for the profile in use: register the "
                                        "webhook in the Webhooks tab, or add the secret Vipps returned when it was "
                                        "registered elsewhere"),
                      {});
    return Phrase(QT_TRANSLATE_NOOP("Signature::Phrase",
                                    "no webhook secret is known; register the webhook through this tool or pass "
                                    "--secret"),
                  {});
}

void addressReason(Verification *verification, Audience audience)
{
    if (verification->result == Result::NoSecret)
        verification->setReason(noSecretReason(audience));
    else if (verification->result == Result::Invalid && verification->webhookSecretUnknown)
        verification->setReason(unknownWebhookReason(verification->webhookId, verification->secretsTried, audience));
}

} // namespace Signature
