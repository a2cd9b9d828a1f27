// SPDX-License-Identifier: MIT
// Test helper: one run of `vipps-hooks` as a child process, waited for with a spy rather than blocking, so that a
// server in the test's own process keeps answering it.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSignalSpy>

struct HooksRun
{
    int exitCode = -1; // -1: it crashed or did not end within timeoutMs
    QByteArray out;
    QByteArray err;

    QByteArray all() const { return out + err; }
};

inline HooksRun runHooks(const QString &binary, const QStringList &arguments, const QProcessEnvironment &environment,
                         int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary, arguments);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
