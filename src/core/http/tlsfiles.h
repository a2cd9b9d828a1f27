// SPDX-License-Identifier: MIT
// A certificate and its private key read from files into what a TLS server needs (docs/architecture.md §3 "HTTPS on
// the receiver"), with every reason it cannot be used said in a sentence: no TLS library, a file that cannot be
// read or holds no certificate or key, a wrong or missing passphrase, an expired or not yet valid certificate.
#pragma once

#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Http::TlsFiles {

// TLS 1.2 or higher, the certificate chain of certPath (PEM or DER, the server's first) and the key of keyPath (PEM
// or DER; RSA, EC or DSA), decrypted with passphrase when it is encrypted. now: the time the certificate must be
// valid at.
std::optional<QSslConfiguration> load(const QString &certPath, const QString &keyPath, const QByteArray &passphrase,
                                      const QDateTime &now, QString *error);

} // namespace Http::TlsFiles
