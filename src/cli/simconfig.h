// SPDX-License-Identifier: MIT
// Options of `vipps-hooks sim`, parsed and checked into the simulator's options.
#pragma once

#include "sim/localsimulator.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Cli {

struct SimConfig
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SimConfig)

public:
    static constexpr double MaxSeconds = 7 * 24 * 3600; // Vipps retries for up to 7 days (docs/vipps-wire.md §5)

    Sim::SimulatorOptions options;
    // A client secret or subscription key given by the user is never printed; the demo values are.
    bool ownClientSecret = false;
    bool ownSubscriptionKey = false;

    static void addOptions(QCommandLineParser &parser);
    // Fills the config from a processed parser; on error returns false with a message naming the flag.
    bool load(const QCommandLineParser &parser, QString *error);
    // Seconds as "2", "0.5" or "1.25": false unless a finite number from min to MaxSeconds.
    static bool parseSeconds(const QString &text, double min, int *milliseconds);

private:
    bool loadAddress(const QCommandLineParser &parser, QString *error);
    bool loadCredentials(const QCommandLineParser &parser, QString *error);
    bool loadTimes(const QCommandLineParser &parser, QString *error);
    bool loadRetrySchedule(const QCommandLineParser &parser, QString *error);
};

} // namespace Cli
