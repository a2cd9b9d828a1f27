// SPDX-License-Identifier: MIT
// What every `vipps-hooks` command shares: output streams and the exit codes of docs/architecture.md §6.
#pragma once

#include "cli/consoledevice.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>

namespace Cli {

enum ExitCode {
    ExitOk = 0,
    ExitApiError = 1, // the API (or the check) answered "no"
    ExitUsage = 2,    // bad command line
    ExitNetwork = 3,  // network error, timeout, cannot listen
};

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CliContext)

public:
    // How long the end of the program waits for a reader to take queued lines.
    static constexpr std::chrono::milliseconds ExitWait{2000};
    // The lines each stream holds for a reader that is behind (queueOutput()).
    static constexpr qsizetype QueueCapacity = 64 * 1024;

    CliContext();
    // Writes what is queued, waiting at most ExitWait.
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    // stdout and stderr. Both show control characters from whatever they are given as escapes (ConsoleDevice).
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Under out(), for text that is UTF-8 already: written as it is given, after what out() was flushed with.
    QIODevice &outDevice() { return m_outDevice; }

    // For listen and sim, whose lines follow the traffic: from now on nothing waits for a reader that is behind
    // (`listen | less`, a terminal paused with Ctrl+S); lines it has no room for are dropped and a notice says
    // how many, adding on out() that the journal has them when journaled.
    void queueOutput(bool journaled);
    // Writes what is queued within timeout; true when all of it was written.
    bool finishOutput(std::chrono::milliseconds timeout);

    // Prints "vipps-hooks COMMAND: message" plus a hint to --help, returns ExitUsage.
    int usageError(const QString &command, const QString &message);

private:
    ConsoleDevice m_outDevice;
    ConsoleDevice m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Cli
