// SPDX-License-Identifier: MIT
// `vipps-hooks pack new --seq N [--broken KIND:N]... --output FILE`: a test pack made of journal entries.
#pragma once

#include "cli/command.h"
#include "events/packbuilder.h"

class QCommandLineParser;

namespace Cli {

class PackNewCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("pack new"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    // The --seq and --broken options in the order they were given; false with a message for a wrong one.
    static bool readChoices(const QCommandLineParser &parser, QList<Events::PackChoice> *choices, QString *error);
    static bool readChoice(const QString &text, Events::PackStep::Kind kind, Events::PackChoice *choice);
    static QString kindNames(bool brokenOnly);
};

} // namespace Cli
