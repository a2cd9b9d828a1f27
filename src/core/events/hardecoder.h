// SPDX-License-Identifier: MIT
// One HAR entry read back as a journal entry (docs/architecture.md §4 "Export and import"): the reverse of
// HarEncoder, also for HAR files other programs wrote.
#pragma once

#include "journal/entry.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Events {

class HarDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Events::HarDecoder)

public:
    struct Decoded
    {
        std::optional<Journal::Entry> entry; // marked imported; nullopt when skipped or malformed
        QString error;                       // what is wrong with a malformed entry, naming the field
    };

    // Element `position` (1-based) of log.entries. Taken: a request whose method is POST and that has postData
    // with text (or _bodyBase64); any other request is skipped (no entry, no error). The seq is _seq, or position
    // when the entry has none. Required: startedDateTime, request.url (absolute), request.headers (name and value
    // strings), response.status; custom fields, when present, must have their types.
    static Decoded decode(const QJsonValue &value, qint64 position);
};

} // namespace Events
