// SPDX-License-Identifier: MIT
// Options of `vipps-hooks replay`, parsed and checked: which journal entry, where to, and how it is signed.
#pragma once

#include "events/replay.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace Cli {

class CommandParser;

struct ReplayConfig
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ReplayConfig)

public:
    static constexpr qint64 MaxBodyFileBytes = 64 * 1024 * 1024;

    qint64 seq = 0;
    QString journalPath;
    QUrl to;
    Events::Replay::Mode mode = Events::Replay::Mode::AsReceived;
    QByteArray secret; // with --resign; never printed
    QString bodyFile;  // "-" for standard input
    std::optional<QByteArray> body;
    bool json = false;

    // SEQ and the options.
    static void addOptions(CommandParser &parser);
    // seqText is the positional SEQ argument. Fills the config, the --body-file read; on error returns false with a
    // message.
    bool load(const QCommandLineParser &parser, const QString &seqText, QString *error);

private:
    bool loadSigning(const QCommandLineParser &parser, QString *error);
    bool readBodyFile(QString *error);
};

} // namespace Cli
