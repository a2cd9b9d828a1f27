// SPDX-License-Identifier: MIT
// The app under load (docs/architecture.md §7): a flood of signed deliveries into the running window, or a start
// over a large journal, reporting the largest event-loop stall, memory and how long filtering the full log takes.
// A benchmark, not a test: it prints numbers and passes no judgement.
#include "benchwindow.h"
#include "floodrun.h"
#include "reloadrun.h"

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
    int reloadCount = 0; // 0: no reload run
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
    parser.addOption({QStringLiteral("reload"),
                      QStringLiteral("Start over a journal of N deliveries (100000) instead of flooding.")});
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("With --reload: how many deliveries."),
                                 QStringLiteral("[N]"));
    parser.process(app);
    Options options;
    options.startupOnly = parser.isSet(QStringLiteral("startup"));
    if (parser.isSet(QStringLiteral("rate")))
        options.rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    if (parser.isSet(QStringLiteral("seconds")))
        options.seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    if (parser.isSet(QStringLiteral("reload")))
        options.reloadCount = std::max(1, parser.positionalArguments().value(0, QStringLiteral("100000")).toInt());
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
    if (options.reloadCount > 0)
        return runReload(dir.path(), options.reloadCount);

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
