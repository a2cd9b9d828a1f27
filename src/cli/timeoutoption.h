// SPDX-License-Identifier: MIT
// --timeout SECONDS of the commands that wait for an answer: one option, one check, one message; each command
// gives its own default and limit.
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace Cli {

struct TimeoutOption
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TimeoutOption)

public:
    int defaultSeconds;
    int maxSeconds;

    // description: the --help line, which names the default.
    QCommandLineOption option(const QString &description) const;
    // The seconds given, or the default without --timeout; false with the message unless 1 to maxSeconds.
    bool read(const QCommandLineParser &parser, int *seconds, QString *error) const;
};

} // namespace Cli
