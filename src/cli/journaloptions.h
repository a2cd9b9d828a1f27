// SPDX-License-Identifier: MIT
// The journal options of `vipps-hooks listen`: --journal-max-size, --journal-keep, --sync (docs/architecture.md §4).
#pragma once

#include "journal/options.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Cli {

struct JournalOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli::JournalOptions)

public:
    static void add(QCommandLineParser &parser);
    // Fills *options from a processed parser; false with a message for a wrong value, or for options given
    // together with --no-journal.
    static bool load(const QCommandLineParser &parser, bool noJournal, Journal::Options *options, QString *error);
    // Bytes, or a whole number of KiB, MiB or GiB: "1048576", "512K", "256M", "1G".
    static bool parseSize(const QString &text, qint64 *bytes);
};

} // namespace Cli
