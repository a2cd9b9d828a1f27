// SPDX-License-Identifier: MIT
// One journal line (docs/architecture.md §4).
#pragma once

#include "http/header.h"
#include "http/request.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Journal {

struct Entry
{
    qint64 seq = 0;
    QDateTime receivedAt; // UTC
    QString remote;       // "ip:port"
    QByteArray method;
    QByteArray target;
    Http::HeaderList headers;
    QByteArray body; // raw bytes; written as "body" when valid UTF-8, else "bodyBase64"
    QString result;  // valid|invalid|stale|unsigned|no-secret (empty when not a delivery, e.g. 405)
    QString reason;
    QString webhookId;
    bool duplicate = false;
    int status = 0;

    // The request as it arrived, to be checked again (`verify`, the app's inspector for a journaled event).
    Http::Request toRequest() const;

    friend bool operator==(const Entry &, const Entry &) = default;
};

} // namespace Journal
