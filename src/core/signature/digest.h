// SPDX-License-Identifier: MIT
// SHA-256 and HMAC-SHA256 for the Vipps scheme. Uses OpenSSL's hardware-accelerated code when the build
// found it, else Qt's portable implementation; both give the same bytes (the scheme tests run on either).
#pragma once

#include <QByteArray>

namespace Signature::Digest {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
// "OpenSSL" or "Qt", for diagnostics.
const char *backend();

} // namespace Signature::Digest
