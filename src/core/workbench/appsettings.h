// SPDX-License-Identifier: MIT
// The app's own settings, next to the profiles: window layout, the receiver's port, the language. Never a
// secret. Tests pass a settings object backed by a temporary file.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace Workbench {

class AppSettings
{
public:
    AppSettings(); // workbench.ini where Credentials::StorageLocations says
    explicit AppSettings(const QString &fileName);
    ~AppSettings();

    quint16 receiverPort(quint16 fallback) const;
    void setReceiverPort(quint16 port);
    // The receiver's certificate and key files for HTTPS; empty: plain HTTP. The key's passphrase is never kept here.
    QString receiverTlsCertPath() const;
    QString receiverTlsKeyPath() const;
    void setReceiverTlsPaths(const QString &certPath, const QString &keyPath);
    // A locale name such as "nb_NO"; empty: follow the system.
    QString language() const;
    void setLanguage(const QString &language);
    QByteArray windowState(const QString &key) const; // geometry, dock layout, splitter
    void setWindowState(const QString &key, const QByteArray &state);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Workbench
