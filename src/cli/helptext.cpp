// SPDX-License-Identifier: MIT
#include "cli/helptext.h"

#include <QCommandLineParser>

namespace Cli {

QString HelpText::of(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // The parser puts the program's path after "Usage: "; the options follow it.
    const QLatin1String usage("Usage: ");
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    if (text.startsWith(usage) && end > 0 && (lineEnd < 0 || end < lineEnd))
        text.replace(usage.size(), end - usage.size(), QStringLiteral("vipps-hooks ") + command);
    return text;
}

} // namespace Cli
