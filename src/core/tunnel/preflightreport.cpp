// SPDX-License-Identifier: MIT
#include "tunnel/preflightreport.h"

#include <algorithm>

namespace Tunnel {

QString PreflightCheck::mark(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QStringLiteral("ok");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Failed: return QStringLiteral("FAILED");
    case Verdict::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

bool PreflightReport::passed() const
{
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const PreflightCheck &check) { return check.verdict == PreflightCheck::Verdict::Failed; });
}

} // namespace Tunnel
