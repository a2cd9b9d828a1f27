// SPDX-License-Identifier: MIT
// Test helper: the environment of a `vipps-hooks` child in an end-to-end test: no VIPPS_* variables, its settings
// in the test's folder, and a D-Bus address that leads nowhere (no keychain), so only what the test passes counts.
#pragma once

#include <QDir>
#include <QProcessEnvironment>

// Settings in folder/config; the D-Bus address names folder/no-bus, which does not exist.
inline QProcessEnvironment isolatedCliEnvironment(const QString &folder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    const QDir dir(folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    return environment;
}
