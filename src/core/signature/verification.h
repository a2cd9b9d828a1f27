// SPDX-License-Identifier: MIT
// The outcome of checking one delivery, with every intermediate value so it can be explained.
#pragma once

#include "signature/phrase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Signature {

enum class Result { Valid, Invalid, Stale, Unsigned, NoSecret };

// "valid", "invalid", "stale", "unsigned", "no-secret" (the journal and CLI spelling).
QString resultName(Result result);
bool resultFromName(const QString &name, Result *result);

struct Verification
{
    Result result = Result::Unsigned;
    // Human explanation naming the likely cause, in English as the journal and the command line keep it; the app
    // shows translatedReason(). Set both with setReason().
    QString reason;
    Phrase reasonPhrase;
    QString webhookId;  // of the secret that matched; the Webhook-Id header when none did or it has no id
    Phrase secretLabel; // the secret that matched, else the one computedSignature was made with; never its value
    // The Webhook-Id header names a registration whose secret was not there to try, and that explains the result
    // (NoSecret, or Invalid with no other cause found): adding that secret is the remedy.
    bool webhookSecretUnknown = false;

    // The steps, for the inspector and `verify`:
    QByteArray authorizationHeaderName; // "Authorization" or "X-Vipps-Authorization" as received
    QByteArray receivedAuthorization;
    QByteArray receivedContentHash; // x-ms-content-sha256
    QByteArray computedContentHash;
    QByteArray xMsDate;
    QByteArray host;         // host used in the string to sign
    QByteArray pathAndQuery; // path used in the string to sign
    QByteArray stringToSign;
    QByteArray receivedSignature;
    QByteArray computedSignature; // with the matching secret, else the Webhook-Id one, else the first
    QDateTime sentAt;             // x-ms-date parsed; invalid when it is not an RFC 1123 date
    qint64 clockSkewSeconds = 0;  // receivedAt - x-ms-date
    int secretsTried = 0;

    void setReason(const Phrase &phrase);
    // In the language of the translators installed; reason as it is when it was set without a phrase.
    QString translatedReason() const;
};

} // namespace Signature
