// SPDX-License-Identifier: MIT
#include "cli/clicontext.h"

#include <cstdio>

namespace Cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

int CliContext::usageError(const QString &command, const QString &message)
{
    m_err << tr("vipps-hooks %1: %2").arg(command, message) << '\n'
          << tr("Try 'vipps-hooks %1 --help'.").arg(command) << '\n';
    m_err.flush();
    return ExitUsage;
}

} // namespace Cli
