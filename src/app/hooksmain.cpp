// SPDX-License-Identifier: MIT
#include "cli/clicontext.h"
#include "cli/commandregistry.h"
#include "cli/qtmessages.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Cli::QtMessages::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vipps-hooks"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VWB_VERSION));
    Cli::CliContext context;
    Cli::CommandRegistry commands;
    return commands.run(QCoreApplication::arguments(), context);
}
