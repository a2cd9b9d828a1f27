// SPDX-License-Identifier: MIT
// `vipps-hooks export`: journal entries as HAR 1.2 or JSON Lines, secrets removed (docs/architecture.md §4
// "Export and import", §6).
#pragma once

#include "cli/command.h"
#include "events/exportwriter.h"

#include <QList>

class QCommandLineParser;

namespace Cli {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    struct Config
    {
        QString journal;
        QList<qint64> seqs; // in the order given, each once; empty: every entry
        Events::ExportFormat format = Events::ExportFormat::Har;
        QString output; // empty: standard output
    };

    static void addOptions(QCommandLineParser &parser);
    static bool loadConfig(const QCommandLineParser &parser, Config *config, QString *error);
    static bool loadSeqs(const QCommandLineParser &parser, Config *config, QString *error);
    // The entries --seq names, in its order; false with *error for a seq the journal does not have.
    static bool selected(const Config &config, QList<Journal::Entry> *entries, QString *error);
};

} // namespace Cli
