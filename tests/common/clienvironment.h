// SPDX-License-Identifier: MIT
// Test helper: the environment for a vipps-hooks child process that only what the test passes can steer: no
// VIPPS_* variables, settings in a folder of the test's own, and a D-Bus address that leads nowhere (no keychain).
#pragma once

#include <QProcessEnvironment>
#include <QTemporaryDir>

inline QProcessEnvironment isolatedCliEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    return environment;
}
