// SPDX-License-Identifier: MIT
// The step-by-step explanation `verify` prints (docs/vipps-wire.md §5 steps 1-4).
#pragma once

#include "signature/verification.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Cli::VerifyReport {

struct Context
{
    QString source;        // where the request came from
    QString registeredUrl; // as given by --url
    QStringList notes;
    bool skewChecked = false;
};

QString text(const Signature::Verification &verification, const Context &context);
QByteArray json(const Signature::Verification &verification, const Context &context);

} // namespace Cli::VerifyReport
