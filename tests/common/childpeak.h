// SPDX-License-Identifier: MIT
// Test helper: runs a program to its end and reads the most resident memory it had, from its own wait4() rusage,
// so other children of the test (a listen run earlier) do not count.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

struct ChildPeak
{
    int exitCode = -1; // -1 when it could not be started or did not exit normally
    qint64 peakBytes = 0;
};

// Standard input and output are /dev/null; standard error is the test's.
inline ChildPeak runMeasuringPeak(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> words{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        words.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &word : words)
        argv.append(word.data());
    argv.append(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ChildPeak result;
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage = {};
    if (::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status))
        return result;
    result.exitCode = WEXITSTATUS(status);
    result.peakBytes = qint64(usage.ru_maxrss) * 1024;
    return result;
}
