// SPDX-License-Identifier: MIT
// Test helper: a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) for the life of the object, so the kernel
// takes only part of a write and then fails with EFBIG, as on a disk that fills up mid-line.
#pragma once

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/resource.h>
#include <utility>

class FileSizeLimit
{
public:
    // False from set() when the current limit is already lower (the test then cannot run).
    bool set(qint64 bytes)
    {
        if (::getrlimit(RLIMIT_FSIZE, &m_original) != 0)
            return false;
        if (m_original.rlim_cur != RLIM_INFINITY && rlim_t(bytes) >= m_original.rlim_cur)
            return false;
        rlimit limited = m_original;
        limited.rlim_cur = rlim_t(bytes);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_set = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
        return m_set;
    }
    void reset()
    {
        if (!std::exchange(m_set, false))
            return;
        ::setrlimit(RLIMIT_FSIZE, &m_original);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    ~FileSizeLimit() { reset(); }

private:
    rlimit m_original{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_set = false;
};
#endif
