// SPDX-License-Identifier: MIT
// --timeout SECONDS: the option and its check.
#include "cli/timeoutoption.h"

#include "cli/wholenumber.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Cli {

namespace {

const QString Name = QStringLiteral("timeout");

} // namespace

QCommandLineOption TimeoutOption::option(const QString &description) const
{
    return {Name, description, QStringLiteral("SECONDS")};
}

bool TimeoutOption::read(const QCommandLineParser &parser, int *seconds, QString *error) const
{
    *seconds = defaultSeconds;
    if (!parser.isSet(Name))
        return true;
    if (const std::optional<qint64> given = WholeNumber::parse(parser.value(Name), 1, maxSeconds)) {
        *seconds = int(*given);
        return true;
    }
    *error = tr("--timeout must be a whole number of seconds from 1 to %1.").arg(maxSeconds);
    return false;
}

} // namespace Cli
