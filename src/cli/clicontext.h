// SPDX-License-Identifier: MIT
// What every `vipps-hooks` command shares: output streams and the exit codes of docs/architecture.md §6.
#pragma once

#include <QCoreApplication>
#include <QTextStream>

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
    CliContext();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "vipps-hooks COMMAND: message" plus a hint to --help, returns ExitUsage.
    int usageError(const QString &command, const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Cli
