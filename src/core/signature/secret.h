// SPDX-License-Identifier: MIT
// A webhook secret the verifier checks signatures with, and the harmless name messages give it.
#pragma once

#include "signature/phrase.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Signature {

// A webhook secret as returned by the Webhooks API register call.
// The value is a secret: never log it, never write it to the journal.
struct Secret
{
    QString webhookId; // registration id, empty when unknown
    QByteArray value;  // UTF-8 bytes of the secret string
    Phrase label;      // harmless name for messages, e.g. "secret #2" or "webhook <id>"

    // The secret of registration webhookId, named "webhook <id>".
    static Secret ofWebhook(const QString &webhookId, const QByteArray &value);
    // The number-th secret given without its registration, named "secret #<number>".
    static Secret numbered(int number, const QByteArray &value);
};

using SecretList = QList<Secret>;

} // namespace Signature
