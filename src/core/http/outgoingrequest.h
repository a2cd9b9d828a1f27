// SPDX-License-Identifier: MIT
// One request this program sends to someone's webhook handler: `send`, a replay, a test pack's step.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QMetaType>
#include <QUrl>

namespace Http {

struct OutgoingRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HeaderList headers; // in the order they go out; Host, when given, is sent as it is
    QByteArray body;
};

} // namespace Http

Q_DECLARE_METATYPE(Http::OutgoingRequest)
