// SPDX-License-Identifier: MIT
// A received request written out again: the HTTP/1.1 bytes, a curl command that re-sends it, pretty JSON.
#pragma once

#include "journal/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Events::RequestExport {

// Request line, headers in received order (case and duplicates kept), a blank line, then the body
// (RFC 9112 §2.1). Header values go through Journal::Redaction, so no credential is ever in it. A request
// that arrived chunked is written as one chunk, since the journal keeps the body without its framing.
QByteArray rawRequest(const Journal::Entry &entry);

// "http://127.0.0.1:<port of the Host header, else 80><target>": where a receiver on this machine listens.
QByteArray defaultUrl(const Journal::Entry &entry);

// A POSIX shell command that re-sends the request to url (defaultUrl() when empty) with curl: every header
// as -H in received order (redacted as in rawRequest), the body exactly with --data-binary. A body that is
// not printable UTF-8 is piped in from printf with octal escapes ("printf '\377' | curl ... --data-binary @-");
// a header value that is not is written as "$(printf '...')". Every word reads back byte for byte in sh.
QString curl(const Journal::Entry &entry, const QUrl &url = {});

// The body indented two spaces a level, keys in their received order and values as written;
// empty when the body is not a JSON object or array.
QString prettyJson(const QByteArray &body);

// Valid UTF-8 with no control characters other than tab and line feed: safe to show and paste as text.
bool isPrintableText(QByteArrayView bytes);

} // namespace Events::RequestExport
