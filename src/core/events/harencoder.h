// SPDX-License-Identifier: MIT
// A journal entry as one HAR 1.2 entry (docs/architecture.md §4 "Export and import").
#pragma once

#include "journal/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Events::HarEncoder {

// {"name":"vipps-hooks","version":"<the project's version>"}
QJsonObject creator();

// The entry as HAR 1.2 wants it: startedDateTime (receivedAt, or the Unix epoch when the entry has no time), time
// and timings 0 (the journal keeps no timings), the request (method, url(), HTTP/1.1, headers redacted by
// Journal::Redaction with their order, case and repeats, queryString, cookies [] since the Cookie header is
// redacted, headersSize -1, bodySize, postData for a POST or any body) and the response (the status and its reason
// phrase; the journal keeps no answer headers or body: content size 0, bodySize -1). Custom fields keep what HAR
// has no place for: _seq, _remote, _verification {result, reason, webhookId} (null for a request that was not a
// delivery), _duplicate, _imported (only when set); request._targetBase64 when url() cannot give the target back
// exactly (not starting with '/', or bytes outside printable ASCII); postData._bodyBase64 with the exact bytes of a
// body that is not UTF-8 (postData.text then has U+FFFD in place of the bad bytes); _latin1: true on a header
// whose name or value is not UTF-8 (both then hold one character per byte, as the journal writes them).
QJsonObject entry(const Journal::Entry &entry);

// "http://" + the Host header ("localhost" without one) + the target; an absolute-form target as it is. Bytes
// outside printable ASCII are percent-encoded.
QString url(const Journal::Entry &entry);

// Valid UTF-8 as text, a leading U+FEFF kept (QString::fromUtf8 drops it).
QString utf8Text(QByteArrayView bytes);

} // namespace Events::HarEncoder
