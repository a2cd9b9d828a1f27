// SPDX-License-Identifier: MIT
// Reads the request `verify` checks: raw HTTP bytes as captured, or a journal entry.
#pragma once

#include "http/request.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Cli::RequestInput {

struct Loaded
{
    Http::Request request;
    QString source;    // "raw HTTP request" or "journal entry #N"
    QStringList notes; // things the user should know (line endings fixed, trailing bytes ignored, ...)
    QString error;     // set when nothing could be loaded
};

// Reads what `verify` checks from device, the file at path (empty: standard input): raw HTTP bytes as captured, up to
// 64 MiB, or a journal of any size, read as a stream (journal/cursor.h). seq: which journal entry to take
// (0 = the last one).
Loaded load(QIODevice *device, const QString &path, qint64 seq);

} // namespace Cli::RequestInput
