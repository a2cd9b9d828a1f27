// SPDX-License-Identifier: MIT
#include "workbench/appsettings.h"

#include "credentials/storagelocations.h"

#include <QSettings>

namespace Workbench {

AppSettings::AppSettings() : m_settings(Credentials::StorageLocations::openAppSettings()) {}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

quint16 AppSettings::receiverPort(quint16 fallback) const
{
    bool ok = false;
    const uint port = m_settings->value(QStringLiteral("receiver/port")).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : fallback;
}

void AppSettings::setReceiverPort(quint16 port)
{
    m_settings->setValue(QStringLiteral("receiver/port"), port);
}

QString AppSettings::receiverTlsCertPath() const
{
    return m_settings->value(QStringLiteral("receiver/tlsCert")).toString();
}

QString AppSettings::receiverTlsKeyPath() const
{
    return m_settings->value(QStringLiteral("receiver/tlsKey")).toString();
}

void AppSettings::setReceiverTlsPaths(const QString &certPath, const QString &keyPath)
{
    if (certPath.isEmpty() && keyPath.isEmpty()) {
        m_settings->remove(QStringLiteral("receiver/tlsCert"));
        m_settings->remove(QStringLiteral("receiver/tlsKey"));
        return;
    }
    m_settings->setValue(QStringLiteral("receiver/tlsCert"), certPath);
    m_settings->setValue(QStringLiteral("receiver/tlsKey"), keyPath);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

QByteArray AppSettings::windowState(const QString &key) const
{
    return m_settings->value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/") + key, state);
}

} // namespace Workbench
