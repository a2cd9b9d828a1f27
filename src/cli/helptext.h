// SPDX-License-Identifier: MIT
// --help text that names the command as typed ("Usage: vipps-hooks webhooks register [options]").
#pragma once

#include <QString>

class QCommandLineParser;

namespace Cli {

class HelpText
{
public:
    static QString of(const QCommandLineParser &parser, const QString &command);
};

} // namespace Cli
