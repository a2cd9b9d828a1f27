// SPDX-License-Identifier: MIT
// What `vipps-hooks sim` prints at start: address, credentials (demo ones only in full), how to point a client at it.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Sim {
class LocalSimulator;
}

namespace Cli {

struct SimConfig;

class SimBanner
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SimBanner)

public:
    static void print(QTextStream &out, Sim::LocalSimulator &simulator, const SimConfig &config);

private:
    static void printCredentials(QTextStream &out, const SimConfig &config);
    static void printClientHints(QTextStream &out, Sim::LocalSimulator &simulator, const SimConfig &config);
    static void printBehaviour(QTextStream &out, Sim::LocalSimulator &simulator);
};

} // namespace Cli
