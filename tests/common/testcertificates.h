// SPDX-License-Identifier: MIT
// Test helper: certificates made with openssl in a temporary folder for HTTPS tests: a self-signed one for 127.0.0.1
// with its key, the same key encrypted with a passphrase, and a certificate whose validity ended a day ago.
#pragma once

#include <QProcess>
#include <QTemporaryDir>

class TestCertificates
{
public:
    static constexpr const char *Passphrase = "correct-horse";

    // Makes them; empty when it worked, else what openssl said.
    QByteArray make()
    {
        const QString subject = QStringLiteral("/CN=127.0.0.1");
        const QList<QStringList> steps = {
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("receiver-key.pem"),
             QStringLiteral("-out"), QStringLiteral("receiver-cert.pem"), QStringLiteral("-days"),
             QStringLiteral("3650"), QStringLiteral("-subj"), subject},
            {QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("receiver-key.pem"),
             QStringLiteral("-aes256"), QStringLiteral("-passout"),
             QStringLiteral("pass:") + QString::fromLatin1(Passphrase), QStringLiteral("-out"),
             QStringLiteral("receiver-key-encrypted.pem")},
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("receiver-key.pem"),
             QStringLiteral("-subj"), subject, QStringLiteral("-out"), QStringLiteral("request.csr")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("request.csr"),
             QStringLiteral("-signkey"), QStringLiteral("receiver-key.pem"), QStringLiteral("-days"),
             QStringLiteral("-1"), QStringLiteral("-out"), QStringLiteral("expired-cert.pem")},
        };
        for (const QStringList &step : steps) {
            if (const QByteArray failure = run(step); !failure.isEmpty())
                return failure;
        }
        return {};
    }

    QString path(const char *name) const { return m_folder.filePath(QLatin1String(name)); }

private:
    QByteArray run(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_folder.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return "openssl " + arguments.join(QLatin1Char(' ')).toUtf8() + ": " + process.readAllStandardError() +
                   process.errorString().toUtf8();
        return {};
    }

    QTemporaryDir m_folder;
};
