// SPDX-License-Identifier: MIT
// What checking a webhook URL before registering it found, one line per rule (docs/architecture.md §3 "Pre-flight
// of a webhook URL").
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Tunnel {

struct PreflightCheck
{
    enum class Verdict { Passed, Warning, Failed, Skipped };
    Verdict verdict = Verdict::Passed;
    QString text; // translated; wire text escaped

    // "ok", "warning", "FAILED", "skipped": the command line's mark, not translated.
    static QString mark(Verdict verdict);
};

struct PreflightReport
{
    QList<PreflightCheck> checks;

    // No check failed: registering the URL may go ahead (warnings are said, not enforced).
    bool passed() const;
};

} // namespace Tunnel

Q_DECLARE_METATYPE(Tunnel::PreflightReport)
