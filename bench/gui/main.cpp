// SPDX-License-Identifier: MIT
// The app under a flood (docs/architecture.md §7): feeds signed deliveries into the running window's receiver
// at a fixed rate and reports the largest event-loop stall, memory after the flood, and how long filtering
// the full log takes. A benchmark, not a test: it prints numbers and passes no judgement.
#include "benchwindow.h"
#include "floodrun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Options
{
    int rate = 5000;
    int seconds = 20;
    bool startupOnly = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Deliveries per second (5000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to send (20)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("startup"),
         QStringLiteral("Only start: report when the window is up with receiver and profile ready, then exit.")});
    parser.process(app);
    Options options;
    options.startupOnly = parser.isSet(QStringLiteral("startup"));
    if (parser.isSet(QStringLiteral("rate")))
        options.rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    if (parser.isSet(QStringLiteral("seconds")))
        options.seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    BenchWindow bench(dir.path());
    bench.show();
    bench.start(dir.filePath(QStringLiteral("journal.jsonl")));
    bench.waitUntilUsable();
    if (options.startupOnly) {
        QTextStream(stdout) << "window up, receiver listening, profile ready: " << sinceMain.elapsed()
                            << " ms after main()\n";
        return 0;
    }
    return runFlood(bench.workspace(), options.rate, options.seconds);
}
