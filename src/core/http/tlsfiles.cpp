// SPDX-License-Identifier: MIT
#include "http/tlsfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Http::TlsFiles {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024; // certificates and keys are a few KiB

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Http::TlsFiles", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(kMaxFileBytes);
}

QList<QSslCertificate> chainOf(const QByteArray &data)
{
    QList<QSslCertificate> chain = QSslCertificate::fromData(data, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(data, QSsl::Der);
    return chain;
}

QSslKey keyOf(const QByteArray &data, const QByteArray &passphrase)
{
    for (const QSsl::EncodingFormat format : {QSsl::Pem, QSsl::Der}) {
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            const QSslKey key(data, algorithm, format, QSsl::PrivateKey, passphrase);
            if (!key.isNull())
                return key;
        }
    }
    return {};
}

QString keyProblem(const QString &path, const QByteArray &data, const QByteArray &passphrase)
{
    if (!data.contains("ENCRYPTED"))
        return QCoreApplication::translate("Http::TlsFiles", "%1 holds no private key that can be read (PEM or DER; "
                                                             "RSA, EC or DSA).")
            .arg(path);
    if (passphrase.isEmpty())
        return QCoreApplication::translate("Http::TlsFiles", "The key in %1 is encrypted: give its passphrase in "
                                                             "the environment variable VIPPS_TLS_KEY_PASSPHRASE.")
            .arg(path);
    return QCoreApplication::translate("Http::TlsFiles", "The passphrase does not open the key in %1.").arg(path);
}

QString validityProblem(const QString &path, const QSslCertificate &certificate, const QDateTime &now)
{
    if (certificate.expiryDate() < now)
        return QCoreApplication::translate("Http::TlsFiles", "The certificate in %1 expired on %2: renew it.")
            .arg(path, certificate.expiryDate().toUTC().toString(Qt::ISODate));
    if (certificate.effectiveDate() > now)
        return QCoreApplication::translate("Http::TlsFiles", "The certificate in %1 is not valid before %2.")
            .arg(path, certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    return {};
}

} // namespace

std::optional<QSslConfiguration> load(const QString &certPath, const QString &keyPath, const QByteArray &passphrase,
                                      const QDateTime &now, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QCoreApplication::translate("Http::TlsFiles",
                                             "TLS is not available here: Qt found no TLS library (OpenSSL 3).");
        return std::nullopt;
    }
    const std::optional<QByteArray> certData = readFile(certPath, error);
    const std::optional<QByteArray> keyData = certData ? readFile(keyPath, error) : std::nullopt;
    if (!keyData)
        return std::nullopt;
    const QList<QSslCertificate> chain = chainOf(*certData);
    if (chain.isEmpty()) {
        *error = QCoreApplication::translate("Http::TlsFiles", "%1 holds no certificate (PEM or DER).").arg(certPath);
        return std::nullopt;
    }
    if (const QString problem = validityProblem(certPath, chain.first(), now); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QSslKey key = keyOf(*keyData, passphrase);
    if (key.isNull()) {
        *error = keyProblem(keyPath, *keyData, passphrase);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    return configuration;
}

} // namespace Http::TlsFiles
