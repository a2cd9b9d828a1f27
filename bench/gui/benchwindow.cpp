// SPDX-License-Identifier: MIT
// The benchmark's main window and workspace.
#include "benchwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QWindow>

BenchWindow::BenchWindow(const QString &dir)
    : m_profileSettings(QDir(dir).filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat)
    , m_profiles(&m_profileSettings)
    , m_settings(QDir(dir).filePath(QStringLiteral("workbench.ini")))
    , m_workspace(&m_profiles, &m_secrets)
    , m_window(&m_workspace, &m_settings)
{
    m_window.resize(1360, 860);
}

void BenchWindow::show()
{
    m_window.show();
}

void BenchWindow::start(const QString &journalPath)
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.receiver.journalPath = journalPath;
    options.startSimulator = false;
    m_workspace.start(options);
}

bool BenchWindow::isUsable()
{
    return m_workspace.receiver().state() == Workbench::ReceiverService::State::Listening &&
           m_workspace.session().state() == Workbench::ProfileSession::State::Ready && m_window.windowHandle() &&
           m_window.windowHandle()->isExposed();
}

void BenchWindow::waitUntilUsable()
{
    while (!isUsable())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}
