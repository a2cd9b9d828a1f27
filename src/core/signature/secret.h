// SPDX-License-Identifier: MIT
#pragma once

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
    QString label;     // harmless name for messages, e.g. "secret #2" or the webhook id
};

using SecretList = QList<Secret>;

} // namespace Signature
