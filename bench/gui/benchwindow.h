// SPDX-License-Identifier: MIT
// The real main window over a fresh workspace, as the benchmark runs it: temporary settings, in-memory secrets,
// the receiver on any free port journaling into a given file, no simulator.
#pragma once

#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QSettings>
#include <QString>

class BenchWindow
{
public:
    // Settings files go into dir, which must outlive the window.
    explicit BenchWindow(const QString &dir);

    void show();
    // Starts the workspace with its receiver journaling to journalPath (and the log reading it back).
    void start(const QString &journalPath);
    // The window is exposed, the receiver listens and the profile is ready: the user can work.
    bool isUsable();
    void waitUntilUsable();

    Workbench::Workspace &workspace() { return m_workspace; }

private:
    QSettings m_profileSettings;
    Credentials::ProfileStore m_profiles;
    Credentials::MemorySecretStore m_secrets;
    Workbench::AppSettings m_settings;
    Workbench::Workspace m_workspace;
    Gui::MainWindow m_window;
};
