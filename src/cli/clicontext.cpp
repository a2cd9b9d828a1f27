// SPDX-License-Identifier: MIT
#include "cli/clicontext.h"

#include <cstdio>

namespace Cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

int CliContext::usageError(const QString &command, const QString &message)
{
    m_err << "vipps-hooks " << command << ": " << message << '\n' << "Try 'vipps-hooks " << command << " --help'.\n";
    m_err.flush();
    return ExitUsage;
}

} // namespace Cli
