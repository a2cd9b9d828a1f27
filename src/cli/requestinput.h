// SPDX-License-Identifier: MIT
// Reads the request `verify` checks: raw HTTP bytes as captured, or a journal line.
#pragma once

#include "http/request.h"

#include <QByteArray>
#include <QString>

namespace Cli::RequestInput {

struct Loaded
{
    Http::Request request;
    QString source;    // "raw HTTP request" or "journal entry #N"
    QStringList notes; // things the user should know (line endings fixed, trailing bytes ignored, ...)
    QString error;     // set when nothing could be loaded
};

// seq: which journal entry to take when the input is a journal (0 = the last one).
Loaded parse(const QByteArray &input, qint64 seq);

} // namespace Cli::RequestInput
