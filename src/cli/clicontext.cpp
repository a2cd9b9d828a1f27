// SPDX-License-Identifier: MIT
#include "cli/clicontext.h"

#include <unistd.h>

namespace Cli {

namespace {

QByteArray droppedNotice(qint64 dropped, bool journaled)
{
    QString text;
    if (journaled)
        text = dropped == 1 ? CliContext::tr("… 1 line not shown; the journal has it")
                            : CliContext::tr("… %1 lines not shown; the journal has them").arg(dropped);
    else
        text =
            dropped == 1 ? CliContext::tr("… 1 line not shown") : CliContext::tr("… %1 lines not shown").arg(dropped);
    return text.toUtf8() + '\n';
}

} // namespace

CliContext::CliContext()
    : m_outDevice(STDOUT_FILENO), m_errDevice(STDERR_FILENO), m_out(&m_outDevice), m_err(&m_errDevice)
{}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
    finishOutput(ExitWait);
}

void CliContext::queueOutput(bool journaled)
{
    m_out.flush();
    m_err.flush();
    m_outDevice.queueLines(QueueCapacity, [journaled](qint64 dropped) { return droppedNotice(dropped, journaled); });
    m_errDevice.queueLines(QueueCapacity, [](qint64 dropped) { return droppedNotice(dropped, false); });
}

bool CliContext::finishOutput(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const bool outWritten = m_outDevice.finish(timeout);
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    // The streams are written side by side: what err() holds had the same time, so it gets what is left.
    return m_errDevice.finish(std::max(left, std::chrono::milliseconds(0))) && outWritten;
}

int CliContext::usageError(const QString &command, const QString &message)
{
    m_err << tr("vipps-hooks %1: %2").arg(command, message) << '\n'
          << tr("Try 'vipps-hooks %1 --help'.").arg(command) << '\n';
    m_err.flush();
    return ExitUsage;
}

} // namespace Cli
